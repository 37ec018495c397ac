/// How a dictionary hashes and compares keys. Built-in keys need nothing more;
/// keys with `__hash__`/`__eq__` written in Python need the VM, which conforms.
protocol KeyHashing {
    func hash(_ key: Value) throws -> Int
    func equal(_ a: Value, _ b: Value) throws -> Bool
}

/// A Python dict: insertion-ordered, like CPython's compact dict. Entries live
/// in insertion order in three parallel arrays (so a lookup compares hashes
/// without touching keys or values); `slots` is an open-addressed index into them.
final class PyDict: PyObject {
    private var hashes: [Int] = []
    private var keyStore: [Value] = []
    private var valueStore: [Value] = []
    private var slots: [Int32] = Array(repeating: -1, count: 8)
    private(set) var count = 0
    /// Bumped whenever the set of keys or their positions change. Iterators use it
    /// to detect "dictionary changed size during iteration"; the VM's global-name
    /// cache uses it to know a cached position is still valid.
    private(set) var version = 0
    /// `collections.defaultdict`'s factory; `.null` for a plain dict.
    var defaultFactory: Value = .null

    init() { super.init(type: BuiltinTypes.dict) }

    /// For the namespaces of built-in classes, which exist before `dict` does;
    /// `BuiltinTypes.make` gives them their class once it exists.
    init(untyped: ()) { super.init(type: nil) }

    init(type: PyType) { super.init(type: type) }

    // MARK: Lookup

    func get(_ key: Value, _ ops: KeyHashing) throws -> Value? {
        let h = try ops.hash(key)
        guard let i = try findEntry(key, hash: h, ops) else { return nil }
        return valueStore[i]
    }

    /// Fast lookup by str key, no VM needed.
    func get(_ key: PyStr) -> Value? {
        guard let i = position(of: key) else { return nil }
        return valueStore[i]
    }

    func get(_ name: String) -> Value? { get(PyStr.intern(name)) }

    /// The entry position of a str key (stable until `version` changes).
    func position(of key: PyStr) -> Int? {
        let hash = key.hash
        let mask = slots.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            let slot = Int(slots[i])
            if slot == -1 { return nil }
            if slot >= 0 && hashes[slot] == hash, case .str(let s) = keyStore[slot], s === key || s == key {
                return slot
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    /// The value at an entry position from `position(of:)`.
    func value(at position: Int) -> Value { valueStore[position] }

    // MARK: Change

    func set(_ key: Value, _ value: Value, _ ops: KeyHashing) throws {
        let h = try ops.hash(key)
        if let i = try findEntry(key, hash: h, ops) {
            valueStore[i] = value
            return
        }
        insertNew(key, hash: h, value)
    }

    func set(_ key: PyStr, _ value: Value) {
        if let i = position(of: key) {
            valueStore[i] = value
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
        let old = valueStore[i]
        keyStore[i] = .null
        valueStore[i] = .null
        count -= 1
        version += 1
        if count == 0 { removeAll() }
        return old
    }

    func removeAll() {
        hashes.removeAll()
        keyStore.removeAll()
        valueStore.removeAll()
        slots = Array(repeating: -1, count: 8)
        count = 0
        version += 1
    }

    // MARK: Iteration

    /// Live entries in insertion order.
    var items: [(key: Value, value: Value)] {
        var result: [(key: Value, value: Value)] = []
        result.reserveCapacity(count)
        for i in keyStore.indices where !keyStore[i].isNull { result.append((keyStore[i], valueStore[i])) }
        return result
    }

    var keys: [Value] { keyStore.filter { !$0.isNull } }
    var values: [Value] { keyStore.indices.filter { !keyStore[$0].isNull }.map { valueStore[$0] } }

    /// Entry positions including holes, so iterators can walk without copying.
    var rawCount: Int { keyStore.count }
    func rawEntry(_ index: Int) -> (key: Value, value: Value)? {
        keyStore[index].isNull ? nil : (keyStore[index], valueStore[index])
    }

    // MARK: Table

    private func findEntry(_ key: Value, hash: Int, _ ops: KeyHashing) throws -> Int? {
        let mask = slots.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            let slot = Int(slots[i])
            if slot == -1 { return nil }
            if slot >= 0, hashes[slot] == hash, !keyStore[slot].isNull {
                if keyStore[slot].isIdentical(to: key) { return slot }
                if try ops.equal(keyStore[slot], key) { return slot }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    private func insertNew(_ key: Value, hash: Int, _ value: Value) {
        if (keyStore.count + 1) * 3 >= slots.count * 2 { rebuild(minimumCapacity: (count + 1) * 3) }
        hashes.append(hash)
        keyStore.append(key)
        valueStore.append(value)
        placeInSlots(hash: hash, entry: keyStore.count - 1)
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

    /// Drops holes left by removals and regrows the index.
    private func rebuild(minimumCapacity: Int) {
        if count < keyStore.count {
            let live = keyStore.indices.filter { !keyStore[$0].isNull }
            hashes = live.map { hashes[$0] }
            valueStore = live.map { valueStore[$0] }
            keyStore = live.map { keyStore[$0] }
        }
        var size = 8
        while size < minimumCapacity { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        for i in keyStore.indices { placeInSlots(hash: hashes[i], entry: i) }
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
