import PyNumerics

/// Range operations for both forms of `PyRange`: the Int fast path and the
/// exact form for ranges beyond Int.
extension VM {
    /// `len(range)`, failing as CPython does when the length doesn't fit.
    func rangeLength(_ r: PyRange) throws -> Int {
        guard let b = r.big else { return r.count }
        guard let n = b.length.asInt else { throw PyError.overflow("Python int too large to convert to C ssize_t") }
        return n
    }

    func rangeIterator(_ r: PyRange) -> Value {
        guard let b = r.big else { return .object(PyRangeIterator(r)) }
        return bigRangeIterator(first: b.start, step: b.step, count: b.length)
    }

    func reversedRangeIterator(_ r: PyRange) -> Value {
        guard let b = r.big else {
            return .object(PyRangeIterator(start: r.item(r.count - 1), step: 0 &- r.step, count: r.count))
        }
        let (first, step) = b.reversedStart
        return bigRangeIterator(first: first, step: step, count: b.length)
    }

    /// CPython's `longrange_iterator`: items as exact ints.
    private func bigRangeIterator(first: BigInt, step: BigInt, count: BigInt) -> Value {
        var next = first
        var remaining = count
        return .object(PyNativeIterator(type: BuiltinTypes.longRangeIterator) {
            guard !remaining.isZero else { return nil }
            defer {
                next += step
                remaining -= .one
            }
            return .integer(next)
        })
    }

    /// `range[key]` for an index or a slice.
    func rangeItem(_ r: PyRange, _ key: Value) throws -> Value {
        if let slice = key.asObject as? PySlice { return .object(try rangeSlice(r, slice)) }
        guard let n = try integerOrIndex(key) else {
            throw PyError.type("range indices must be integers or slices, not \(typeName(key))")
        }
        let message = "range object index out of range"
        if r.big == nil, case .small(let i) = n { return .int(r.item(try position(i, count: r.count, message))) }
        guard let item = r.exact.item(atIndex: n.bigValue) else { throw PyError.index(message) }
        return .integer(item)
    }

    private func rangeSlice(_ r: PyRange, _ s: PySlice) throws -> PyRange {
        func part(_ v: Value) throws -> BigInt? {
            if v.isNone { return nil }
            guard let n = try integerOrIndex(v) else {
                throw PyError.type("slice indices must be integers or None or have an __index__ method")
            }
            return n.bigValue
        }
        let step = try part(s.step) ?? .one
        if step.isZero { throw PyError.value("slice step cannot be zero") }
        return PyRange(r.exact.slice(start: try part(s.start), stop: try part(s.stop), step: step))
    }

    /// `n in range` for an int, by arithmetic.
    func rangeContains(_ r: PyRange, _ n: PyInteger) -> Bool {
        if r.big == nil, case .small(let i) = n { return r.position(of: i) != nil }
        return r.exact.index(of: n.bigValue) != nil
    }

    func rangesEqual(_ a: PyRange, _ b: PyRange) -> Bool {
        guard a.big == nil && b.big == nil else { return a.exact.sameItems(as: b.exact) }
        return a.count == b.count && (a.count == 0 || (a.start == b.start && (a.count == 1 || a.step == b.step)))
    }

    func rangeRepr(_ r: PyRange) throws -> String {
        guard let b = r.big else {
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        }
        let parts = b.step == .one ? [b.start, b.stop] : [b.start, b.stop, b.step]
        let texts = try parts.map { n in try numeric { () throws(NumericError) in try n.pythonStr() } }
        return "range(\(texts.joined(separator: ", ")))"
    }

    /// The tuple CPython hashes for a range: (len, start, step), with None for
    /// the parts that don't decide which items it holds.
    func rangeHashItems(_ r: PyRange) -> [Value] {
        let b = r.exact
        if b.length.isZero { return [.int(0), .none, .none] }
        if b.length == .one { return [.int(1), .integer(b.start), .none] }
        return [.integer(b.length), .integer(b.start), .integer(b.step)]
    }
}
