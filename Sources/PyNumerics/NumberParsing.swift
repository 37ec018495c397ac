/// Python's `int(str, base)` and `float(str)`, plus value conversion for source literals.
public enum NumberParsing {
    /// CPython 3.11's default `sys.get_int_max_str_digits()`.
    public static let defaultMaxStrDigits = 4300

    /// Python's `int(text, base)`: whitespace, sign, single underscores between digits,
    /// `0x`/`0o`/`0b` prefixes (required to decide base 0), and the 4300-digit limit
    /// for non-power-of-two bases (`maxDigits: 0` disables it).
    public static func parseInt(_ text: String, base: Int = 10,
                                maxDigits: Int = defaultMaxStrDigits) throws(NumericError) -> BigInt {
        guard base == 0 || (2...36).contains(base) else {
            throw .valueError("int() base must be >= 2 and <= 36, or 0")
        }
        // The common case first: a short plain decimal such as "42", "-7" or " 12".
        if base == 10, let small = shortDecimal(text) { return BigInt(small) }
        var invalid: NumericError {
            .valueError("invalid literal for int() with base \(base): " + String(PythonRepr.string(text).prefix(200)))
        }
        guard let literal = IntLiteral(asciiDigitsOf: text, base: base) else { throw invalid }
        if maxDigits > 0 && literal.base & (literal.base - 1) != 0 && literal.digits.count > maxDigits {
            throw .valueError("Exceeds the limit (\(maxDigits) digits) for integer string conversion: "
                + "value has \(literal.digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        guard let magnitude = BigInt.parseMagnitude(literal.digits, radix: literal.base) else { throw invalid }
        return BigInt(negative: literal.negative, limbs: magnitude)
    }

    /// `[spaces][sign]digits[spaces]` with at most 18 ASCII digits, else nil
    /// (anything else takes the general parser).
    public static func shortDecimal(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            let isSpace = { (b: UInt8) in b == 0x20 || (b >= 0x09 && b <= 0x0D) }
            var start = 0, end = bytes.count
            while start < end && isSpace(bytes[start]) { start += 1 }
            while end > start && isSpace(bytes[end - 1]) { end -= 1 }
            var negative = false
            if start < end, bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "+") {
                negative = bytes[start] == UInt8(ascii: "-")
                start += 1
            }
            guard start < end, end - start <= 18 else { return nil }
            var value = 0
            for b in bytes[start..<end] {
                guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(b - UInt8(ascii: "0"))
            }
            return negative ? -value : value
        }
    }

    /// Python's `float(text)`: decimal forms, `inf`/`infinity`/`nan` in any case, underscores
    /// between digits, surrounding whitespace. Hex and other C forms are rejected.
    public static func parseFloat(_ text: String) throws(NumericError) -> Double {
        let invalid = NumericError.valueError("could not convert string to float: " + PythonRepr.string(text))
        let body = normalizedASCII(text).trimmingPythonWhitespace()
        guard let cleaned = removeUnderscores(body), let value = decimalFloat(cleaned) else { throw invalid }
        return value
    }

    /// The value of an int literal from source (`0x_ff`, `1_000`, `0o17`); nil if malformed.
    public static func intLiteral(_ text: String) -> BigInt? {
        try? parseInt(text, base: 0, maxDigits: 0)
    }

    /// The value of a float literal from source (`1e3`, `.5`, `1_000.5`); nil if malformed.
    public static func floatLiteral(_ text: String) -> Double? {
        guard let cleaned = removeUnderscores(Substring(text)) else { return nil }
        return decimalFloat(cleaned)
    }

    /// Checks the decimal float grammar, then lets Swift's correctly rounded parser convert.
    static func decimalFloat(_ s: String) -> Double? {
        var body = Substring(s)
        var negative = false
        if let f = body.first, f == "+" || f == "-" { negative = f == "-"; body = body.dropFirst() }
        switch body.lowercased() {
        case "inf", "infinity": return negative ? -.infinity : .infinity
        case "nan": return .nan
        default: break
        }
        guard isDecimalFloatSyntax(body), let v = Double(String(body)) else { return nil }
        return negative ? -v : v
    }

    /// `digits [. digits?] | . digits`, then optionally `e [sign] digits`.
    private static func isDecimalFloatSyntax(_ s: Substring) -> Bool {
        let bytes = Array(s.utf8)
        var i = 0
        func digits() -> Int {
            let start = i
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
            return i - start
        }
        var mantissaDigits = digits()
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") { i += 1; mantissaDigits += digits() }
        if mantissaDigits == 0 { return false }
        if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            if digits() == 0 { return false }
        }
        return i == bytes.count
    }

    /// Drops underscores that sit between two digits; nil if any other underscore appears.
    static func removeUnderscores(_ s: Substring) -> String? {
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        for (i, b) in bytes.enumerated() {
            if b != UInt8(ascii: "_") { out.append(b); continue }
            guard i > 0, i + 1 < bytes.count, isDigit(bytes[i - 1]), isDigit(bytes[i + 1]) else { return nil }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// Maps Unicode decimal digits to ASCII and Unicode spaces to `' '`, as CPython does first.
    static func normalizedASCII(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if c.isASCII { out.append(c); continue }
            if c.properties.numericType == .decimal, let v = c.properties.numericValue {
                out.append(Unicode.Scalar(UInt8(48 + Int(v))))
            } else if c.properties.isWhitespace {
                out.append(" ")
            } else {
                out.append(c)
            }
        }
        return String(out)
    }
}

extension String {
    /// Strips what Python's `str.strip()` strips (ASCII whitespace after normalization).
    func trimmingPythonWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || ("\t"..."\r").contains($0) || $0 == "\u{1c}" || $0 == "\u{1d}" || $0 == "\u{1e}" || $0 == "\u{1f}" }
        var s = Substring(self)
        while let f = s.first, isSpace(f) { s = s.dropFirst() }
        while let l = s.last, isSpace(l) { s = s.dropLast() }
        return s
    }
}
