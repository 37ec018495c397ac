/// `range` and `slice`: constructors, attributes and methods. Also installs
/// the iteration builtins, which build on these sequences.
extension Builtins {
    static func installRange() {
        let range = BuiltinTypes.range
        range.constructor = { vm, _, args in
            if !args.keywords.isEmpty { throw PyError.type("range() takes no keyword arguments") }
            try args.expect("range", min: 1, max: 3)
            let parts = try args.positional.map { try rangeBound(vm, $0) }
            let step = parts.count == 3 ? parts[2] : 1
            if step == 0 { throw PyError.value("range() arg 3 must not be zero") }
            if parts.count == 1 { return .object(PyRange(start: 0, stop: parts[0], step: 1)) }
            return .object(PyRange(start: parts[0], stop: parts[1], step: step))
        }
        range.addGetter("start") { _, v in .int((v.asObject as! PyRange).start) }
        range.addGetter("stop") { _, v in .int((v.asObject as! PyRange).stop) }
        range.addGetter("step") { _, v in .int((v.asObject as! PyRange).step) }
        range.addMethod("index", on: PyRange.self, arity: 1...1) { vm, r, args in
            if try vm.contains(.object(r), args[0]), let i = vm.integer(args[0]), case .small(let n) = i {
                return .int((n - r.start) / r.step)
            }
            throw PyError.value("\(try vm.repr(args[0])) is not in range")
        }
        range.addMethod("count", on: PyRange.self, arity: 1...1) { vm, r, args in
            .int(try vm.contains(.object(r), args[0]) ? 1 : 0)
        }
        range.addMethod("__len__", on: PyRange.self, arity: 0...0) { _, r, _ in .int(r.count) }
        range.addMethod("__contains__", on: PyRange.self, arity: 1...1) { vm, r, args in .bool(try vm.contains(.object(r), args[0])) }
        range.addMethod("__iter__", on: PyRange.self, arity: 0...0) { _, r, _ in .object(PyRangeIterator(r)) }
        range.addMethod("__getitem__", on: PyRange.self, arity: 1...1) { vm, r, args in try vm.getItem(.object(r), args[0]) }
        range.addMethod("__reversed__", on: PyRange.self, arity: 0...0) { _, r, _ in .object(PyRangeIterator(r.reversed)) }
        installSlice()
        installIterationBuiltins()
    }

    /// A range argument: an int that fits in 64 bits (the engine's limit).
    private static func rangeBound(_ vm: VM, _ v: Value) throws -> Int {
        switch vm.integer(v) {
        case .small(let i): return i
        case .big: throw PyError.overflow("range() arguments must fit in 64 bits in LoopLab's engine")
        case nil: return try vm.intArgument(v)
        }
    }

    private static func installSlice() {
        let slice = BuiltinTypes.slice
        slice.constructor = { _, _, args in
            if !args.keywords.isEmpty { throw PyError.type("slice() takes no keyword arguments") }
            try args.expect("slice", min: 1, max: 3)
            let p = args.positional
            if p.count == 1 { return .object(PySlice(start: .none, stop: p[0], step: .none)) }
            return .object(PySlice(start: p[0], stop: p[1], step: p.count == 3 ? p[2] : .none))
        }
        slice.addGetter("start") { _, v in (v.asObject as! PySlice).start }
        slice.addGetter("stop") { _, v in (v.asObject as! PySlice).stop }
        slice.addGetter("step") { _, v in (v.asObject as! PySlice).step }
        slice.addMethod("indices", on: PySlice.self, arity: 1...1) { vm, s, args in
            let length = try vm.intArgument(args[0])
            if length < 0 { throw PyError.value("length should not be negative") }
            let (start, stop, step) = try vm.sliceBounds(s, count: length)
            return .object(PyTuple([.int(start), .int(stop), .int(step)]))
        }
    }
}

extension PyRange {
    /// The same items in the opposite order.
    var reversed: PyRange {
        let last = start + (count - 1) * step
        return PyRange(start: last, stop: start - step, step: -step)
    }
}

extension VM {
    /// A slice's (start, stop, step) clamped to a sequence of `count` items, as
    /// `slice.indices` reports them.
    func sliceBounds(_ s: PySlice, count: Int) throws -> (Int, Int, Int) {
        let step = s.step.isNone ? 1 : try intArgument(s.step)
        if step == 0 { throw PyError.value("slice step cannot be zero") }
        func bound(_ v: Value, _ defaultValue: Int) throws -> Int {
            if v.isNone { return defaultValue }
            var i = try intArgument(v)
            if i < 0 {
                i += count
                if i < 0 { i = step < 0 ? -1 : 0 }
            } else if i >= count {
                i = step < 0 ? count - 1 : count
            }
            return i
        }
        return (try bound(s.start, step < 0 ? count - 1 : 0), try bound(s.stop, step < 0 ? -1 : count), step)
    }
}
