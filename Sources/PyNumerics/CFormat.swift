#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// C's `printf` float conversions, which round correctly from the exact binary value
/// (ties to even), as CPython's own dtoa does.
enum CFormat {
    /// Formats a finite `x` with a conversion such as `"%.*e"` or `"%#.*g"`.
    static func format(_ conversion: String, precision: Int, _ x: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 128)
        let needed = render(conversion, precision, x, &buffer)
        if needed >= buffer.count {
            buffer = [CChar](repeating: 0, count: needed + 1)
            _ = render(conversion, precision, x, &buffer)
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func render(_ conversion: String, _ precision: Int, _ x: Double,
                               _ buffer: inout [CChar]) -> Int {
        let count = buffer.count
        return Int(withVaList([Int32(precision), x]) { args in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, count, conversion, args) }
        })
    }
}
