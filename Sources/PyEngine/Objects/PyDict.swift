/// How a dictionary hashes and compares keys. Built-in keys need nothing more;
/// keys with `__hash__`/`__eq__` written in Python need the VM, which conforms.
protocol KeyHashing {
    func hash(_ key: Value) throws -> Int
    func equal(_ a: Value, _ b: Value) throws -> Bool
}

/// A Python dict: insertion-ordered, like CPython's compact dict. Entries are
/// kept in order in `entries`; `slots` is an open-addressed index into them.
final class PyDict: PyObject {
    private(set) var entries: [(hash: Int, key: Value, value: Value)] = []
    private var slots: [Int32] = Array(repeating: -1, count: 8)
    private(set) var count = 0
    /// Bumped on every change to the set of keys; iterators use it to detect
    /// "dictionary changed size during iteration".
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
        return entries[i].value
    }

    /// Fast lookup by str key, no VM needed.
    func get(_ key: PyStr) -> Value? {
        guard let i = try? findEntry(.str(key), hash: key.hash, StrKeys.shared) else { return nil }
        return entries[i].value
    }

    func get(_ name: String) -> Value? { get(PyStr.intern(name)) }

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
        try! set(.str(key), value, StrKeys.shared)
    }

    func set(_ name: String, _ value: Value) { set(PyStr.intern(name), value) }

    /// Removes `key`, returning its value, or nil if absent.
    @discardableResult
    func remove(_ key: Value, _ ops: KeyHashing) throws -> Value? {
        let h = try ops.hash(key)
        guard let i = try findEntry(key, hash: h, ops) else { return nil }
        let old = entries[i].value
        entries[i] = (hash: 0, key: .null, value: .null)
        count -= 1
        version += 1
        if count == 0 { removeAll() }
        return old
    }

    @discardableResult
    func remove(_ key: PyStr) -> Value? { try! remove(.str(key), StrKeys.shared) }

    func removeAll() {
        entries.removeAll()
        slots = Array(repeating: -1, count: 8)
        count = 0
        version += 1
    }

    // MARK: Iteration

    /// Live entries in insertion order.
    var items: [(key: Value, value: Value)] {
        var result: [(key: Value, value: Value)] = []
        result.reserveCapacity(count)
        for e in entries where !e.key.isNull { result.append((e.key, e.value)) }
        return result
    }

    var keys: [Value] { items.map(\.key) }
    var values: [Value] { items.map(\.value) }

    /// The entry at raw position `index` (skipping holes is the caller's job):
    /// lets iterators walk without copying.
    var rawCount: Int { entries.count }
    func rawEntry(_ index: Int) -> (key: Value, value: Value)? {
        let e = entries[index]
        return e.key.isNull ? nil : (e.key, e.value)
    }

    // MARK: Table

    private func findEntry(_ key: Value, hash: Int, _ ops: KeyHashing) throws -> Int? {
        let mask = slots.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            let slot = Int(slots[i])
            if slot == -1 { return nil }
            if slot >= 0 {
                let e = entries[slot]
                if e.hash == hash, !e.key.isNull {
                    if e.key.isIdentical(to: key) { return slot }
                    if try ops.equal(e.key, key) { return slot }
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    private func insertNew(_ key: Value, hash: Int, _ value: Value) {
        if (entries.count + 1) * 3 >= slots.count * 2 { rebuild(minimumCapacity: (count + 1) * 3) }
        entries.append((hash, key, value))
        placeInSlots(hash: hash, entry: entries.count - 1)
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
        entries = entries.filter { !$0.key.isNull }
        var size = 8
        while size < minimumCapacity { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        for (i, e) in entries.enumerated() { placeInSlots(hash: e.hash, entry: i) }
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
