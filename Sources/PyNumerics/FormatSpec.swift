/// A parsed format specification (the part after `:` in `{x:spec}`):
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
public struct FormatSpec: Equatable, Sendable {
    public enum Align: Character, Sendable {
        case left = "<", right = ">", center = "^", afterSign = "="
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
        result.type = reader.peek
        try result.checkGrouping(subject: subject)
        return result
    }

    /// Reads `[[fill]align]`; returns whether a fill was given.
    private mutating func readAlign(_ r: inout SpecReader) -> Bool {
        if r.remaining >= 2, let a = Align(rawValue: r.chars[r.pos + 1]) {
            fill = r.chars[r.pos]
            align = a
            r.pos += 2
            return true
        }
        if let c = r.peek, let a = Align(rawValue: c) {
            align = a
            r.advance()
        }
        return false
    }

    private mutating func readFlags(_ r: inout SpecReader, fillGiven: Bool, subject: Subject) {
        if let c = r.peek, c == "+" || c == "-" || c == " " { sign = c; r.advance() }
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

/// A cursor over the characters of a format spec.
struct SpecReader {
    var chars: [Character]
    var pos = 0

    init(_ spec: String) {
        // ASCII text is one character per byte: skip grapheme breaking.
        if spec.utf8.allSatisfy({ $0 < 0x80 }) {
            chars = spec.utf8.map { Character(Unicode.Scalar($0)) }
        } else {
            chars = Array(spec)
        }
    }

    var remaining: Int { chars.count - pos }
    var peek: Character? { pos < chars.count ? chars[pos] : nil }
    mutating func advance() { pos += 1 }

    /// Reads decimal digits, or nil if there are none.
    mutating func integer() throws(NumericError) -> Int? {
        var value = 0, any = false
        // ASCII digits only (asciiValue is much cheaper than wholeNumberValue).
        while let a = peek?.asciiValue, a >= UInt8(ascii: "0"), a <= UInt8(ascii: "9") {
            let d = Int(a - UInt8(ascii: "0"))
            if value > (Int.max - d) / 10 { throw .valueError("Too many decimal digits in format string") }
            value = value * 10 + d
            any = true
            advance()
        }
        return any ? value : nil
    }
}
