/// Python's `format(value, spec)` for ints, floats and strings (`__format__`).
///
/// An empty spec means `str(value)`; bool and other types are the interpreter's business.
public enum PyFormat {
    public static func formatInt(_ value: Int, _ spec: String, typeName: String = "int") throws(NumericError) -> String {
        if spec.isEmpty { return IntText.decimal(value) }
        return try formatInt(value, spec: FormatSpec.parse(spec, subject: .integer, typeName: typeName),
                             typeName: typeName)
    }

    public static func formatInt(_ value: BigInt, _ spec: String, typeName: String = "int") throws(NumericError) -> String {
        if spec.isEmpty { return value.description }
        return try formatInt(value, spec: FormatSpec.parse(spec, subject: .integer, typeName: typeName),
                             typeName: typeName)
    }

    public static func formatFloat(_ x: Double, _ spec: String, typeName: String = "float") throws(NumericError) -> String {
        if spec.isEmpty { return FloatFormat.repr(x) }
        return try formatFloat(x, spec: FormatSpec.parse(spec, subject: .float, typeName: typeName),
                               typeName: typeName)
    }

    public static func formatString(_ s: String, _ spec: String, typeName: String = "str") throws(NumericError) -> String {
        if spec.isEmpty { return s }
        return try formatString(s, spec: FormatSpec.parse(spec, subject: .string, typeName: typeName),
                                typeName: typeName)
    }

    /// `str.__format__` with a parsed spec: padding and precision-truncation only.
    public static func formatString(_ s: String, spec: FormatSpec, typeName: String = "str") throws(NumericError) -> String {
        if let t = spec.type, t != "s" { throw unknownCode(t, typeName) }
        if let sign = spec.sign {
            throw .valueError(sign == " " ? "Space not allowed in string format specifier"
                                          : "Sign not allowed in string format specifier")
        }
        if spec.coerceNegativeZero {
            throw .valueError("Negative zero coercion (z) not allowed in string format specifier")
        }
        if spec.alternate { throw .valueError("Alternate form (#) not allowed in string format specifier") }
        if spec.align == .afterSign { throw .valueError("'=' alignment not allowed in string format specifier") }
        var text = s
        if let p = spec.precision, text.unicodeScalars.count > p {
            text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(p)))
        }
        return NumberLayout.pad(text, spec, defaultAlign: .left)
    }

    static func unknownCode(_ t: Unicode.Scalar, _ typeName: String) -> NumericError {
        // CPython shows codes outside printable ASCII in hex.
        let code = t.value > 32 && t.value < 128 ? String(t) : "\\x" + String(t.value, radix: 16)
        return .valueError("Unknown format code '\(code)' for object of type '\(typeName)'")
    }

    /// The sign text for a value, given the spec's sign option.
    static func signText(negative: Bool, _ spec: FormatSpec) -> String {
        if negative { return "-" }
        switch spec.sign {
        case "+": return "+"
        case " ": return " "
        default: return ""
        }
    }
}
