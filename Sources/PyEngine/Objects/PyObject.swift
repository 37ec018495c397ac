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
/// Its attributes start out as just values, one per key of its class's
/// `SharedKeys`, as long as it assigns them in the keys' order (as instances
/// made by one `__init__` do). Anything else — `__dict__` asked for, a delete,
/// an out-of-order or extra name, a built-in class's instance — moves them into
/// a real dict for good, so the dict's contents and order are CPython's.
final class PyInstance: PyObject {
    /// How many values live inside the object itself: most instances have a
    /// few attributes, and then making one takes a single allocation.
    private static let inlineCapacity = 4
    /// The values for keys below `inlineCapacity` (`.null` from `valueCount` on).
    private var inlineValues: (Value, Value, Value, Value) = (.null, .null, .null, .null)
    /// The values for the keys from `inlineCapacity` on.
    private var moreValues: [Value] = []
    /// How many keys have values: `value(atKey: i)` belongs to the class's key
    /// `i`, and every key below this has one. 0 once the dict exists.
    private var valueCount = 0
    private var materialized: PyDict?

    /// Empty, but kept out of line: inlined into the deallocation, Swift
    /// retains and releases the dying object around destroying the values.
    @inline(never) deinit {}

    /// The instance's `__dict__`, made from the values the first time it is needed.
    var dict: PyDict {
        if let d = materialized { return d }
        let d = PyDict()
        if let keys = type.instanceKeys {
            for i in 0..<valueCount { d.set(keys.names[i], storedValue(i)) }
        }
        inlineValues = (.null, .null, .null, .null)
        moreValues = []
        valueCount = 0
        materialized = d
        return d
    }

    /// The value for key `i` (below `valueCount`).
    @inline(__always) private func storedValue(_ i: Int) -> Value {
        guard i < PyInstance.inlineCapacity else { return moreValues[i - PyInstance.inlineCapacity] }
        return withUnsafePointer(to: &inlineValues) { UnsafeRawPointer($0).assumingMemoryBound(to: Value.self)[i] }
    }

    /// Replaces the value for key `i` (below `valueCount`).
    @inline(__always) private func replaceValue(_ i: Int, _ value: consuming Value) {
        guard i < PyInstance.inlineCapacity else { return moreValues[i - PyInstance.inlineCapacity] = value }
        withUnsafeMutablePointer(to: &inlineValues) {
            UnsafeMutableRawPointer($0).assumingMemoryBound(to: Value.self)[i] = value
        }
    }

    /// Gives key `valueCount` its value.
    @inline(__always) private func appendValue(_ value: consuming Value) {
        if valueCount < PyInstance.inlineCapacity {
            replaceValue(valueCount, value)
        } else {
            moreValues.append(value)
        }
        valueCount += 1
    }

    // MARK: Attributes

    /// The value for the class's shared key `key`, if the instance has one
    /// (`key` as an `AttributeHint` found it for this class; -1 gives nil).
    @inline(__always) func value(atKey key: Int) -> Value? {
        UInt(bitPattern: key) < UInt(valueCount) ? storedValue(key) : nil
    }

    /// Whether `storeValue(_:atKey:)` serves the class's shared key `key` (found
    /// as for `value(atKey:)`): the instance has a value for it, or it is the
    /// next key in order; otherwise the store is `setAttribute`'s.
    @inline(__always) func canStoreValue(atKey key: Int) -> Bool {
        UInt(bitPattern: key) < UInt(valueCount) || (key == valueCount && materialized == nil)
    }

    /// Stores `value` for key `key`, which `canStoreValue(atKey:)` accepts.
    @inline(__always) func storeValue(_ value: consuming Value, atKey key: Int) {
        if key < valueCount {
            replaceValue(key, value)
        } else {
            appendValue(value)
        }
    }

    /// Whether the instance has no value for the name that `hint` (as an inline
    /// cache left it for this class) describes; false when the hint cannot tell.
    @inline(__always) func lacksAttribute(_ hint: AttributeHint) -> Bool {
        // Values belong to keys 0..<valueCount: the name's key is past them, or
        // (unknown) not among the first `keysChecked` keys, which covers them.
        materialized == nil && valueCount <= (hint.key < 0 ? hint.keysChecked : hint.key)
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
        guard let i = type.instanceKeys?.index(of: name, &hint), i < valueCount else { return nil }
        return storedValue(i)
    }

    /// Sets the attribute `name`.
    @inline(__always) func setAttribute(_ name: PyStr, _ value: consuming Value, _ hint: inout AttributeHint) {
        if canStoreValue(atKey: hint.key) {
            storeValue(value, atKey: hint.key)
        } else {
            store(name, value, &hint)
        }
    }

    func setAttribute(_ name: PyStr, _ value: Value) {
        var hint = AttributeHint()
        setAttribute(name, value, &hint)
    }

    private func store(_ name: PyStr, _ value: consuming Value, _ hint: inout AttributeHint) {
        if materialized == nil, let keys = type.instanceKeys {
            if let i = keys.index(of: name, &hint) {
                if canStoreValue(atKey: i) { return storeValue(value, atKey: i) }
            } else if valueCount == keys.count, let i = keys.append(name) {
                hint.key = i
                return appendValue(value)
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
