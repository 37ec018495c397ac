/// Unsigned arithmetic on little-endian `UInt64` limb arrays.
///
/// Inputs and outputs are normalized: no high zero limbs; zero is `[]`.
enum Magnitude {
    typealias Limbs = [UInt64]

    /// Drops high zero limbs so equal values have equal arrays.
    static func normalize(_ a: inout Limbs) {
        while let last = a.last, last == 0 { a.removeLast() }
    }

    /// Three-way comparison: -1, 0 or 1.
    static func compare(_ a: Limbs, _ b: Limbs) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    static func add(_ a: Limbs, _ b: Limbs) -> Limbs {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var result = Limbs(repeating: 0, count: long.count + 1)
        var carry: UInt64 = 0
        for i in 0..<long.count {
            let (s1, o1) = long[i].addingReportingOverflow(i < short.count ? short[i] : 0)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            result[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        result[long.count] = carry
        normalize(&result)
        return result
    }

    /// `a - b`; requires `a >= b`.
    static func subtract(_ a: Limbs, _ b: Limbs) -> Limbs {
        var result = a
        var borrow: UInt64 = 0
        for i in 0..<a.count {
            let (d1, o1) = a[i].subtractingReportingOverflow(i < b.count ? b[i] : 0)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            result[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            if i >= b.count && borrow == 0 { break }
        }
        normalize(&result)
        return result
    }

    /// Below this many limbs schoolbook beats Karatsuba's bookkeeping.
    static let karatsubaThreshold = 48

    static func multiply(_ a: Limbs, _ b: Limbs) -> Limbs {
        if a.isEmpty || b.isEmpty { return [] }
        if min(a.count, b.count) >= karatsubaThreshold { return karatsuba(a, b) }
        return schoolbook(a, b)
    }

    static func schoolbook(_ a: Limbs, _ b: Limbs) -> Limbs {
        var result = Limbs(repeating: 0, count: a.count + b.count)
        for i in 0..<a.count {
            var carry: UInt64 = 0
            let ai = a[i]
            if ai == 0 { continue }
            for j in 0..<b.count {
                let (hi, lo) = ai.multipliedFullWidth(by: b[j])
                let (s1, o1) = lo.addingReportingOverflow(result[i + j])
                let (s2, o2) = s1.addingReportingOverflow(carry)
                result[i + j] = s2
                carry = hi &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            }
            result[i + b.count] = carry
        }
        normalize(&result)
        return result
    }

    /// Splits both numbers at `half` limbs: three half-size products instead of four.
    static func karatsuba(_ a: Limbs, _ b: Limbs) -> Limbs {
        let half = (max(a.count, b.count) + 1) / 2
        let (a0, a1) = split(a, at: half)
        let (b0, b1) = split(b, at: half)
        let z0 = multiply(a0, b0)
        let z2 = multiply(a1, b1)
        let z1 = subtract(subtract(multiply(add(a0, a1), add(b0, b1)), z0), z2)
        return add(add(z0, shiftLimbs(z1, half)), shiftLimbs(z2, 2 * half))
    }

    static func split(_ a: Limbs, at n: Int) -> (low: Limbs, high: Limbs) {
        if a.count <= n { return (a, []) }
        var low = Array(a[0..<n])
        normalize(&low)
        return (low, Array(a[n...]))
    }

    /// Multiplies by 2^(64·n).
    static func shiftLimbs(_ a: Limbs, _ n: Int) -> Limbs {
        a.isEmpty ? [] : Limbs(repeating: 0, count: n) + a
    }

    /// Quotient and remainder by one limb.
    static func divide(_ a: Limbs, by d: UInt64) -> (Limbs, UInt64) {
        var q = Limbs(repeating: 0, count: a.count)
        var r: UInt64 = 0
        var i = a.count - 1
        while i >= 0 {
            (q[i], r) = d.dividingFullWidth((r, a[i]))
            i -= 1
        }
        normalize(&q)
        return (q, r)
    }
}
