// MARK: - Conversions between BigInt and Double

extension BigInt {
    /// Python's `float(n)`: correctly rounded, ties to even.
    public func toDouble() throws(NumericError) -> Double {
        let d = BigInt.roundedDouble(magnitude, exponent: 0, sticky: false)
        if d.isInfinite { throw .overflowError("int too large to convert to float") }
        return isNegative ? -d : d
    }

    /// Python's `int(x)` for a float: truncates toward zero.
    public init(truncating x: Double) throws(NumericError) {
        if x.isNaN { throw .valueError("cannot convert float NaN to integer") }
        if x.isInfinite { throw .overflowError("cannot convert float infinity to integer") }
        let t = x.rounded(.towardZero)
        if Swift.abs(t) < 9.2e18 {
            self.init(Int(t))
            return
        }
        let significand = BigInt(t.significandBitPattern | (1 << 52))
        let shifted = significand << (Int(t.exponent) - 52)
        self = t < 0 ? -shifted : shifted
    }

    /// Python's `a / b` for ints: the exact quotient, correctly rounded.
    public static func trueDivide(_ a: BigInt, _ b: BigInt) throws(NumericError) -> Double {
        if b.isZero { throw .zeroDivisionError("division by zero") }
        let negative = a.isNegative != b.isNegative
        if a.bitLength <= 53 && b.bitLength <= 53 {
            // Both operands are exact doubles, and IEEE division rounds correctly.
            return try a.toDouble() / b.toDouble()
        }
        let diff = a.bitLength - b.bitLength
        if diff > 1025 { throw .overflowError("integer division result too large for a float") }
        if diff < -1100 { return negative ? -0.0 : 0.0 }
        // Scale so the integer quotient has 55+ bits: two guard bits plus a sticky remainder.
        let s = diff - 56
        let (q, r) = s >= 0
            ? a.magnitude.truncatingDivMod(b.magnitude << s)
            : (a.magnitude << -s).truncatingDivMod(b.magnitude)
        let d = roundedDouble(q, exponent: s, sticky: !r.isZero)
        if d.isInfinite { throw .overflowError("integer division result too large for a float") }
        return negative ? -d : d
    }

    /// Rounds `q · 2^exponent` (plus a tiny amount if `sticky`) to the nearest double, ties to even.
    ///
    /// Rounds once at the final precision, subnormals included, to avoid double rounding.
    /// With `sticky`, `q` must carry at least two bits beyond the result's precision.
    static func roundedDouble(_ q: BigInt, exponent s: Int, sticky: Bool) -> Double {
        let bits = q.bitLength
        if bits == 0 { return 0 }
        let lsb = max(bits + s - 53, -1074)
        let shift = lsb - s
        if shift <= 0 {
            return Double(sign: .plus, exponent: s, significand: Double(q.limbs[0]))
        }
        let kept = q >> shift
        let rest = q - (kept << shift)
        let half = BigInt.one << (shift - 1)
        var k = kept.limbs.first ?? 0
        if rest > half || (rest == half && (sticky || k & 1 == 1)) { k += 1 }
        return Double(sign: .plus, exponent: lsb, significand: Double(k))
    }
}
