extension BigInt {
    /// CPython's hash modulus, the Mersenne prime 2^61 - 1.
    public static let hashModulus: UInt64 = (1 << 61) - 1

    /// Python's `hash(n)`: |n| mod (2^61 - 1) with n's sign; -1 is reserved, so it becomes -2.
    public var pythonHash: Int {
        var acc: UInt64 = 0
        for limb in limbs.reversed() {
            acc = BigInt.hashModulus.dividingFullWidth((acc, limb)).remainder
        }
        let h = isNegative ? -Int(acc) : Int(acc)
        return h == -1 ? -2 : h
    }
}

/// Python's `hash(n)` for a small int, as `BigInt.pythonHash` computes it.
public func pythonHash(_ n: Int) -> Int {
    let residue = Int(UInt64(n.magnitude) % BigInt.hashModulus)
    let h = n < 0 ? -residue : residue
    return h == -1 ? -2 : h
}
