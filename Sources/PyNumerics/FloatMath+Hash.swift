#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FloatMath {
    /// Python's `hash(x)`: the exact value reduced modulo 2^61 - 1, so integral
    /// floats hash like the equal int. NaN hashes by identity in CPython; here it is 0.
    public static func hash(_ x: Double) -> Int {
        if x.isNaN { return 0 }
        if x.isInfinite { return x > 0 ? 314_159 : -314_159 }
        let p = BigInt.hashModulus
        var (m, e) = (frexp(x.magnitude).0, frexp(x.magnitude).1)
        var acc: UInt64 = 0
        // Consume the mantissa 28 bits at a time, rotating within 61 bits.
        while m != 0 {
            acc = ((acc << 28) & p) | acc >> (61 - 28)
            m *= 268_435_456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            acc += y
            if acc >= p { acc -= p }
        }
        let shift = UInt64(((e % 61) + 61) % 61)
        acc = ((acc << shift) & p) | acc >> (61 - shift)
        let h = x < 0 ? -Int(acc) : Int(acc)
        return h == -1 ? -2 : h
    }
}
