extension PyFormat {
    /// `float.__format__` with a parsed spec.
    public static func formatFloat(_ x: Double, spec: FormatSpec, typeName: String = "float") throws(NumericError) -> String {
        if let t = spec.type, !"eEfFgGn%".unicodeScalars.contains(t) { throw unknownCode(t, typeName) }
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
            text = generalText(m, precision: precision, alternate: spec.alternate, addDotZero: false)
        }
        return (upper ? text.uppercased() : text) + percent
    }

    /// No type: repr without a precision, else `g` with CPython's ADD_DOT_0 flag.
    private static func noTypeText(_ m: Double, _ spec: FormatSpec) -> String {
        guard let p = spec.precision else {
            return m == 0 ? "0.0" : FloatFormat.reprMagnitude(m, alternate: spec.alternate)
        }
        return generalText(m, precision: p, alternate: spec.alternate, addDotZero: true)
    }

    /// The `g` presentation, built from `%e` and `%f` because glibc's `%#g` drops zeros
    /// when rounding carries into a new digit (999.9999 → `1.e+03`).
    ///
    /// ADD_DOT_0 switches to exponent form one digit earlier and keeps `.0` on integers.
    static func generalText(_ m: Double, precision p: Int, alternate: Bool, addDotZero: Bool) -> String {
        let precision = max(p, 1)
        let parts = CFormat.format("%.*e", precision: precision - 1, m).split(separator: "e")
        let exponent = Int(parts[1])!
        let useExponent = exponent < -4 || exponent >= (addDotZero ? precision - 1 : precision)
        var mantissa = useExponent
            ? String(parts[0])
            : CFormat.format("%.*f", precision: precision - 1 - exponent, m)
        if alternate {
            if !mantissa.contains(".") { mantissa += "." }
        } else if mantissa.contains(".") {
            while mantissa.hasSuffix("0") { mantissa.removeLast() }
            if mantissa.hasSuffix(".") { mantissa.removeLast() }
        }
        if useExponent { return mantissa + "e" + parts[1] }
        return addDotZero && !mantissa.contains(".") ? mantissa + ".0" : mantissa
    }

    /// Whether a formatted magnitude is zero (mantissa digits all 0), for the `z` flag.
    private static func isZeroText(_ text: String) -> Bool {
        let mantissa = text.prefix { $0 != "e" && $0 != "E" && $0 != "%" }
        return mantissa.contains { $0.isNumber } && !mantissa.contains { $0.isNumber && $0 != "0" }
    }
}
