import PyNumerics

/// `range(start, stop, step)`. Nearly every range has bounds and a length that
/// fit in Int and uses the Int fields (the fast path for `for` loops); any
/// other keeps its exact bounds in `big`, and then the Int fields are unused.
final class PyRange: PyObject {
    let start: Int
    let stop: Int
    let step: Int
    let count: Int
    let big: BigRange?

    private init(start: Int, stop: Int, step: Int, count: Int, big: BigRange?) {
        self.start = start
        self.stop = stop
        self.step = step
        self.count = count
        self.big = big
        super.init(type: BuiltinTypes.range)
    }

    /// A range of Ints; `step` is not zero.
    convenience init(start: Int, stop: Int, step: Int) {
        if let count = PyRange.length(start: start, stop: stop, step: step) {
            self.init(start: start, stop: stop, step: step, count: count, big: nil)
        } else {
            self.init(BigRange(start: BigInt(start), stop: BigInt(stop), step: BigInt(step)))
        }
    }

    /// A range of any ints, using the Int form when everything fits.
    convenience init(_ r: BigRange) {
        if let start = r.start.asInt, let stop = r.stop.asInt, let step = r.step.asInt, let count = r.length.asInt {
            self.init(start: start, stop: stop, step: step, count: count, big: nil)
        } else {
            self.init(start: 0, stop: 0, step: 1, count: 0, big: r)
        }
    }

    /// The number of items, or nil when it doesn't fit in an Int.
    private static func length(start: Int, stop: Int, step: Int) -> Int? {
        guard step > 0 ? start < stop : start > stop else { return 0 }
        // The distance between two Ints always fits in a UInt.
        let distance = UInt(bitPattern: step > 0 ? stop &- start : start &- stop)
        let count = (distance - 1) / step.magnitude + 1
        return count <= UInt(Int.max) ? Int(count) : nil
    }

    /// The range with exact bounds, whichever form it uses.
    var exact: BigRange { big ?? BigRange(start: BigInt(start), stop: BigInt(stop), step: BigInt(step)) }

    var isEmpty: Bool { big.map { $0.length.isZero } ?? (count == 0) }

    /// The item at `i` (0 <= i < count) of an Int range.
    /// Wrapping arithmetic is exact here: the true result lies between start and stop.
    func item(_ i: Int) -> Int { start &+ i &* step }

    /// The position of `i` in an Int range, if the range holds it.
    func position(of i: Int) -> Int? {
        guard step > 0 ? (start <= i && i < stop) : (stop < i && i <= start) else { return nil }
        let distance = UInt(bitPattern: step > 0 ? i &- start : start &- i)
        let (quotient, remainder) = distance.quotientAndRemainder(dividingBy: step.magnitude)
        return remainder == 0 ? Int(quotient) : nil
    }
}

/// `slice(start, stop, step)`; each part may be None.
final class PySlice: PyObject {
    let start: Value
    let stop: Value
    let step: Value

    init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: BuiltinTypes.slice)
    }
}

/// `property(fget, fset, fdel, doc)`.
final class PyProperty: PyObject {
    var getter: Value
    var setter: Value
    var deleter: Value
    var doc: Value

    init(getter: Value, setter: Value, deleter: Value, doc: Value) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(type: BuiltinTypes.property)
    }
}

/// `staticmethod(f)` or `classmethod(f)`: a function wrapped to change how it binds.
final class PyMethodWrapper: PyObject {
    let function: Value
    let dict = PyDict()

    init(function: Value, isClassMethod: Bool) {
        self.function = function
        super.init(type: isClassMethod ? BuiltinTypes.classMethod : BuiltinTypes.staticMethod)
    }

    var isClassMethod: Bool { type === BuiltinTypes.classMethod }
}

/// An iterator over a list or tuple by index (the fast path for `for` loops).
final class PySequenceIterator: PyObject {
    let list: PyList?
    let tuple: [Value]
    var index = 0

    init(list: PyList) {
        self.list = list
        self.tuple = []
        super.init(type: BuiltinTypes.listIterator)
    }

    init(tuple: [Value]) {
        self.list = nil
        self.tuple = tuple
        super.init(type: BuiltinTypes.tupleIterator)
    }

    func next() -> Value? {
        if let list {
            guard index < list.items.count else { return nil }
            defer { index += 1 }
            return list.items[index]
        }
        guard index < tuple.count else { return nil }
        defer { index += 1 }
        return tuple[index]
    }
}

/// An iterator over a range of Ints.
final class PyRangeIterator: PyObject {
    var next: Int
    let step: Int
    var remaining: Int

    init(start: Int, step: Int, count: Int) {
        next = start
        self.step = step
        remaining = count
        super.init(type: BuiltinTypes.rangeIterator)
    }

    convenience init(_ range: PyRange) {
        self.init(start: range.start, step: range.step, count: range.count)
    }

    func advance() -> Value? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        defer { next &+= step }
        return .int(next)
    }
}

/// Any other built-in iterator (`map`, `zip`, `enumerate`, dict views...): a
/// closure that returns the next item or nil when exhausted.
final class PyNativeIterator: PyObject {
    private let step: () throws -> Value?
    private var finished = false

    init(type: PyType, _ step: @escaping () throws -> Value?) {
        self.step = step
        super.init(type: type)
    }

    func next() throws -> Value? {
        if finished { return nil }
        guard let v = try step() else {
            finished = true
            return nil
        }
        return v
    }
}

/// `super(cls, obj)`: attribute lookup that starts after `cls` in obj's MRO.
final class PySuper: PyObject {
    let startAfter: PyType
    let object: Value
    /// The class whose MRO is searched: obj's type, or obj itself for a class.
    let lookupType: PyType

    init(startAfter: PyType, object: Value, lookupType: PyType) {
        self.startAfter = startAfter
        self.object = object
        self.lookupType = lookupType
        super.init(type: BuiltinTypes.superType)
    }
}
