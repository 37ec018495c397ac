import Foundation

/// Virtual times and durations as people read them.
public enum TimeFormat {
    /// The unit an axis spanning `span` nanoseconds is labelled in.
    public enum Unit: Equatable, Sendable {
        case seconds, milliseconds, microseconds

        public init(span: Int64) {
            if span >= 1_000_000_000 || span == 0 { self = .seconds }
            else if span >= 1_000_000 { self = .milliseconds }
            else { self = .microseconds }
        }

        public var nanos: Double {
            switch self {
            case .seconds: return 1e9
            case .milliseconds: return 1e6
            case .microseconds: return 1e3
            }
        }

        public func symbol(ascii: Bool) -> String {
            switch self {
            case .seconds: return "s"
            case .milliseconds: return "ms"
            case .microseconds: return ascii ? "us" : "µs"
            }
        }
    }

    /// `nanos` in `unit` with at most `decimals` (0–3) decimals and no trailing zeros:
    /// "1", "0.5", "1.25".
    public static func number(_ nanos: Int64, in unit: Unit, decimals: Int = 3) -> String {
        let decimals = min(3, max(0, decimals))
        let step = [1000.0, 100, 10, 1][decimals]
        let value = (Double(nanos) / unit.nanos * 1000 / step).rounded() * step
        var text = String(Int64(value))
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        while text.count < 4 { text = "0" + text }
        var whole = String(text.dropLast(3))
        var fraction = String(text.suffix(3))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if negative { whole = "-" + whole }
        return fraction.isEmpty ? whole : whole + "." + fraction
    }

    /// A duration with its own unit, to three significant digits: "1 s", "1.25 s",
    /// "700 ms", "12.5 µs". The engine's instruction costs (700.002 ms) round away.
    public static func duration(_ nanos: Int64, ascii: Bool = false) -> String {
        var unit = Unit(span: nanos)
        if unit != .seconds && Double(nanos) / unit.nanos >= 999.5 {
            unit = unit == .microseconds ? .milliseconds : .seconds
        }
        let value = Double(nanos) / unit.nanos
        return number(nanos, in: unit, decimals: value >= 100 ? 0 : value >= 10 ? 1 : 2) + " " + unit.symbol(ascii: ascii)
    }

    /// Decimals for axis labels over a span of `span` nanoseconds shown in `unit`:
    /// enough to tell 0.2 s from 0.25 s on a 2 s axis, no more.
    public static func axisDecimals(span: Int64, unit: Unit) -> Int {
        let value = Double(span) / unit.nanos
        guard value > 0 else { return 0 }
        return max(0, min(3, 2 - Int(log10(value).rounded(.down))))
    }

    /// A count with thousands separated from 10,000 on: "7", "1000", "10,001".
    public static func count(_ n: Int) -> String {
        guard n >= 10_000 else { return String(n) }
        var digits = String(n)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        return ([digits] + groups).joined(separator: ",")
    }

    /// A moment on the clock, always in seconds, to the millisecond: "t=1.200 s".
    public static func clock(_ nanos: Int64) -> String {
        let millis = Int64((Double(nanos) / 1e6).rounded())
        let fraction = String(millis % 1000)
        return "\(millis / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) s"
    }
}
