#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FloatMath {
    /// Python's `a ** b` for floats (CPython's float_pow special cases, then C's pow).
    ///
    /// A negative base with a non-integer exponent gives a complex number in Python;
    /// that is `NumericError.complexResult` here.
    public static func pow(_ base: Double, _ exponent: Double) throws(NumericError) -> Double {
        if exponent == 0 { return 1 }
        if base.isNaN { return base }
        if exponent.isNaN { return base == 1 ? 1 : exponent }
        if exponent.isInfinite {
            let b = base.magnitude
            if b == 1 { return 1 }
            return (exponent > 0) == (b > 1) ? exponent.magnitude : 0
        }
        let oddExponent = isOddInteger(exponent)
        if base.isInfinite {
            if exponent > 0 { return oddExponent ? base : base.magnitude }
            return oddExponent ? copysign(0.0, base) : 0
        }
        if base == 0 {
            if exponent < 0 { throw .zeroDivisionError("0.0 cannot be raised to a negative power") }
            return oddExponent ? base : 0
        }
        var b = base, negate = false
        if base < 0 {
            if exponent != exponent.rounded(.down) { throw .complexResult }
            b = -base
            negate = oddExponent
        }
        if b == 1 { return negate ? -1 : 1 }
        let result = cPow(b, exponent)
        if result.isInfinite { throw .overflowError("(34, 'Numerical result out of range')") }
        return negate ? -result : result
    }

    private static func isOddInteger(_ x: Double) -> Bool {
        x.isFinite && fmod(x.magnitude, 2) == 1
    }

    /// C's `pow`, named apart from ours.
    private static func cPow(_ x: Double, _ y: Double) -> Double {
        #if canImport(Glibc)
        return Glibc.pow(x, y)
        #else
        return Darwin.pow(x, y)
        #endif
    }
}
