import PyNumerics

/// `range` and `slice`: constructors, attributes and methods. Also installs
/// the iteration builtins, which build on these sequences.
extension Builtins {
    static func installRange() {
        let range = BuiltinTypes.range
        range.constructor = { vm, _, args in
            if !args.keywords.isEmpty { throw PyError.type("range() takes no keyword arguments") }
            try args.expect("range", min: 1, max: 3)
            return .object(try makeRange(vm, args.positional))
        }
        range.addGetter("start") { _, v in rangeBound(v) { $0.start } big: { $0.start } }
        range.addGetter("stop") { _, v in rangeBound(v) { $0.stop } big: { $0.stop } }
        range.addGetter("step") { _, v in rangeBound(v) { $0.step } big: { $0.step } }
        range.addMethod("index", on: PyRange.self, arity: 1...1) { vm, r, args in try rangeIndex(vm, r, args[0]) }
        range.addMethod("count", on: PyRange.self, arity: 1...1) { vm, r, args in
            if vm.integer(args[0]) != nil { return .int(try vm.contains(.object(r), args[0]) ? 1 : 0) }
            var n = 0
            let it = vm.rangeIterator(r)
            while let v = try vm.nextItem(it) {
                if try vm.equals(v, args[0]) { n += 1 }
            }
            return .int(n)
        }
        range.addMethod("__len__", on: PyRange.self, arity: 0...0) { vm, r, _ in .int(try vm.rangeLength(r)) }
        range.addMethod("__contains__", on: PyRange.self, arity: 1...1) { vm, r, args in .bool(try vm.contains(.object(r), args[0])) }
        range.addMethod("__iter__", on: PyRange.self, arity: 0...0) { vm, r, _ in vm.rangeIterator(r) }
        range.addMethod("__getitem__", on: PyRange.self, arity: 1...1) { vm, r, args in try vm.getItem(.object(r), args[0]) }
        range.addMethod("__reversed__", on: PyRange.self, arity: 0...0) { vm, r, _ in vm.reversedRangeIterator(r) }
        installSlice()
        installIterationBuiltins()
    }

    /// `range(stop)` or `range(start, stop[, step])` from any ints.
    private static func makeRange(_ vm: VM, _ args: [Value]) throws -> PyRange {
        let parts = try args.map { try vm.indexInteger($0) }
        let step = parts.count == 3 ? parts[2] : .small(1)
        if step == .small(0) { throw PyError.value("range() arg 3 must not be zero") }
        let start = parts.count == 1 ? .small(0) : parts[0]
        let stop = parts.count == 1 ? parts[0] : parts[1]
        if case .small(let first) = start, case .small(let end) = stop, case .small(let by) = step {
            return PyRange(start: first, stop: end, step: by)
        }
        return PyRange(BigRange(start: start.bigValue, stop: stop.bigValue, step: step.bigValue))
    }

    /// One of start, stop or step, from whichever form the range uses.
    private static func rangeBound(_ v: Value, small: (PyRange) -> Int, big: (BigRange) -> BigInt) -> Value {
        let r = v.asObject as! PyRange
        if let b = r.big { return .integer(big(b)) }
        return .int(small(r))
    }

    /// `range.index(x)`: arithmetic for ints, a search for anything else.
    private static func rangeIndex(_ vm: VM, _ r: PyRange, _ x: Value) throws -> Value {
        if let n = vm.integer(x) {
            if r.big == nil, case .small(let i) = n {
                if let at = r.position(of: i) { return .int(at) }
            } else if let at = r.exact.index(of: n.bigValue) {
                return .integer(at)
            }
            throw PyError.value("\(try vm.repr(x)) is not in range")
        }
        var position = 0
        let it = vm.rangeIterator(r)
        while let v = try vm.nextItem(it) {
            if try vm.equals(v, x) { return .int(position) }
            position += 1
        }
        throw PyError.value("sequence.index(x): x not in sequence")
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

extension VM {
    /// A slice's (start, stop, step) clamped to a sequence of `count` items, as
    /// `slice.indices` reports them.
    func sliceBounds(_ s: PySlice, count: Int) throws -> (Int, Int, Int) {
        let step = s.step.isNone ? 1 : try intArgument(s.step)
        if step == 0 { throw PyError.value("slice step cannot be zero") }
        func bound(_ v: Value, _ defaultValue: Int) throws -> Int {
            if v.isNone { return defaultValue }
            return Self.clampedSliceBound(try intArgument(v), count: count, step: step)
        }
        return (try bound(s.start, step < 0 ? count - 1 : 0), try bound(s.stop, step < 0 ? -1 : count), step)
    }
}
