/// Subscripts: `x[i]`, `x[a:b:c]`, `x[k] = v`, `del x[k]`.
extension VM {
    func getItem(_ container: Value, _ key: Value) throws -> Value {
        switch container {
        case .str(let s):
            let scalars = s.scalars
            if let slice = key.asObject as? PySlice {
                let picked = try sliceIndices(slice, count: scalars.count).map { scalars[$0] }
                var out = ""
                out.unicodeScalars.append(contentsOf: picked)
                return .string(out)
            }
            guard let i = try indexValue(key) else {
                throw PyError.type("string indices must be integers, not '\(typeName(key))'")
            }
            let at = try position(i, count: scalars.count, "string index out of range")
            return .string(String(scalars[at]))
        case .object(let o):
            if o.type.isHeapType, let r = try callUserMethod(container, "__getitem__", [key]) { return r }
            if case .int(let i) = key {
                // The common `items[i]`, without the slice and `__index__` checks.
                if let l = o as? PyList { return l.items[try position(i, count: l.items.count, "list index out of range")] }
                if let t = o as? PyTuple { return t.items[try position(i, count: t.items.count, "tuple index out of range")] }
            }
            switch o {
            case let l as PyList: return try sequenceSubscript(l.items, key, "list") { .object(PyList($0)) }
            case let t as PyTuple: return try sequenceSubscript(t.items, key, "tuple") { .object(PyTuple($0)) }
            case let d as PyDict:
                if let v = try d.get(key, self) { return v }
                if let missing = o.type.isHeapType ? o.type.lookup("__missing__") : nil {
                    return try callMethod(missing, receiver: container, CallArgs([key]))
                }
                if !d.defaultFactory.isNull {
                    if d.defaultFactory.isNone { throw PyError.key(key) }
                    let v = try call(d.defaultFactory, CallArgs())
                    try d.set(key, v, self)
                    return v
                }
                throw PyError.key(key)
            case let r as PyRange: return try rangeItem(r, key)
            case let t as PyType:
                if let hook = t.lookup("__class_getitem__") { return try call(try bind(hook, to: .none, t, viaClass: true), CallArgs([key])) }
                if !t.isHeapType { return container }
                throw PyError.type("type '\(t.name)' is not subscriptable")
            default: break
            }
        default: break
        }
        throw PyError.type("'\(typeName(container))' object is not subscriptable")
    }

    /// `seq[i]` or `seq[a:b:c]` on a list's or tuple's items, never dispatching
    /// to a subclass's `__getitem__` (which may be what called this).
    func sequenceSubscript(_ items: [Value], _ key: Value, _ kind: String, make: ([Value]) -> Value) throws -> Value {
        if let slice = key.asObject as? PySlice {
            return make(try sliceIndices(slice, count: items.count).map { items[$0] })
        }
        guard let i = try indexValue(key) else {
            throw PyError.type("\(kind) indices must be integers or slices, not \(typeName(key))")
        }
        return items[try position(i, count: items.count, "\(kind) index out of range")]
    }

    /// A Python index (negative counts from the end) checked against `count`.
    /// The message is only built on failure (it is often interpolated).
    func position(_ i: Int, count: Int, _ message: @autoclosure () -> String) throws -> Int {
        let at = i < 0 ? i + count : i
        guard at >= 0 && at < count else { throw PyError.index(message()) }
        return at
    }

    /// An int, bool or object with `__index__` as a Swift Int; nil if not an index.
    func indexValue(_ v: Value) throws -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if o is PyBigInt {
                throw PyError.index("cannot fit 'int' into an index-sized integer")
            }
            if let r = try callUserMethod(v, "__index__") {
                guard case .int(let i) = r else {
                    throw PyError.type("__index__ returned non-int (type \(typeName(r)))")
                }
                return i
            }
            return nil
        default: return nil
        }
    }

    // MARK: Slices

    private func sliceStep(_ s: PySlice) throws -> Int {
        if s.step.isNone { return 1 }
        guard let step = try indexValue(s.step) else { throw sliceTypeError() }
        if step == 0 { throw PyError.value("slice step cannot be zero") }
        return step
    }

    private func sliceTypeError() -> PyBaseException {
        PyError.type("slice indices must be integers or None or have an __index__ method")
    }

    /// The positions a slice selects in a sequence of `count` items, in order.
    func sliceIndices(_ s: PySlice, count: Int) throws -> [Int] {
        let step = try sliceStep(s)
        func bound(_ v: Value, _ defaultValue: Int) throws -> Int {
            if v.isNone { return defaultValue }
            guard let i = try indexValue(v) else { throw sliceTypeError() }
            return Self.clampedSliceBound(i, count: count, step: step)
        }
        let start = try bound(s.start, step < 0 ? count - 1 : 0)
        let stop = try bound(s.stop, step < 0 ? -1 : count)
        var result: [Int] = []
        var i = start
        while step > 0 ? i < stop : i > stop {
            result.append(i)
            i += step
        }
        return result
    }

    /// A given slice bound clamped to a sequence of `count` items: negative
    /// counts from the end, and out-of-range bounds stop at the edge the step
    /// walks towards.
    static func clampedSliceBound(_ i: Int, count: Int, step: Int) -> Int {
        if i < 0 {
            let fromEnd = i + count
            return fromEnd < 0 ? (step < 0 ? -1 : 0) : fromEnd
        }
        return i >= count ? (step < 0 ? count - 1 : count) : i
    }

    // MARK: Assignment and deletion

    func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
        if case .object(let o) = container {
            if o.type.isHeapType, let method = userMethod(container, "__setitem__") {
                _ = try callMethod(method, receiver: container, CallArgs([key, value]))
                return
            }
            switch o {
            case let l as PyList:
                if let slice = key.asObject as? PySlice { return try assignSlice(l, slice, value) }
                guard let i = try indexValue(key) else {
                    throw PyError.type("list indices must be integers or slices, not \(typeName(key))")
                }
                l.items[try position(i, count: l.items.count, "list assignment index out of range")] = value
                return
            case let d as PyDict:
                try d.set(key, value, self)
                return
            default: break
            }
        }
        throw PyError.type("'\(typeName(container))' object does not support item assignment")
    }

    private func assignSlice(_ l: PyList, _ slice: PySlice, _ value: Value) throws {
        let newItems = try iterate(value)
        let step = try sliceStep(slice)
        let picked = try sliceIndices(slice, count: l.items.count)
        if step == 1 {
            let start = try picked.first ?? sliceStart(slice, count: l.items.count)
            l.items.replaceSubrange(start..<(start + picked.count), with: newItems)
            return
        }
        guard picked.count == newItems.count else {
            throw PyError.value("attempt to assign sequence of size \(newItems.count) to extended slice of size \(picked.count)")
        }
        for (i, v) in zip(picked, newItems) { l.items[i] = v }
    }

    /// Where an empty step-1 slice starts (for insertion: `a[2:2] = [x]`).
    private func sliceStart(_ s: PySlice, count: Int) throws -> Int {
        if s.start.isNone { return 0 }
        guard let i = try indexValue(s.start) else { throw sliceTypeError() }
        return i < 0 ? max(0, i + count) : min(i, count)
    }

    func deleteItem(_ container: Value, _ key: Value) throws {
        if case .object(let o) = container {
            if o.type.isHeapType, let method = userMethod(container, "__delitem__") {
                _ = try callMethod(method, receiver: container, CallArgs([key]))
                return
            }
            switch o {
            case let l as PyList:
                if let slice = key.asObject as? PySlice {
                    let doomed = Set(try sliceIndices(slice, count: l.items.count))
                    l.items = l.items.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
                    return
                }
                guard let i = try indexValue(key) else {
                    throw PyError.type("list indices must be integers or slices, not \(typeName(key))")
                }
                l.items.remove(at: try position(i, count: l.items.count, "list assignment index out of range"))
                return
            case let d as PyDict:
                if try d.remove(key, self) == nil { throw PyError.key(key) }
                return
            default: break
            }
        }
        throw PyError.type("'\(typeName(container))' object doesn't support item deletion")
    }
}
