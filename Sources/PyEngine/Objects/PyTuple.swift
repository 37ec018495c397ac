import PyNumerics

/// A Python tuple.
final class PyTuple: PyObject {
    let items: [Value]

    init(_ items: [Value]) {
        self.items = items
        super.init(type: BuiltinTypes.tuple)
    }

    /// A tuple of an instance of a tuple subclass (e.g. a namedtuple).
    init(_ items: [Value], type: PyType) {
        self.items = items
        super.init(type: type)
    }

    static let empty = PyTuple([])
}

/// A Python int too large for 64 bits.
final class PyBigInt: PyObject {
    let value: BigInt

    init(_ value: BigInt) {
        self.value = value
        super.init(type: BuiltinTypes.int)
    }
}
