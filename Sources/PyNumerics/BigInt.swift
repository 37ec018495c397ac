/// An arbitrary-precision integer with Python's semantics.
///
/// Sign and magnitude; the magnitude is little-endian `UInt64` limbs with no
/// high zero limbs, and zero is never negative, so `==` is structural.
public struct BigInt: Hashable, Sendable {
    /// True for values below zero.
    public private(set) var isNegative: Bool
    /// Little-endian magnitude limbs.
    public private(set) var limbs: [UInt64]

    /// Builds from raw parts, normalizing.
    init(negative: Bool, limbs: [UInt64]) {
        var l = limbs
        Magnitude.normalize(&l)
        self.limbs = l
        self.isNegative = negative && !l.isEmpty
    }

    public init(_ value: Int) {
        self.init(negative: value < 0, limbs: [UInt64(value.magnitude)])
    }

    public init(_ value: UInt64) {
        self.init(negative: false, limbs: [value])
    }

    public static let zero = BigInt(0)
    public static let one = BigInt(1)

    public var isZero: Bool { limbs.isEmpty }

    /// -1, 0 or 1.
    public var signum: Int { isZero ? 0 : (isNegative ? -1 : 1) }

    /// The value as `Int` when it fits.
    public var asInt: Int? {
        if limbs.isEmpty { return 0 }
        if limbs.count > 1 { return nil }
        let m = limbs[0]
        if isNegative {
            return m <= UInt64(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- m) : nil
        }
        return m <= UInt64(Int.max) ? Int(m) : nil
    }

    /// Number of bits in the magnitude, as Python's `int.bit_length()`.
    public var bitLength: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 64 - top.leadingZeroBitCount
    }

    public var magnitude: BigInt { BigInt(negative: false, limbs: limbs) }

    /// Python's `abs(x)`.
    public static func abs(_ x: BigInt) -> BigInt { x.magnitude }
}

extension BigInt: Comparable {
    public static func < (a: BigInt, b: BigInt) -> Bool {
        if a.isNegative != b.isNegative { return a.isNegative }
        let c = Magnitude.compare(a.limbs, b.limbs)
        return a.isNegative ? c > 0 : c < 0
    }
}

extension BigInt: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension BigInt: CustomStringConvertible {
    /// Decimal digits, as Python's `str(int)` without the digit limit.
    public var description: String { toString(radix: 10) }
}
