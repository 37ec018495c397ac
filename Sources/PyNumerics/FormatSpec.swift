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

    // Code points rather than Characters: comparing and copying them is free.
    public var fill: Unicode.Scalar = " "
    public var align: Align?
    /// `+`, `-` or space.
    public var sign: Unicode.Scalar?
    /// The `z` flag: a negative zero result prints without its sign.
    public var coerceNegativeZero = false
    /// The `#` flag.
    public var alternate = false
    public var width = 0
    /// `,` or `_`.
    public var grouping: Unicode.Scalar?
    public var precision: Int?
    public var type: Unicode.Scalar?

    public init() {}
}

// MARK: - Parsing (port of CPython's parse_internal_render_format_spec)

extension FormatSpec {
    /// Parses `spec` for a value of kind `subject`; `typeName` names the type in errors.
    public static func parse(_ spec: String, subject: Subject = .integer,
                             typeName: String? = nil) throws(NumericError) -> FormatSpec {
        var text = spec
        return try text.withUTF8 { bytes in
            Result { () throws(NumericError) in
                var reader = SpecReader(bytes: bytes)
                return try parse(&reader, subject: subject) {
                    .valueError("Invalid format specifier '\(spec)' for object of type '\(typeName ?? subject.defaultTypeName)'")
                }
            }
        }.get()
    }

    private static func parse(_ reader: inout SpecReader, subject: Subject,
                              invalid: () -> NumericError) throws(NumericError) -> FormatSpec {
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
        if reader.peekNext != nil { throw invalid() }
        result.type = reader.peek
        try result.checkGrouping(subject: subject)
        return result
    }

    /// Reads `[[fill]align]`; returns whether a fill was given.
    private mutating func readAlign(_ r: inout SpecReader) -> Bool {
        if let next = r.peekNext, let a = Align(scalar: next), let first = r.peek {
            fill = first
            align = a
            r.advance()
            r.advance()
            return true
        }
        if let c = r.peek, let a = Align(scalar: c) {
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
        if "defgEG%F".unicodeScalars.contains(t) { return }
        if "boxX".unicodeScalars.contains(t) && g == "_" { return }
        throw .valueError("Cannot specify '\(g)' with '\(t)'.")
    }
}

/// A cursor over the code points of a format spec (CPython reads code points),
/// decoded from its UTF-8 bytes as it goes: a spec is a few bytes, nearly always
/// ASCII, and reading it this way allocates nothing.
struct SpecReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Byte offset of the current code point.
    var pos = 0

    var peek: Unicode.Scalar? { scalar(at: pos) }
    /// The code point after the current one.
    var peekNext: Unicode.Scalar? { pos < bytes.count ? scalar(at: pos + length(at: pos)) : nil }
    mutating func advance() { pos += length(at: pos) }

    /// The byte length of the (valid UTF-8) encoding starting at `i`.
    private func length(at i: Int) -> Int {
        let lead = bytes[i]
        return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    private func scalar(at i: Int) -> Unicode.Scalar? {
        guard i < bytes.count else { return nil }
        let n = length(at: i)
        if n == 1 { return Unicode.Scalar(bytes[i]) }
        var value = UInt32(bytes[i]) & (0x7F >> n)
        for k in 1..<n { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Reads decimal digits, or nil if there are none.
    mutating func integer() throws(NumericError) -> Int? {
        var value = 0, any = false
        // ASCII digits only.
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
