// Temporary stand-in until the real big-integer module lands: just enough API
// for the engine to compile. Replaced wholesale by PyNumerics' BigInt.
public struct BigInt: Hashable, Sendable, CustomStringConvertible {
    public let digits: String
    public init(_ value: Int) { digits = String(value) }
    public init?(parsing text: String, radix: Int) {
        guard let v = Int(text, radix: radix) else { return nil }
        digits = String(v)
    }
    public var asInt: Int? { Int(digits) }
    public var description: String { digits }
}
