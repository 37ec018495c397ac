/// The base of every heap value except str.
///
/// `type` is the object's Python class. It is implicitly unwrapped only so that
/// the metatype `type` can be created before it exists; every object has one.
class PyObject {
    var type: PyType!

    init(type: PyType?) {
        self.type = type
    }
}

/// An instance of a class defined in Python (or of `object`).
///
/// Its attributes start out as just `values`, one per key of its class's
/// `SharedKeys`, as long as it assigns them in the keys' order (as instances
/// made by one `__init__` do). Anything else — `__dict__` asked for, a delete,
/// an out-of-order or extra name, a built-in class's instance — moves them into
/// a real dict for good, so the dict's contents and order are CPython's.
final class PyInstance: PyObject {
    /// The attribute values while there is no dict: `values[i]` belongs to the
    /// class's key `i`, and every key below `values.count` has one. Empty once
    /// the dict exists.
    private(set) var values: [Value] = []
    private var materialized: PyDict?

    init(type: PyType) {
        super.init(type: type)
        // Instances of a class usually end up with all its keys: room for them at once.
        if let keys = type.instanceKeys, keys.count > 0 { values.reserveCapacity(keys.count) }
    }

    /// The instance's `__dict__`, made from `values` the first time it is needed.
    var dict: PyDict {
        if let d = materialized { return d }
        let d = PyDict()
        if let keys = type.instanceKeys {
            for (name, value) in zip(keys.names, values) { d.set(name, value) }
        }
        values = []
        materialized = d
        return d
    }

    // MARK: Attributes

    /// The value for the class's shared key `key`, if the instance has one
    /// (`key` as an `AttributeHint` found it for this class; -1 gives nil).
    @inline(__always) func value(atKey key: Int) -> Value? {
        UInt(bitPattern: key) < UInt(values.count) ? values[key] : nil
    }

    /// Stores `value` for the class's shared key `key` (found as for
    /// `value(atKey:)`) if the instance has a value for it or it is the next key
    /// in order; false otherwise, leaving the store to `setAttribute`.
    @inline(__always) func storeValue(_ value: Value, atKey key: Int) -> Bool {
        if UInt(bitPattern: key) < UInt(values.count) {
            values[key] = value
        } else if key == values.count && materialized == nil {
            values.append(value)
        } else {
            return false
        }
        return true
    }

    /// The attribute `name`, if the instance has one.
    @inline(__always) func attribute(_ name: PyStr, _ hint: inout AttributeHint) -> Value? {
        value(atKey: hint.key) ?? lookUp(name, &hint)
    }

    func attribute(_ name: PyStr) -> Value? {
        var hint = AttributeHint()
        return attribute(name, &hint)
    }

    private func lookUp(_ name: PyStr, _ hint: inout AttributeHint) -> Value? {
        if let d = materialized { return d.get(name, hint: &hint.position) }
        guard let i = type.instanceKeys?.index(of: name, &hint), i < values.count else { return nil }
        return values[i]
    }

    /// Sets the attribute `name`.
    @inline(__always) func setAttribute(_ name: PyStr, _ value: Value, _ hint: inout AttributeHint) {
        if !storeValue(value, atKey: hint.key) { store(name, value, &hint) }
    }

    func setAttribute(_ name: PyStr, _ value: Value) {
        var hint = AttributeHint()
        setAttribute(name, value, &hint)
    }

    private func store(_ name: PyStr, _ value: Value, _ hint: inout AttributeHint) {
        if materialized == nil, let keys = type.instanceKeys {
            if let i = keys.index(of: name, &hint) {
                if storeValue(value, atKey: i) { return }
            } else if values.count == keys.count, let i = keys.append(name) {
                hint.key = i
                return values.append(value)
            }
        }
        dict.set(name, value, hint: &hint.position)
    }

    /// Deletes the attribute `name`, returning its value, or nil if there was none.
    func removeAttribute(_ name: PyStr) -> Value? {
        if materialized == nil && attribute(name) == nil { return nil }
        return dict.remove(name)
    }
}

/// A built-in object whose Python subclasses' instances keep attributes in a
/// `__dict__` (an `asyncio` event loop subclass).
protocol HasInstanceDict: PyObject {
    var dict: PyDict { get }
}
