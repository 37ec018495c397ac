extension PyFormat {
    /// `float.__format__` with a parsed spec.
    public static func formatFloat(_ x: Double, spec: FormatSpec, typeName: String = "float") throws(NumericError) -> String {
        if let t = spec.type, !"eEfFgGn%".contains(t) { throw unknownCode(t, typeName) }
        var negative = x.sign == .minus && !x.isNaN
        let body = magnitudeText(x.magnitude, spec)
        if negative && spec.coerceNegativeZero && isZeroText(body) { negative = false }
        let digits = String(body.prefix { $0.isASCII && $0.isNumber })
        let layout = NumberLayout(sign: signText(negative: negative, spec), prefix: "",
                                  digits: digits, rest: String(body.dropFirst(digits.count)))
        return layout.render(spec)
    }

    /// |x| in the spec's presentation, without sign or padding.
    static func magnitudeText(_ m: Double, _ spec: FormatSpec) -> String {
        let type = spec.type
        let upper = type == "E" || type == "F" || type == "G"
        let percent = type == "%" ? "%" : ""
        if !m.isFinite {
            let word = m.isNaN ? "nan" : "inf"
            return (upper ? word.uppercased() : word) + percent
        }
        let alt = spec.alternate ? "#" : ""
        let precision = spec.precision ?? 6
        var text: String
        switch type {
        case nil:
            text = noTypeText(m, spec)
        case "e", "E":
            text = CFormat.format("%\(alt).*e", precision: precision, m)
        case "f", "F":
            text = CFormat.format("%\(alt).*f", precision: precision, m)
        case "%":
            text = CFormat.format("%\(alt).*f", precision: precision, m * 100)
        default:  // g, G, n
            text = CFormat.format("%\(alt).*g", precision: precision, m)
        }
        return (upper ? text.uppercased() : text) + percent
    }

    /// No type: repr without a precision; otherwise `g` that always shows a fraction or exponent.
    private static func noTypeText(_ m: Double, _ spec: FormatSpec) -> String {
        guard let p = spec.precision else {
            return m == 0 ? "0.0" : FloatFormat.reprMagnitude(m, alternate: spec.alternate)
        }
        let text = CFormat.format(spec.alternate ? "%#.*g" : "%.*g", precision: max(p, 1), m)
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }

    /// Whether a formatted magnitude is zero (mantissa digits all 0), for the `z` flag.
    private static func isZeroText(_ text: String) -> Bool {
        let mantissa = text.prefix { $0 != "e" && $0 != "E" && $0 != "%" }
        return mantissa.contains { $0.isNumber } && !mantissa.contains { $0.isNumber && $0 != "0" }
    }
}
