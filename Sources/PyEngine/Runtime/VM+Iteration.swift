/// The iterator protocol: `iter()`, `next()`, unpacking and `len()`.
extension VM {
    func getIterator(_ v: Value) throws -> Value {
        switch v {
        case .str(let s):
            let scalars = s.scalars
            var i = 0
            return .object(PyNativeIterator(type: BuiltinTypes.strIterator) {
                guard i < scalars.count else { return nil }
                defer { i += 1 }
                return .string(String(scalars[i]))
            })
        case .object(let o):
            switch o {
            case let l as PyList where !o.type.isHeapType || userMethod(v, "__iter__") == nil:
                return .object(PySequenceIterator(list: l))
            case let t as PyTuple where !o.type.isHeapType || userMethod(v, "__iter__") == nil:
                return .object(PySequenceIterator(tuple: t.items))
            case let r as PyRange: return rangeIterator(r)
            case let v as PyDictView: return .object(viewIterator(v))
            case let d as PyDict where !o.type.isHeapType || userMethod(v, "__iter__") == nil:
                return .object(dictIterator(d, type: BuiltinTypes.dictKeyIterator) { key, _ in key })
            case let s as PySet:
                let elements = s.elements
                let size = s.count
                var i = 0
                return .object(PyNativeIterator(type: BuiltinTypes.setIterator) {
                    if s.count != size { throw PyError.runtime("Set changed size during iteration") }
                    guard i < elements.count else { return nil }
                    defer { i += 1 }
                    return elements[i]
                })
            case is PySequenceIterator, is PyRangeIterator, is PyNativeIterator:
                return v
            case let g as PyGenerator where g.kind == .generator:
                return v
            case is NativeAwaitIterator:  // a protocol check, so after the class checks
                return v
            default:
                return try userIterator(v)
            }
        default:
            throw notIterable(v)
        }
    }

    /// An iterator over a dict that fails if the dict changes size meanwhile.
    func dictIterator(_ d: PyDict, type: PyType, _ pick: @escaping (Value, Value) -> Value) -> PyNativeIterator {
        let startCount = d.count
        var position = 0
        return PyNativeIterator(type: type) {
            if d.count != startCount { throw PyError.runtime("dictionary changed size during iteration") }
            while position < d.rawCount {
                defer { position += 1 }
                if let e = d.rawEntry(position) { return pick(e.key, e.value) }
            }
            return nil
        }
    }

    private func userIterator(_ v: Value) throws -> Value {
        if let method = userMethod(v, "__iter__") {
            let it = try callMethod(method, receiver: v, CallArgs())
            guard isIterator(it) else {
                throw PyError.type("iter() returned non-iterator of type '\(typeName(it))'")
            }
            return it
        }
        if let getitem = userMethod(v, "__getitem__") {
            var index = 0
            return .object(PyNativeIterator(type: BuiltinTypes.iteratorType) { [unowned self] in
                do {
                    defer { index += 1 }
                    return try self.callMethod(getitem, receiver: v, CallArgs([.int(index)]))
                } catch let e as PyBaseException where e.isInstance(of: ExceptionTypes.indexError) || e.isInstance(of: ExceptionTypes.stopIteration) {
                    return nil
                }
            })
        }
        throw notIterable(v)
    }

    /// `TypeError: 'X' object is not iterable`.
    func notIterable(_ v: Value) -> PyBaseException {
        PyError.type("'\(typeName(v))' object is not iterable")
    }

    func isIterator(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if o is PySequenceIterator || o is PyRangeIterator || o is PyNativeIterator { return true }
        if let g = o as? PyGenerator { return g.kind == .generator }
        if o is NativeAwaitIterator { return true }
        return userMethod(v, "__next__") != nil
    }

    func isIterable(_ v: Value) -> Bool {
        switch v {
        case .str: return true
        case .object(let o):
            if o is PyList || o is PyTuple || o is PyDict || o is PySet || o is PyRange || o is PyDictView || isIterator(v) { return true }
            return userMethod(v, "__iter__") != nil || userMethod(v, "__getitem__") != nil
        default: return false
        }
    }

    /// The next item, or nil when the iterator is exhausted (StopIteration).
    func nextItem(_ iterator: Value) throws -> Value? {
        guard case .object(let o) = iterator else { throw notAnIterator(iterator) }
        switch o {
        case let it as PySequenceIterator: return it.next()
        case let it as PyRangeIterator: return it.advance()
        case let it as PyNativeIterator: return try it.next()
        case let g as PyGenerator where g.kind == .generator:
            switch try resume(g, sending: .none) {
            case .yielded(let v): return v
            case .returned: return nil
            }
        // After the class cases: a protocol check costs a conformance lookup.
        case let it as NativeAwaitIterator:
            if case .yielded(let v) = try it.send(self, .none) { return v }
            return nil
        default:
            guard let next = userMethod(iterator, "__next__") else { throw notAnIterator(iterator) }
            do {
                return try callMethod(next, receiver: iterator, CallArgs())
            } catch let e as PyBaseException where e.isInstance(of: ExceptionTypes.stopIteration) {
                return nil
            }
        }
    }

    /// `TypeError: 'X' object is not an iterator`.
    func notAnIterator(_ v: Value) -> PyBaseException {
        PyError.type("'\(typeName(v))' object is not an iterator")
    }

    /// All items of an iterable.
    func iterate(_ v: Value) throws -> [Value] {
        if case .object(let o) = v, !o.type.isHeapType {
            if let l = o as? PyList { return l.items }
            if let t = o as? PyTuple { return t.items }
        }
        let it = try getIterator(v)
        var items: [Value] = []
        while let x = try nextItem(it) {
            items.append(x)
            try checkMemory(items.count)
        }
        return items
    }

    /// Items for `list.extend`/`[*x]`, with CPython's message for non-iterables.
    func extendItems(_ v: Value) throws -> [Value] {
        guard isIterable(v) else {
            throw PyError.type("Value after * must be an iterable, not \(typeName(v))")
        }
        return try iterate(v)
    }

    /// `a, b = v`.
    func unpack(_ v: Value, count: Int) throws -> [Value] {
        guard isIterable(v) else { throw PyError.type("cannot unpack non-iterable \(typeName(v)) object") }
        if case .object(let o) = v, let t = o as? PyTuple, t.items.count == count { return t.items }
        let it = try getIterator(v)
        var items: [Value] = []
        while items.count <= count, let x = try nextItem(it) { items.append(x) }
        if items.count < count {
            throw PyError.value("not enough values to unpack (expected \(count), got \(items.count))")
        }
        if items.count > count {
            throw PyError.value("too many values to unpack (expected \(count))")
        }
        return items
    }

    /// `a, *b, c = v`: `before` items, the list of the rest, `after` items.
    func unpackStarred(_ v: Value, before: Int, after: Int) throws -> [Value] {
        guard isIterable(v) else { throw PyError.type("cannot unpack non-iterable \(typeName(v)) object") }
        let items = try iterate(v)
        guard items.count >= before + after else {
            throw PyError.value("not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        let middle = PyList(Array(items[before..<(items.count - after)]))
        return Array(items[..<before]) + [.object(middle)] + Array(items[(items.count - after)...])
    }

    /// `len(v)`.
    func length(of v: Value) throws -> Int {
        switch v {
        case .str(let s): return s.count
        case .object(let o):
            if !o.type.isHeapType || userMethod(v, "__len__") == nil {
                switch o {
                case let l as PyList: return l.items.count
                case let t as PyTuple: return t.items.count
                case let d as PyDict: return d.count
                case let s as PySet: return s.count
                case let r as PyRange: return try rangeLength(r)
                case let v as PyDictView: return v.dict.count
                default: break
                }
            }
            if let r = try callUserMethod(v, "__len__") {
                guard let n = integer(r) else {
                    throw PyError.notAnInteger(typeName(r))
                }
                guard case .small(let i) = n else { throw PyError.overflow("cannot fit 'int' into an index-sized integer") }
                if i < 0 { throw PyError.value("__len__() should return >= 0") }
                return i
            }
        default: break
        }
        throw PyError.type("object of type '\(typeName(v))' has no len()")
    }
}
