extension PyFormat {
    /// `int.__format__` for a 64-bit int: decimal and hex layouts without a BigInt.
    public static func formatInt(_ value: Int, spec: FormatSpec, typeName: String = "int") throws(NumericError) -> String {
        let type = spec.type ?? "d"
        let radix: Int
        switch type {
        case "d": radix = 10
        case "x", "X": radix = 16
        case "o": radix = 8
        case "b": radix = 2
        default: radix = 0
        }
        guard radix != 0, spec.precision == nil, !spec.coerceNegativeZero, value != Int.min else {
            return try formatInt(BigInt(value), spec: spec, typeName: typeName)
        }
        let digits = IntText.digits(value.magnitude, radix: radix, uppercase: type == "X")
        let prefix = spec.alternate && radix != 10 ? "0" + String(type) : ""
        let layout = NumberLayout(sign: signText(negative: value < 0, spec), prefix: prefix, digits: digits, rest: "")
        return layout.render(spec, groupSize: radix == 10 ? 3 : 4)
    }

    /// `int.__format__` with a parsed spec. Float presentation types convert to float first.
    public static func formatInt(_ value: BigInt, spec: FormatSpec, typeName: String = "int") throws(NumericError) -> String {
        let type = spec.type ?? "d"
        if "eEfFgG%".unicodeScalars.contains(type) { return try formatFloat(value.toDouble(), spec: spec) }
        guard "bcdoxXn".unicodeScalars.contains(type) else { throw unknownCode(type, typeName) }
        if spec.precision != nil { throw .valueError("Precision not allowed in integer format specifier") }
        if spec.coerceNegativeZero {
            throw .valueError("Negative zero coercion (z) not allowed in integer format specifier")
        }
        if type == "c" { return try formatChar(value, spec) }
        let radix = type == "b" ? 2 : type == "o" ? 8 : type == "x" || type == "X" ? 16 : 10
        let digits = value.magnitude.toString(radix: radix, uppercase: type == "X")
        let prefix = spec.alternate && radix != 10 ? "0" + String(type) : ""
        let layout = NumberLayout(sign: signText(negative: value.isNegative, spec),
                                  prefix: prefix, digits: digits, rest: "")
        return layout.render(spec, groupSize: radix == 10 ? 3 : 4)
    }

    /// The `c` presentation: the code point, padded like a number.
    private static func formatChar(_ value: BigInt, _ spec: FormatSpec) throws(NumericError) -> String {
        if spec.sign != nil { throw .valueError("Sign not allowed with integer format specifier 'c'") }
        if spec.alternate {
            throw .valueError("Alternate form (#) not allowed with integer format specifier 'c'")
        }
        guard let code = value.asInt else { throw .overflowError("Python int too large to convert to C long") }
        guard (0...0x10FFFF).contains(code) else {
            throw .overflowError("%c arg not in range(0x110000)")
        }
        // Lone surrogates cannot live in a Swift String; U+FFFD stands in.
        let scalar = Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}"
        return NumberLayout(sign: "", prefix: "", digits: "", rest: String(scalar)).render(spec)
    }
}
