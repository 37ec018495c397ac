extension Magnitude {
    /// Truncating quotient and remainder of magnitudes (Knuth, TAOCP vol. 2, algorithm D).
    static func divMod(_ a: Limbs, _ b: Limbs) -> (Limbs, Limbs) {
        precondition(!b.isEmpty, "division by zero magnitude")
        if compare(a, b) < 0 { return ([], a) }
        if b.count == 1 {
            let (q, r) = divide(a, by: b[0])
            return (q, r == 0 ? [] : [r])
        }
        // Normalizing makes the top divisor limb >= 2^63, so each estimate is off by at most 2.
        let s = b.last!.leadingZeroBitCount
        let v = shiftLeftBits(b, s)
        var u = shiftLeftBits(a, s)
        if u.count == a.count { u.append(0) }
        let n = v.count, m = u.count - n
        var q = Limbs(repeating: 0, count: m)
        var j = m - 1
        while j >= 0 {
            q[j] = divideStep(&u, v, at: j)
            j -= 1
        }
        normalize(&q)
        var r = Array(u[0..<n])
        normalize(&r)
        return (q, shiftRightBits(r, s))
    }

    /// Computes one quotient limb and subtracts its multiple of `v` from `u` in place.
    private static func divideStep(_ u: inout Limbs, _ v: Limbs, at j: Int) -> UInt64 {
        let n = v.count
        let top = u[j + n]
        var qhat: UInt64 = top >= v[n - 1]
            ? UInt64.max
            : v[n - 1].dividingFullWidth((top, u[j + n - 1])).quotient
        var carry: UInt64 = 0, borrow: UInt64 = 0
        for i in 0..<n {
            let (hi, lo) = qhat.multipliedFullWidth(by: v[i])
            let (plo, c1) = lo.addingReportingOverflow(carry)
            carry = hi &+ (c1 ? 1 : 0)
            let (d1, b1) = u[i + j].subtractingReportingOverflow(plo)
            let (d2, b2) = d1.subtractingReportingOverflow(borrow)
            u[i + j] = d2
            borrow = (b1 ? 1 : 0) + (b2 ? 1 : 0)
        }
        let (d1, b1) = u[j + n].subtractingReportingOverflow(carry)
        let (d2, b2) = d1.subtractingReportingOverflow(borrow)
        u[j + n] = d2
        var negative = b1 || b2
        while negative {
            qhat -= 1
            var c: UInt64 = 0
            for i in 0..<n {
                let (s1, o1) = u[i + j].addingReportingOverflow(v[i])
                let (s2, o2) = s1.addingReportingOverflow(c)
                u[i + j] = s2
                c = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            }
            let (t, o) = u[j + n].addingReportingOverflow(c)
            u[j + n] = t
            if o { negative = false }
        }
        return qhat
    }

    /// Multiplies by 2^bits for `bits` in 0..<64 (the result may gain a limb).
    static func shiftLeftBits(_ a: Limbs, _ bits: Int) -> Limbs {
        if bits == 0 || a.isEmpty { return a }
        var result = Limbs(repeating: 0, count: a.count + 1)
        for i in 0..<a.count {
            result[i] |= a[i] << UInt64(bits)
            result[i + 1] = a[i] >> UInt64(64 - bits)
        }
        normalize(&result)
        return result
    }

    /// Floor-divides by 2^bits for `bits` in 0..<64.
    static func shiftRightBits(_ a: Limbs, _ bits: Int) -> Limbs {
        if bits == 0 || a.isEmpty { return a }
        var result = Limbs(repeating: 0, count: a.count)
        for i in 0..<a.count {
            result[i] = a[i] >> UInt64(bits)
            if i + 1 < a.count { result[i] |= a[i + 1] << UInt64(64 - bits) }
        }
        normalize(&result)
        return result
    }
}
