/// How a dictionary hashes and compares keys. Built-in keys need nothing more;
/// keys with `__hash__`/`__eq__` written in Python need the VM, which conforms.
protocol KeyHashing {
    func hash(_ key: Value) throws -> Int
    func equal(_ a: Value, _ b: Value) throws -> Bool
}

/// A Python dict: insertion-ordered, like CPython's compact dict. Entries live
/// in insertion order in `entries`; removed ones leave a hole (a `.null` key).
/// Small dicts (most instance namespaces) are searched by scanning the entries;
/// past `indexThreshold` entries an open-addressed index (`slots`) is built.
final class PyDict: PyObject {
    private struct Entry {
        var hash: Int
        var key: Value
        var value: Value
    }

    private var entries: [Entry] = []
    /// Positions in `entries`, by hash; empty while the dict is small.
    private var slots: [Int32] = []
    private(set) var count = 0
    /// Bumped whenever the set of keys or their positions change. Iterators use it
    /// to detect "dictionary changed size during iteration"; the VM's global-name
    /// cache uses it to know a cached position is still valid.
    private(set) var version = 0
    /// `collections.defaultdict`'s factory; `.null` for a plain dict.
    var defaultFactory: Value = .null

    private static let indexThreshold = 8

    init() { super.init(type: BuiltinTypes.dict) }

    /// For the namespaces of built-in classes, which exist before `dict` does;
    /// `BuiltinTypes.make` gives them their class once it exists.
    init(untyped: ()) { super.init(type: nil) }

    init(type: PyType) { super.init(type: type) }

    // MARK: Lookup

    func get(_ key: Value, _ ops: KeyHashing) throws -> Value? {
        let h = try ops.hash(key)
        guard let i = try findEntry(key, hash: h, ops) else { return nil }
        return entries[i].value
    }

    /// Fast lookup by str key, no VM needed.
    func get(_ key: PyStr) -> Value? {
        guard let i = position(of: key) else { return nil }
        return entries[i].value
    }

    func get(_ name: String) -> Value? { get(PyStr.intern(name)) }

    /// The entry position of a str key (stable until `version` changes).
    func position(of key: PyStr) -> Int? {
        let hash = key.hash
        if slots.isEmpty {
            for i in entries.indices where entries[i].hash == hash && matches(entries[i].key, key) { return i }
            return nil
        }
        let mask = slots.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            let slot = Int(slots[i])
            if slot == -1 { return nil }
            if slot >= 0 && entries[slot].hash == hash && matches(entries[slot].key, key) { return slot }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    @inline(__always) private func matches(_ stored: Value, _ key: PyStr) -> Bool {
        if case .str(let s) = stored { return s === key || s == key }
        return false
    }

    /// The value at an entry position from `position(of:)`.
    func value(at position: Int) -> Value { entries[position].value }

    /// Lookup by str key trying `hint` (where the key was last time) first, and
    /// updating it: instances of one class keep their attributes in one order.
    @inline(__always) func get(_ key: PyStr, hint: inout Int) -> Value? {
        if hint >= 0 && hint < entries.count, case .str(let s) = entries[hint].key, s === key {
            return entries[hint].value
        }
        guard let i = position(of: key) else { return nil }
        hint = i
        return entries[i].value
    }

    /// `set(_:_:)` for a str key, trying and updating `hint` as `get(_:hint:)` does.
    @inline(__always) func set(_ key: PyStr, _ value: Value, hint: inout Int) {
        if hint >= 0 && hint < entries.count, case .str(let s) = entries[hint].key, s === key {
            entries[hint].value = value
            return
        }
        if let i = position(of: key) {
            entries[i].value = value
            hint = i
            return
        }
        insertNew(.str(key), hash: key.hash, value)
        hint = entries.count - 1
    }

    /// Replaces the value at an entry position from `position(of:)`.
    func setValue(_ value: Value, at position: Int) { entries[position].value = value }

    // MARK: Change

    func set(_ key: Value, _ value: Value, _ ops: KeyHashing) throws {
        let h = try ops.hash(key)
        if let i = try findEntry(key, hash: h, ops) {
            entries[i].value = value
            return
        }
        insertNew(key, hash: h, value)
    }

    func set(_ key: PyStr, _ value: Value) {
        if let i = position(of: key) {
            entries[i].value = value
            return
        }
        insertNew(.str(key), hash: key.hash, value)
    }

    func set(_ name: String, _ value: Value) { set(PyStr.intern(name), value) }

    /// Removes `key`, returning its value, or nil if absent.
    @discardableResult
    func remove(_ key: Value, _ ops: KeyHashing) throws -> Value? {
        let h = try ops.hash(key)
        guard let i = try findEntry(key, hash: h, ops) else { return nil }
        return removeEntry(i)
    }

    @discardableResult
    func remove(_ key: PyStr) -> Value? {
        guard let i = position(of: key) else { return nil }
        return removeEntry(i)
    }

    private func removeEntry(_ i: Int) -> Value {
        let old = entries[i].value
        entries[i].key = .null
        entries[i].value = .null
        count -= 1
        version += 1
        if count == 0 { removeAll() }
        return old
    }

    func removeAll() {
        entries.removeAll()
        slots = []
        count = 0
        version += 1
    }

    // MARK: Iteration

    /// Live entries in insertion order.
    var items: [(key: Value, value: Value)] {
        var result: [(key: Value, value: Value)] = []
        result.reserveCapacity(count)
        for i in entries.indices where !entries[i].key.isNull { result.append((entries[i].key, entries[i].value)) }
        return result
    }

    var keys: [Value] { entries.indices.filter { !entries[$0].key.isNull }.map { entries[$0].key } }
    var values: [Value] { entries.indices.filter { !entries[$0].key.isNull }.map { entries[$0].value } }

    /// Entry positions including holes, so iterators can walk without copying.
    var rawCount: Int { entries.count }
    func rawEntry(_ index: Int) -> (key: Value, value: Value)? {
        entries[index].key.isNull ? nil : (entries[index].key, entries[index].value)
    }

    // MARK: Table

    private func findEntry(_ key: Value, hash: Int, _ ops: KeyHashing) throws -> Int? {
        if slots.isEmpty {
            for i in entries.indices where entries[i].hash == hash && !entries[i].key.isNull {
                if try keysMatch(entries[i].key, key, ops) { return i }
            }
            return nil
        }
        let mask = slots.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            let slot = Int(slots[i])
            if slot == -1 { return nil }
            if slot >= 0, entries[slot].hash == hash, !entries[slot].key.isNull {
                if try keysMatch(entries[slot].key, key, ops) { return slot }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    /// Python `==` between a stored key and `key`; two strs (nothing overrides
    /// their `==`) compare directly rather than through the general comparison.
    private func keysMatch(_ stored: Value, _ key: Value, _ ops: KeyHashing) throws -> Bool {
        if case .str(let a) = stored, case .str(let b) = key { return a == b }
        return try stored.isIdentical(to: key) || ops.equal(stored, key)
    }

    private func insertNew(_ key: Value, hash: Int, _ value: Value) {
        if entries.isEmpty { entries.reserveCapacity(4) }
        let indexed = !slots.isEmpty
        if indexed && (entries.count + 1) * 3 >= slots.count * 2 {
            rebuild(minimumCapacity: (count + 1) * 3)
        } else if !indexed && entries.count >= PyDict.indexThreshold {
            rebuild(minimumCapacity: (count + 1) * 3)
        }
        entries.append(Entry(hash: hash, key: key, value: value))
        if !slots.isEmpty { placeInSlots(hash: hash, entry: entries.count - 1) }
        count += 1
        version += 1
    }

    private func placeInSlots(hash: Int, entry: Int) {
        let mask = slots.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while slots[i] != -1 {
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
        slots[i] = Int32(entry)
    }

    /// Drops holes left by removals and (re)builds the index.
    private func rebuild(minimumCapacity: Int) {
        if count < entries.count { entries.removeAll { $0.key.isNull } }
        var size = 16
        while size < minimumCapacity { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        for i in entries.indices { placeInSlots(hash: entries[i].hash, entry: i) }
        version += 1
    }
}

/// Key hashing for dicts whose keys are all str (namespaces, type dicts).
struct StrKeys: KeyHashing {
    static let shared = StrKeys()
    func hash(_ key: Value) throws -> Int {
        guard case .str(let s) = key else { preconditionFailure("str key expected") }
        return s.hash
    }
    func equal(_ a: Value, _ b: Value) throws -> Bool {
        guard case .str(let x) = a, case .str(let y) = b else { return false }
        return x == y
    }
}
