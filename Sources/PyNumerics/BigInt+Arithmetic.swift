// MARK: - Ring operations

extension BigInt {
    public static prefix func - (x: BigInt) -> BigInt {
        BigInt(negative: !x.isNegative, limbs: x.limbs)
    }

    public static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.isNegative == b.isNegative {
            return BigInt(negative: a.isNegative, limbs: Magnitude.add(a.limbs, b.limbs))
        }
        // Opposite signs: subtract the smaller magnitude from the larger.
        if Magnitude.compare(a.limbs, b.limbs) >= 0 {
            return BigInt(negative: a.isNegative, limbs: Magnitude.subtract(a.limbs, b.limbs))
        }
        return BigInt(negative: b.isNegative, limbs: Magnitude.subtract(b.limbs, a.limbs))
    }

    public static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }

    public static func * (a: BigInt, b: BigInt) -> BigInt {
        BigInt(negative: a.isNegative != b.isNegative, limbs: Magnitude.multiply(a.limbs, b.limbs))
    }

    public static func += (a: inout BigInt, b: BigInt) { a = a + b }
    public static func -= (a: inout BigInt, b: BigInt) { a = a - b }
    public static func *= (a: inout BigInt, b: BigInt) { a = a * b }
}

// MARK: - Division with Python semantics

extension BigInt {
    /// Truncating quotient and remainder (C semantics); `b` must be nonzero.
    public func truncatingDivMod(_ b: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        let (q, r) = Magnitude.divMod(limbs, b.limbs)
        return (BigInt(negative: isNegative != b.isNegative, limbs: q),
                BigInt(negative: isNegative, limbs: r))
    }

    /// Python's `divmod(a, b)`: the quotient rounds toward -inf, the remainder takes b's sign.
    public func floorDivMod(_ b: BigInt) throws(NumericError) -> (quotient: BigInt, remainder: BigInt) {
        if b.isZero { throw .zeroDivisionError("integer division or modulo by zero") }
        var (q, r) = truncatingDivMod(b)
        if !r.isZero && r.isNegative != b.isNegative {
            q = q - .one
            r = r + b
        }
        return (q, r)
    }

    /// Python's `a // b`.
    public func floorDiv(_ b: BigInt) throws(NumericError) -> BigInt {
        try floorDivMod(b).quotient
    }

    /// Python's `a % b`.
    public func mod(_ b: BigInt) throws(NumericError) -> BigInt {
        if b.isZero { throw .zeroDivisionError("integer modulo by zero") }
        return try floorDivMod(b).remainder
    }
}

// MARK: - Powers

extension BigInt {
    /// `self ** exponent` for a non-negative exponent (square and multiply).
    public func pow(exponent: Int) -> BigInt {
        precondition(exponent >= 0, "negative exponent; Python returns a float")
        var result = BigInt.one, base = self, e = exponent
        while e > 0 {
            if e & 1 == 1 { result *= base }
            e >>= 1
            if e > 0 { base *= base }
        }
        return result
    }

    /// Python's three-argument `pow(self, exponent, modulus)`, including modular inverses.
    public func modPow(exponent: BigInt, modulus: BigInt) throws(NumericError) -> BigInt {
        if modulus.isZero { throw .valueError("pow() 3rd argument cannot be 0") }
        let m = modulus.magnitude
        var base = try self.mod(m)
        if exponent.isNegative {
            guard let inverse = base.modularInverse(m) else {
                throw .valueError("base is not invertible for the given modulus")
            }
            base = inverse
        }
        var result = try BigInt.one.mod(m)
        for bit in stride(from: exponent.bitLength - 1, through: 0, by: -1) {
            result = try (result * result).mod(m)
            if exponent.magnitude.testBit(bit) { result = try (result * base).mod(m) }
        }
        // The result takes the modulus's sign, as with %.
        if modulus.isNegative && !result.isZero { result = result + modulus }
        return result
    }

    /// The inverse modulo a positive `m`, when `gcd(self, m) == 1`.
    func modularInverse(_ m: BigInt) -> BigInt? {
        var (oldR, r) = (self, m)
        var (oldS, s) = (BigInt.one, BigInt.zero)
        while !r.isZero {
            let q = oldR.truncatingDivMod(r).quotient
            (oldR, r) = (r, oldR - q * r)
            (oldS, s) = (s, oldS - q * s)
        }
        guard oldR == .one else { return m == .one ? .zero : nil }
        return try? oldS.mod(m)
    }

    /// Whether bit `i` of the magnitude is set.
    func testBit(_ i: Int) -> Bool {
        let limb = i / 64
        return limb < limbs.count && (limbs[limb] >> UInt64(i % 64)) & 1 == 1
    }
}
