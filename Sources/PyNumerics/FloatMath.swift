#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's float arithmetic where it differs from IEEE defaults (ports of CPython's floatobject.c).
public enum FloatMath {
    /// Python's `a / b`.
    public static func trueDivide(_ a: Double, _ b: Double) throws(NumericError) -> Double {
        if b == 0 { throw .zeroDivisionError("float division by zero") }
        return a / b
    }

    /// Python's `a // b`.
    public static func floorDiv(_ a: Double, _ b: Double) throws(NumericError) -> Double {
        if b == 0 { throw .zeroDivisionError("float floor division by zero") }
        return divModUnchecked(a, b).0
    }

    /// Python's `a % b`: the result has the divisor's sign.
    public static func mod(_ a: Double, _ b: Double) throws(NumericError) -> Double {
        if b == 0 { throw .zeroDivisionError("float modulo") }
        return remainder(a, b)
    }

    /// Python's `divmod(a, b)`.
    public static func divMod(_ a: Double, _ b: Double) throws(NumericError) -> (Double, Double) {
        if b == 0 { throw .zeroDivisionError("float divmod()") }
        return divModUnchecked(a, b)
    }

    private static func remainder(_ a: Double, _ b: Double) -> Double {
        divModUnchecked(a, b).1
    }

    /// CPython's _float_div_mod: derives the quotient from fmod so the pair is consistent.
    private static func divModUnchecked(_ a: Double, _ b: Double) -> (Double, Double) {
        var m = fmod(a, b)
        // Computed before adjusting m, as CPython does (this matters for infinite divisors).
        var div = (a - m) / b
        if m != 0 {
            if (b < 0) != (m < 0) {
                m += b
                div -= 1
            }
        } else {
            m = copysign(0.0, b)
        }
        var q: Double
        if div != 0 {
            q = floor(div)
            if div - q > 0.5 { q += 1 }
        } else {
            q = copysign(0.0, a / b)
        }
        return (q, m)
    }

    /// `float.is_integer()`.
    public static func isInteger(_ x: Double) -> Bool {
        x.isFinite && x.rounded(.towardZero) == x
    }

    /// `float.as_integer_ratio()`: the exact value as a reduced fraction.
    public static func asIntegerRatio(_ x: Double) throws(NumericError) -> (BigInt, BigInt) {
        if x.isNaN { throw .valueError("cannot convert NaN to integer ratio") }
        if x.isInfinite { throw .overflowError("cannot convert Infinity to integer ratio") }
        if x == 0 { return (.zero, .one) }
        var (m, e) = exactParts(x.magnitude)
        let zeros = m.trailingZeroBitCount
        m >>= UInt64(zeros)
        e += zeros
        let n = BigInt(m)
        let numerator = e >= 0 ? n << e : n
        let denominator = e >= 0 ? BigInt.one : BigInt.one << -e
        return (x < 0 ? -numerator : numerator, denominator)
    }

    /// A finite positive double as `m · 2^e` with integer `m < 2^53`.
    static func exactParts(_ x: Double) -> (UInt64, Int) {
        if x.isSubnormal { return (x.significandBitPattern, -1074) }
        return (x.significandBitPattern | (1 << 52), Int(x.exponent) - 52)
    }
}
