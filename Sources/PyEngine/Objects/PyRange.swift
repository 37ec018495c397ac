/// `range(start, stop, step)`, with ints that fit in 64 bits.
final class PyRange: PyObject {
    let start: Int
    let stop: Int
    let step: Int

    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: BuiltinTypes.range)
    }

    var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    func item(_ i: Int) -> Int { start + i * step }
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

/// An iterator over a range.
final class PyRangeIterator: PyObject {
    var next: Int
    let step: Int
    var remaining: Int

    init(_ range: PyRange) {
        next = range.start
        step = range.step
        remaining = range.count
        super.init(type: BuiltinTypes.rangeIterator)
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
