import PyNumerics

/// `hash()` and key equality, so dicts and sets work with any hashable value.
extension VM: KeyHashing {
    func hash(_ key: Value) throws -> Int {
        switch key {
        case .int(let i): return pythonHash(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return FloatMath.hash(d)
        case .str(let s): return s.hash
        case .none: return 0x5F3759DF
        case .null: return 0
        case .object(let o): return try objectHash(key, o)
        }
    }

    private func objectHash(_ key: Value, _ o: PyObject) throws -> Int {
        switch o {
        case let b as PyBigInt: return b.value.pythonHash
        case let t as PyTuple where userMethod(key, "__hash__") == nil: return try tupleHash(t.items)
        case let r as PyRange: return try tupleHash(rangeHashItems(r))
        case let s as PySet where s.isFrozen:
            var h = 0
            for v in s.elements { h ^= try hash(v) &* 0x9E37_79B9 }
            return h == -1 ? -2 : h
        case is PyList, is PyDict, is PySet:
            throw unhashable(key)
        default:
            if o.type.isHeapType, let method = o.type.lookup("__hash__") {
                if method.isNone { throw unhashable(key) }
                if case .object(let f) = method, !(f is PyBuiltinFunction) {
                    let r = try callMethod(method, receiver: key, CallArgs())
                    guard let n = integer(r) else { throw PyError.type("__hash__ method should return an integer") }
                    switch n {
                    case .small(let i): return i == -1 ? -2 : i
                    case .big(let b): return b.pythonHash
                    }
                }
            }
            return identityHash(o)
        }
    }

    /// CPython's tuple hash (xxHash-based), so tuples of ints order sets as there.
    private func tupleHash(_ items: [Value]) throws -> Int {
        let prime1: UInt64 = 11_400_714_785_074_694_791
        let prime2: UInt64 = 14_029_467_366_897_019_727
        let prime5: UInt64 = 2_870_177_450_012_600_261
        var acc = prime5
        for item in items {
            let lane = UInt64(bitPattern: Int64(try hash(item)))
            acc = acc &+ lane &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt64(items.count) ^ (prime5 ^ 3_527_539))
        if acc == UInt64.max { return 1_546_275_796 }
        return Int(bitPattern: UInt(acc))
    }

    /// Objects without `__eq__` hash by identity.
    func identityHash(_ o: AnyObject) -> Int {
        let address = UInt(bitPattern: ObjectIdentifier(o))
        return Int(bitPattern: (address >> 4) | (address << (UInt.bitWidth - 4)))
    }

    private func unhashable(_ v: Value) -> PyBaseException {
        PyError.type("unhashable type: '\(typeName(v))'")
    }

    /// `KeyHashing`'s key equality: Python `==`.
    func equal(_ a: Value, _ b: Value) throws -> Bool { try equals(a, b) }
}
