// MARK: - Shifts

extension BigInt {
    /// Multiplies by 2^n; `n` must be non-negative (see `shiftedLeft`).
    public static func << (a: BigInt, n: Int) -> BigInt {
        precondition(n >= 0, "negative shift count")
        if a.isZero { return a }
        let shifted = Magnitude.shiftLeftBits(a.limbs, n % 64)
        return BigInt(negative: a.isNegative, limbs: Magnitude.shiftLimbs(shifted, n / 64))
    }

    /// Floor-divides by 2^n, so negative values round toward -inf as in Python.
    public static func >> (a: BigInt, n: Int) -> BigInt {
        precondition(n >= 0, "negative shift count")
        if a.isNegative { return -((-a - .one) >> n) - .one }
        if n / 64 >= a.limbs.count { return .zero }
        let dropped = Array(a.limbs[(n / 64)...])
        return BigInt(negative: false, limbs: Magnitude.shiftRightBits(dropped, n % 64))
    }

    /// Python's `a << n`, with its error for negative counts.
    public func shiftedLeft(by n: BigInt) throws(NumericError) -> BigInt {
        if n.isNegative { throw .valueError("negative shift count") }
        if isZero { return self }
        guard let count = n.asInt, count < 1 << 40 else {
            throw .overflowError("too many digits in integer")
        }
        return self << count
    }

    /// Python's `a >> n`, with its error for negative counts.
    public func shiftedRight(by n: BigInt) throws(NumericError) -> BigInt {
        if n.isNegative { throw .valueError("negative shift count") }
        guard let count = n.asInt, count < bitLength + 1 else { return isNegative ? -.one : .zero }
        return self >> count
    }
}

// MARK: - Bitwise operators on infinite two's complement

extension BigInt {
    public static func & (a: BigInt, b: BigInt) -> BigInt { combine(a, b, &) }
    public static func | (a: BigInt, b: BigInt) -> BigInt { combine(a, b, |) }
    public static func ^ (a: BigInt, b: BigInt) -> BigInt { combine(a, b, ^) }

    /// Python's `~x`, which is `-x - 1`.
    public static prefix func ~ (x: BigInt) -> BigInt { -x - .one }

    /// Applies `op` limb by limb to two's-complement forms one limb wider than either input.
    private static func combine(_ a: BigInt, _ b: BigInt, _ op: (UInt64, UInt64) -> UInt64) -> BigInt {
        let width = max(a.limbs.count, b.limbs.count) + 1
        let x = a.twosComplement(width), y = b.twosComplement(width)
        return fromTwosComplement((0..<width).map { op(x[$0], y[$0]) })
    }

    /// The low `width` limbs of the infinite two's-complement representation.
    private func twosComplement(_ width: Int) -> [UInt64] {
        var out = limbs + [UInt64](repeating: 0, count: width - limbs.count)
        guard isNegative else { return out }
        // -m == ~(m - 1)
        let minusOne = Magnitude.subtract(limbs, [1])
        for i in 0..<width { out[i] = ~(i < minusOne.count ? minusOne[i] : 0) }
        return out
    }

    private static func fromTwosComplement(_ w: [UInt64]) -> BigInt {
        guard let top = w.last, top >> 63 == 1 else { return BigInt(negative: false, limbs: w) }
        var inverted = w.map { ~$0 }
        Magnitude.normalize(&inverted)
        return BigInt(negative: true, limbs: Magnitude.add(inverted, [1]))
    }
}
