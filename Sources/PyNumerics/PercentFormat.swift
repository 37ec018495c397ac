/// One parsed `%` conversion, e.g. `%-+08.3f`. The interpreter parses the format
/// string (and handles `%s`, `%r`, `%a`, `%%` and `*` widths); numbers come here.
public struct PercentSpec: Equatable, Sendable {
    /// `-`: pad on the right.
    public var leftAlign = false
    /// `+`: always print a sign.
    public var plusSign = false
    /// ` `: a space where a plus sign would go.
    public var spaceSign = false
    /// `#`: prefixes `0x`/`0o`, keeps the decimal point.
    public var alternate = false
    /// `0`: zero padding after the sign.
    public var zeroPad = false
    public var width = 0
    public var precision: Int?
    /// One of `d i u o x X e E f F g G c`.
    public var type: Character

    public init(type: Character) { self.type = type }
}

/// A number handed to a `%` conversion.
public enum PercentValue: Sendable {
    case int(BigInt)
    case float(Double)
}

/// printf-style formatting of numbers, as CPython's `str % args`.
public enum PercentFormat {
    public static func format(_ value: PercentValue, _ spec: PercentSpec) throws(NumericError) -> String {
        switch spec.type {
        case "d", "i", "u": return try decimal(integer(value, spec, acceptFloat: true), spec)
        case "o", "x", "X": return try radix(integer(value, spec, acceptFloat: false), spec)
        case "e", "E", "f", "F", "g", "G": return try floating(value, spec)
        case "c": return try character(value, spec)
        default: throw .valueError("unsupported format character '\(spec.type)'")
        }
    }

    private static func integer(_ v: PercentValue, _ spec: PercentSpec, acceptFloat: Bool) throws(NumericError) -> BigInt {
        switch v {
        case .int(let n): return n
        case .float(let x):
            guard acceptFloat else { throw .typeError("%\(spec.type) format: an integer is required, not float") }
            return try BigInt(truncating: x)
        }
    }

    private static func decimal(_ n: BigInt, _ spec: PercentSpec) -> String {
        layout(n, digits: n.magnitude.toString(radix: 10), prefix: "", spec)
    }

    private static func radix(_ n: BigInt, _ spec: PercentSpec) -> String {
        let r = spec.type == "o" ? 8 : 16
        let prefix = spec.alternate ? "0" + String(spec.type) : ""
        return layout(n, digits: n.magnitude.toString(radix: r, uppercase: spec.type == "X"), prefix: prefix, spec)
    }

    /// Integer layout: precision is a minimum digit count, zero-extended.
    private static func layout(_ n: BigInt, digits: String, prefix: String, _ spec: PercentSpec) -> String {
        var d = digits
        if let p = spec.precision, d.count < p { d = String(repeating: "0", count: p - d.count) + d }
        return NumberLayout(sign: sign(n.isNegative, spec), prefix: prefix, digits: d, rest: "")
            .render(formatSpec(spec))
    }

    private static func floating(_ v: PercentValue, _ spec: PercentSpec) throws(NumericError) -> String {
        let x: Double
        switch v {
        case .int(let n): x = try n.toDouble()
        case .float(let f): x = f
        }
        var f = formatSpec(spec)
        f.type = spec.type.unicodeScalars.first
        f.precision = spec.precision ?? 6
        let body = PyFormat.magnitudeText(x.magnitude, f)
        return NumberLayout(sign: sign(x.sign == .minus && !x.isNaN, spec), prefix: "", digits: "", rest: body).render(f)
    }

    private static func character(_ v: PercentValue, _ spec: PercentSpec) throws(NumericError) -> String {
        guard case .int(let n) = v else { throw .typeError("%c requires int or char") }
        guard let code = n.asInt, (0...0x10FFFF).contains(code) else {
            throw .overflowError("%c arg not in range(0x110000)")
        }
        var f = formatSpec(spec)
        f.fill = " "
        if f.align == .afterSign { f.align = .right }
        return NumberLayout.pad(String(Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}"), f, defaultAlign: .right)
    }

    private static func sign(_ negative: Bool, _ spec: PercentSpec) -> String {
        negative ? "-" : spec.plusSign ? "+" : spec.spaceSign ? " " : ""
    }

    /// The equivalent padding rules as a format spec.
    private static func formatSpec(_ spec: PercentSpec) -> FormatSpec {
        var f = FormatSpec()
        f.width = spec.width
        if spec.leftAlign {
            f.align = .left
        } else if spec.zeroPad {
            f.fill = "0"
            f.align = .afterSign
        }
        f.alternate = spec.alternate
        return f
    }
}
