/// A parsed format specification (the part after `:` in `{x:spec}`):
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
public struct FormatSpec: Equatable, Sendable {
    public enum Align: Character, Sendable {
        case left = "<", right = ">", center = "^", afterSign = "="

        init?(scalar: Unicode.Scalar) {
            switch scalar {
            case "<": self = .left
            case ">": self = .right
            case "^": self = .center
            case "=": self = .afterSign
            default: return nil
            }
        }
    }

    /// What kind of value is formatted; it fixes the default type and alignment.
    public enum Subject: Sendable {
        case integer, float, string

        var defaultTypeName: String {
            switch self {
            case .integer: return "int"
            case .float: return "float"
            case .string: return "str"
            }
        }
    }

    public var fill: Character = " "
    public var align: Align?
    /// `+`, `-` or space.
    public var sign: Character?
    /// The `z` flag: a negative zero result prints without its sign.
    public var coerceNegativeZero = false
    /// The `#` flag.
    public var alternate = false
    public var width = 0
    /// `,` or `_`.
    public var grouping: Character?
    public var precision: Int?
    public var type: Character?

    public init() {}
}

// MARK: - Parsing (port of CPython's parse_internal_render_format_spec)

extension FormatSpec {
    /// Parses `spec` for a value of kind `subject`; `typeName` names the type in errors.
    public static func parse(_ spec: String, subject: Subject = .integer,
                             typeName: String? = nil) throws(NumericError) -> FormatSpec {
        let typeName = typeName ?? subject.defaultTypeName
        var reader = SpecReader(spec)
        var result = FormatSpec()
        let fillGiven = result.readAlign(&reader)
        result.readFlags(&reader, fillGiven: fillGiven, subject: subject)
        if let w = try reader.integer() { result.width = w }
        try result.readGrouping(&reader)
        if reader.peek == "." {
            reader.advance()
            guard let p = try reader.integer() else { throw .valueError("Format specifier missing precision") }
            result.precision = p
        }
        if reader.remaining > 1 {
            throw .valueError("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        result.type = reader.peek.map(Character.init)
        try result.checkGrouping(subject: subject)
        return result
    }

    /// Reads `[[fill]align]`; returns whether a fill was given.
    private mutating func readAlign(_ r: inout SpecReader) -> Bool {
        if r.remaining >= 2, let a = Align(scalar: r.chars[r.pos + 1]) {
            fill = Character(r.chars[r.pos])
            align = a
            r.pos += 2
            return true
        }
        if let c = r.peek, let a = Align(scalar: c) {
            align = a
            r.advance()
        }
        return false
    }

    private mutating func readFlags(_ r: inout SpecReader, fillGiven: Bool, subject: Subject) {
        if let c = r.peek, c == "+" || c == "-" || c == " " { sign = Character(c); r.advance() }
        if r.peek == "z" { coerceNegativeZero = true; r.advance() }
        if r.peek == "#" { alternate = true; r.advance() }
        // Backwards compatibility: a leading 0 means zero fill, sign-aware for numbers.
        if !fillGiven && r.peek == "0" {
            fill = "0"
            if align == nil && subject != .string { align = .afterSign }
            r.advance()
        }
    }

    private mutating func readGrouping(_ r: inout SpecReader) throws(NumericError) {
        let both = NumericError.valueError("Cannot specify both ',' and '_'.")
        if r.peek == "," { grouping = ","; r.advance() }
        if r.peek == "_" {
            if grouping != nil { throw both }
            grouping = "_"
            r.advance()
        }
        if r.peek == "," && grouping == "_" { throw both }
    }

    private func checkGrouping(subject: Subject) throws(NumericError) {
        guard let g = grouping else { return }
        let effective = type ?? (subject == .integer ? "d" : subject == .string ? "s" : nil)
        guard let t = effective else { return }
        if "defgEG%F".contains(t) { return }
        if "boxX".contains(t) && g == "_" { return }
        throw .valueError("Cannot specify '\(g)' with '\(t)'.")
    }
}

/// A cursor over the code points of a format spec (CPython reads code points;
/// comparing scalars is also far cheaper than comparing Characters).
struct SpecReader {
    var chars: [Unicode.Scalar]
    var pos = 0

    init(_ spec: String) {
        chars = Array(spec.unicodeScalars)
    }

    var remaining: Int { chars.count - pos }
    var peek: Unicode.Scalar? { pos < chars.count ? chars[pos] : nil }
    mutating func advance() { pos += 1 }

    /// Reads decimal digits, or nil if there are none.
    mutating func integer() throws(NumericError) -> Int? {
        var value = 0, any = false
        // ASCII digits only (asciiValue is much cheaper than wholeNumberValue).
        while let c = peek, c >= "0", c <= "9" {
            let d = Int(c.value - 0x30)
            if value > (Int.max - d) / 10 { throw .valueError("Too many decimal digits in format string") }
            value = value * 10 + d
            any = true
            advance()
        }
        return any ? value : nil
    }
}
