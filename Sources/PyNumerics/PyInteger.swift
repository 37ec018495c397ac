/// A Python int: `Int` on the fast path, `BigInt` once it outgrows 64 bits.
public enum PyInteger: Hashable, Sendable {
    case small(Int)
    case big(BigInt)

    /// Demotes to `.small` when the value fits, so equal values compare equal.
    public init(_ value: BigInt) {
        if let i = value.asInt { self = .small(i) } else { self = .big(value) }
    }

    /// The value as a `BigInt` (allocates for `.small`).
    public var bigValue: BigInt {
        switch self {
        case .small(let i): return BigInt(i)
        case .big(let b): return b
        }
    }
}

extension PyInteger: CustomStringConvertible {
    public var description: String {
        switch self {
        case .small(let i): return String(i)
        case .big(let b): return b.description
        }
    }
}
