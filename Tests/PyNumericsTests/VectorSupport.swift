@testable import PyNumerics

/// Reading the generated vector sets.
enum VectorSupport {
    /// One array of TAB-separated fields per line.
    static func rows(_ set: String) -> [[String]] {
        set.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    static func double(_ hex: String) -> Double { Double(bitPattern: UInt64(hex, radix: 16)!) }

    static func hex(_ x: Double) -> String {
        let h = String(x.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - h.count) + h
    }

    static func big(_ s: String) -> BigInt { BigInt(parsing: s)! }

    /// Runs `body`, rendering a NumericError the way the generator does.
    static func outcome(_ body: () throws(NumericError) -> String) -> String {
        do { return try body() } catch { return "!" + error.description }
    }
}
