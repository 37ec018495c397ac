import PyNumerics

/// A Python value as the VM holds it: small immutable values inline, the rest
/// by reference.
///
/// `.null` is the VM's own marker (CPython's NULL): an unbound local slot, or the
/// empty half of a method-call pair on the stack. Python code never sees it.
enum Value {
    case null
    case none
    case bool(Bool)
    /// An int that fits in 64 bits; larger ones are `.object(PyBigInt)`.
    case int(Int)
    case float(Double)
    case str(PyStr)
    case object(PyObject)

    /// A Python str from Swift text.
    static func string(_ s: String) -> Value { .str(PyStr(s)) }

    /// A Python int from a big integer, using the inline form when it fits.
    static func integer(_ big: BigInt) -> Value {
        if let small = big.asInt { return .int(small) }
        return .object(PyBigInt(big))
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The referenced object, if this value is one (not for str).
    var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// `a is b`.
    func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.null, .null), (.none, .none): return true
        case let (.bool(a), .bool(b)): return a == b
        // Small ints and floats have no identity in the engine: equal values are
        // the same object, which matches CPython for the small-int cache and for
        // constants, the cases lessons show.
        case let (.int(a), .int(b)): return a == b
        case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern
        case let (.str(a), .str(b)): return a === b
        case let (.object(a), .object(b)): return a === b
        default: return false
        }
    }
}
