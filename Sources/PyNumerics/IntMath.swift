/// Python integer arithmetic on the `Int` fast path; overflow promotes to `BigInt`.
public enum IntMath {
    public static func add(_ a: Int, _ b: Int) -> PyInteger {
        let (r, o) = a.addingReportingOverflow(b)
        return o ? .big(BigInt(a) + BigInt(b)) : .small(r)
    }

    public static func subtract(_ a: Int, _ b: Int) -> PyInteger {
        let (r, o) = a.subtractingReportingOverflow(b)
        return o ? .big(BigInt(a) - BigInt(b)) : .small(r)
    }

    public static func multiply(_ a: Int, _ b: Int) -> PyInteger {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        return o ? .big(BigInt(a) * BigInt(b)) : .small(r)
    }

    public static func negate(_ a: Int) -> PyInteger {
        a == .min ? .big(-BigInt(a)) : .small(-a)
    }

    /// Python's `a // b`: rounds toward -inf. `Int.min // -1` is the one overflow.
    public static func floorDiv(_ a: Int, _ b: Int) throws(NumericError) -> PyInteger {
        if b == 0 { throw .zeroDivisionError("integer division or modulo by zero") }
        if a == .min && b == -1 { return .big(-BigInt(a)) }
        return .small(floorDivMod(a, b).0)
    }

    /// Python's `a % b`: the result takes the divisor's sign.
    public static func mod(_ a: Int, _ b: Int) throws(NumericError) -> Int {
        if b == 0 { throw .zeroDivisionError("integer modulo by zero") }
        if b == -1 { return 0 }
        return floorDivMod(a, b).1
    }

    /// Python's `divmod(a, b)`.
    public static func divMod(_ a: Int, _ b: Int) throws(NumericError) -> (PyInteger, Int) {
        let q = try floorDiv(a, b)
        return (q, try mod(a, b))
    }

    /// Floor quotient and remainder; `b` nonzero and not the overflow case.
    private static func floorDivMod(_ a: Int, _ b: Int) -> (Int, Int) {
        var q = a / b, r = a % b
        if r != 0 && (r < 0) != (b < 0) {
            q -= 1
            r += b
        }
        return (q, r)
    }

    /// `base ** exponent` for `exponent >= 0`; negative exponents are float powers
    /// (use `FloatMath.pow`).
    public static func pow(_ base: Int, _ exponent: Int) -> PyInteger {
        precondition(exponent >= 0, "negative exponent gives a float")
        var result = 1, b = base, e = exponent
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: b)
                if o { return .big(BigInt(base).pow(exponent: exponent)) }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (sq, o) = b.multipliedReportingOverflow(by: b)
                if o { return .big(BigInt(base).pow(exponent: exponent)) }
                b = sq
            }
        }
        return .small(result)
    }

    /// Python's `a << n`.
    public static func shiftLeft(_ a: Int, _ n: Int) throws(NumericError) -> PyInteger {
        if n < 0 { throw .valueError("negative shift count") }
        if a == 0 { return .small(0) }
        if n < 63 {
            let r = a << n
            if r >> n == a { return .small(r) }
        }
        return PyInteger(try BigInt(a).shiftedLeft(by: BigInt(n)))
    }

    /// Python's `a >> n` (floors for negatives, like Swift's arithmetic shift).
    public static func shiftRight(_ a: Int, _ n: Int) throws(NumericError) -> Int {
        if n < 0 { throw .valueError("negative shift count") }
        return n >= 64 ? (a < 0 ? -1 : 0) : a >> n
    }

    /// Python's `a / b` for ints.
    public static func trueDivide(_ a: Int, _ b: Int) throws(NumericError) -> Double {
        if b == 0 { throw .zeroDivisionError("division by zero") }
        let limit = 1 << 53
        if Swift.abs(a) <= limit && Swift.abs(b) <= limit && a != .min && b != .min {
            return Double(a) / Double(b)
        }
        return try BigInt.trueDivide(BigInt(a), BigInt(b))
    }
}
