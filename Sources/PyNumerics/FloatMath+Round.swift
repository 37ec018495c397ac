extension FloatMath {
    /// Python's `round(x)`: half to even, as an int.
    public static func round(_ x: Double) throws(NumericError) -> BigInt {
        try BigInt(truncating: x.rounded(.toNearestOrEven))
    }

    /// Python's `round(x, ndigits)`: the exact binary value rounded half-even to
    /// `ndigits` decimal places, then correctly rounded back to a double.
    ///
    /// CPython gets the same result through exact decimal strings (dtoa mode 3);
    /// exact integer arithmetic is simpler here.
    public static func round(_ x: Double, digits n: Int) throws(NumericError) -> Double {
        if !x.isFinite || x == 0 || n > 323 { return x }
        if n < -308 { return 0.0 * x }
        let (m, e) = exactParts(x.magnitude)
        let mantissa = BigInt(m)
        var result: Double
        if n >= 0 {
            let scale = BigInt(10).pow(exponent: n)
            let scaled = e >= 0
                ? (mantissa * scale) << e
                : roundHalfEven(mantissa * scale, BigInt.one << -e)
            result = try BigInt.trueDivide(scaled, scale)
        } else {
            let scale = BigInt(10).pow(exponent: -n)
            let q = e >= 0
                ? roundHalfEven(mantissa << e, scale)
                : roundHalfEven(mantissa, scale << -e)
            let d = BigInt.roundedDouble(q * scale, exponent: 0, sticky: false)
            if d.isInfinite { throw .overflowError("rounded value too large to represent") }
            result = d
        }
        return x < 0 ? -result : result
    }

    /// `num / den` rounded to the nearest integer, ties to even; both positive.
    private static func roundHalfEven(_ num: BigInt, _ den: BigInt) -> BigInt {
        let (q, r) = num.truncatingDivMod(den)
        let twice = r << 1
        if twice > den || (twice == den && q.testBit(0)) { return q + .one }
        return q
    }
}
