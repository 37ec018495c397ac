/// Python's text forms of floats.
public enum FloatFormat {
    /// `repr(x)` / `str(x)`: shortest round-trip digits, exponent form outside 1e-4 ..< 1e16.
    public static func repr(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let sign = x.sign == .minus ? "-" : ""
        if x == 0 { return sign + "0.0" }
        return sign + reprMagnitude(x, alternate: false)
    }

    /// The repr layout of |x| for finite nonzero x; `alternate` is the `#` flag.
    static func reprMagnitude(_ x: Double, alternate: Bool) -> String {
        let d = DecimalDigits.shortest(x)
        let exponent = d.pointPosition - 1
        if exponent < -4 || exponent >= 16 { return d.exponential(forcePoint: alternate) }
        return d.fixed(minFraction: 1)
    }

    /// `e+05`, `e-324`: a sign and at least two digits, as C prints exponents.
    static func exponentSuffix(_ exponent: Int) -> String {
        let digits = String(Swift.abs(exponent))
        return (exponent < 0 ? "e-" : "e+") + (digits.count < 2 ? "0" + digits : digits)
    }
}
