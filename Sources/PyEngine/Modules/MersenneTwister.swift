import PyNumerics

/// MT19937 (Matsumoto and Nishimura), seeded from an integer's 32-bit words with
/// `init_by_array`, which is how python3 seeds it: seeded programs draw the same numbers.
struct MersenneTwister {
    private static let n = 624
    private static let m = 397
    private var state = [UInt32](repeating: 0, count: 624)
    private var index = 625

    /// Seeds from the 32-bit words of |n|, least significant first.
    init(seed: BigInt) {
        var words: [UInt32] = []
        var rest = seed.magnitude
        let mask = BigInt(0xFFFF_FFFF)
        while !rest.isZero {
            words.append(UInt32((rest & mask).asInt!))
            rest = rest >> 32
        }
        seedByArray(words.isEmpty ? [0] : words)
    }

    private mutating func seedGenerator(_ s: UInt32) {
        state[0] = s
        for i in 1..<Self.n {
            let prev = state[i - 1]
            state[i] = 1_812_433_253 &* (prev ^ (prev >> 30)) &+ UInt32(i)
        }
        index = Self.n
    }

    /// `init_by_array`.
    private mutating func seedByArray(_ key: [UInt32]) {
        seedGenerator(19_650_218)
        var i = 1, j = 0
        for _ in 0..<max(Self.n, key.count) {
            let prev = state[i - 1]
            state[i] = (state[i] ^ ((prev ^ (prev >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1; j += 1
            if i >= Self.n { state[0] = state[Self.n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(Self.n - 1) {
            let prev = state[i - 1]
            state[i] = (state[i] ^ ((prev ^ (prev >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= Self.n { state[0] = state[Self.n - 1]; i = 1 }
        }
        state[0] = 0x8000_0000
    }

    /// `genrand_uint32`.
    mutating func next32() -> UInt32 {
        if index >= Self.n { twist() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    private mutating func twist() {
        let upper: UInt32 = 0x8000_0000, lower: UInt32 = 0x7FFF_FFFF
        for k in 0..<Self.n {
            let y = (state[k] & upper) | (state[(k + 1) % Self.n] & lower)
            state[k] = state[(k + Self.m) % Self.n] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : 0x9908_B0DF)
        }
        index = 0
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    mutating func nextDouble() -> Double {
        let a = Double(next32() >> 5), b = Double(next32() >> 6)
        return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for k >= 0: words filled least significant first.
    mutating func bits(_ k: Int) -> BigInt {
        if k <= 32 { return k == 0 ? BigInt(0) : BigInt(Int(next32() >> (32 - UInt32(k)))) }
        var words: [UInt32] = []
        var left = k
        while left > 0 {
            var r = next32()
            if left < 32 { r >>= UInt32(32 - left) }
            words.append(r)
            left -= 32
        }
        return words.reversed().reduce(BigInt(0)) { ($0 << 32) | BigInt(Int($1)) }
    }
}
