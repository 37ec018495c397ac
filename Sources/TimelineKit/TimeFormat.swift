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

    /// `nanos` in `unit` with at most three decimals and no trailing zeros: "1", "0.5", "1.25".
    public static func number(_ nanos: Int64, in unit: Unit) -> String {
        let value = Double(nanos) / unit.nanos
        var text = String(Int64((value * 1000).rounded()))
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        while text.count < 4 { text = "0" + text }
        var whole = String(text.dropLast(3))
        var fraction = String(text.suffix(3))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if negative { whole = "-" + whole }
        return fraction.isEmpty ? whole : whole + "." + fraction
    }

    /// A duration with its own unit: "1 s", "0.7 s", "250 ms", "12 µs".
    public static func duration(_ nanos: Int64, ascii: Bool = false) -> String {
        let unit = Unit(span: nanos)
        return number(nanos, in: unit) + " " + unit.symbol(ascii: ascii)
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
