/// A Python list.
final class PyList: PyObject {
    var items: [Value]

    init(_ items: [Value] = []) {
        self.items = items
        super.init(type: BuiltinTypes.list)
    }
}

/// A Python set or frozenset.
///
/// Iteration order follows CPython's hash-table layout for the keys whose hashes
/// CPython fixes (ints, floats, tuples of them), so printing `{3, 1, 2}` shows
/// `{1, 2, 3}` as it does there.
final class PySet: PyObject {
    private(set) var table = SetTable()
    let isFrozen: Bool

    init(frozen: Bool = false) {
        isFrozen = frozen
        super.init(type: frozen ? BuiltinTypes.frozenset : BuiltinTypes.set)
    }

    var count: Int { table.count }
    var elements: [Value] { table.elements }

    func contains(_ v: Value, _ ops: KeyHashing) throws -> Bool { try table.contains(v, ops) }
    func add(_ v: Value, _ ops: KeyHashing) throws { try table.add(v, ops) }
    @discardableResult
    func remove(_ v: Value, _ ops: KeyHashing) throws -> Bool { try table.remove(v, ops) }
    func removeAll() { table = SetTable() }
}

/// An open-addressed hash set probing like CPython's setobject.c (linear probes
/// then perturbation), so element order matches CPython's for deterministic hashes.
struct SetTable {
    private var slots: [(hash: Int, key: Value)?] = Array(repeating: nil, count: 8)
    private var dummy: [Bool] = Array(repeating: false, count: 8)
    private(set) var count = 0
    private var fill = 0
    private static let linearProbes = 9

    var elements: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for case let s? in slots { out.append(s.key) }
        return out
    }

    func contains(_ v: Value, _ ops: KeyHashing) throws -> Bool {
        let h = try ops.hash(v)
        return try find(v, hash: h, ops).found
    }

    mutating func add(_ v: Value, _ ops: KeyHashing) throws {
        let h = try ops.hash(v)
        let (found, index) = try find(v, hash: h, ops)
        if found { return }
        if !dummy[index] { fill += 1 }
        slots[index] = (h, v)
        dummy[index] = false
        count += 1
        if fill * 5 >= (slots.count - 1) * 3 { resize(count > 50_000 ? count * 2 : count * 4) }
    }

    mutating func remove(_ v: Value, _ ops: KeyHashing) throws -> Bool {
        let h = try ops.hash(v)
        let (found, index) = try find(v, hash: h, ops)
        guard found else { return false }
        slots[index] = nil
        dummy[index] = true
        count -= 1
        return true
    }

    /// Where `v` is, or the first free slot for it.
    private func find(_ v: Value, hash: Int, _ ops: KeyHashing) throws -> (found: Bool, index: Int) {
        let mask = slots.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var freeSlot: Int?
        while true {
            let probes = i + Self.linearProbes <= mask ? Self.linearProbes : 0
            for j in i...(i + probes) {
                if let s = slots[j] {
                    if s.hash == hash, try s.key.isIdentical(to: v) || ops.equal(s.key, v) {
                        return (true, j)
                    }
                } else if dummy[j] {
                    if freeSlot == nil { freeSlot = j }
                } else {
                    return (false, freeSlot ?? j)
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    private mutating func resize(_ minUsed: Int) {
        var size = 8
        while size <= minUsed { size <<= 1 }
        let old = slots
        slots = Array(repeating: nil, count: size)
        dummy = Array(repeating: false, count: size)
        fill = count
        let mask = size - 1
        for case let s? in old {
            var perturb = UInt(bitPattern: s.hash)
            var i = Int(UInt(bitPattern: s.hash) & UInt(mask))
            placing: while true {
                let probes = i + Self.linearProbes <= mask ? Self.linearProbes : 0
                for j in i...(i + probes) where slots[j] == nil {
                    slots[j] = s
                    break placing
                }
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
            }
        }
    }
}
