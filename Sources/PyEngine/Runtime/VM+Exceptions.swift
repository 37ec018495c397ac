/// Raising and catching: `raise`, `except` matching, and exception groups for
/// `except*`.
extension VM {
    /// `raise`, `raise exc`, `raise exc from cause`.
    func raise(_ frame: Frame, argc: Int) throws {
        if argc == 0 {
            guard let current = exceptionState.current else {
                throw PyError.runtime("No active exception to reraise")
            }
            reraising = true
            throw current
        }
        let causeValue: Value? = argc == 2 ? frame.pop() : nil
        let exc = try exceptionInstance(frame.pop(), "exceptions must derive from BaseException")
        if let causeValue {
            if causeValue.isNone {
                exc.cause = nil
            } else {
                exc.cause = try exceptionInstance(causeValue, "exception causes must derive from BaseException")
            }
            exc.suppressContext = true
        }
        attachContext(to: exc)
        throw exc
    }

    /// An exception object from `raise X`: an instance, or a class to instantiate.
    func exceptionInstance(_ v: Value, _ message: String) throws -> PyBaseException {
        guard case .object(let o) = v else { throw PyError.type(message) }
        if let e = o as? PyBaseException { return e }
        if let cls = o as? PyType, cls.isSubtype(of: ExceptionTypes.baseException) {
            let made = try call(v, CallArgs())
            guard case .object(let m) = made, let e = m as? PyBaseException else {
                throw PyError.type("calling \(try repr(v)) should have returned an instance of BaseException, not \(typeName(made))")
            }
            return e
        }
        throw PyError.type(message)
    }

    /// `except cls:` — whether exc is an instance of cls (a class or tuple of classes).
    func exceptionMatches(_ exc: Value, _ cls: Value) throws -> Bool {
        guard case .object(let o) = exc, let e = o as? PyBaseException else { return false }
        return try exceptionClasses(cls).contains { e.isInstance(of: $0) }
    }

    private func exceptionClasses(_ cls: Value) throws -> [PyType] {
        let message = "catching classes that do not inherit from BaseException is not allowed"
        guard case .object(let o) = cls else { throw PyError.type(message) }
        if let t = o as? PyType, t.isSubtype(of: ExceptionTypes.baseException) { return [t] }
        if let tuple = o as? PyTuple { return try tuple.items.flatMap { try exceptionClasses($0) } }
        throw PyError.type(message)
    }

    // MARK: Exception groups

    /// `checkEgMatch`: (rest, match) of exc against cls; match is None when
    /// nothing matched, and rest is then exc itself.
    func splitExceptionGroup(_ exc: Value, _ cls: Value) throws -> (Value, Value) {
        let classes = try exceptionClasses(cls)
        if classes.contains(where: { $0.isSubtype(of: ExceptionTypes.baseExceptionGroup) }) {
            throw PyError.type("catching ExceptionGroup with except* is not allowed. Use except instead.")
        }
        guard case .object(let o) = exc, let e = o as? PyBaseException else { return (exc, .none) }
        let matches: (PyBaseException) -> Bool = { leaf in classes.contains { leaf.isInstance(of: $0) } }
        if !isGroup(e) {
            guard matches(e) else { return (exc, .none) }
            let wrapped = makeGroup(message: "", [e])
            // CPython wraps a naked exception with a tuple, not a list.
            wrapped.args[1] = .object(PyTuple([exc]))
            wrapped.traceback = e.traceback
            exceptionState.exception = wrapped
            return (.none, .object(wrapped))
        }
        let (match, rest) = try split(e, matches)
        guard let match else { return (exc, .none) }
        exceptionState.exception = match
        return (rest.map { .object($0) } ?? .none, .object(match))
    }

    func isGroup(_ e: PyBaseException) -> Bool { e.isInstance(of: ExceptionTypes.baseExceptionGroup) }

    /// Partitions a group's leaves, keeping its nesting, message and metadata.
    func split(_ e: PyBaseException, _ matches: (PyBaseException) throws -> Bool) throws -> (PyBaseException?, PyBaseException?) {
        if try matches(e) { return (e, nil) }
        guard isGroup(e) else { return (nil, e) }
        var matched: [PyBaseException] = [], rest: [PyBaseException] = []
        for child in e.groupExceptions {
            let (m, r) = try split(child, matches)
            if let m { matched.append(m) }
            if let r { rest.append(r) }
        }
        let m = matched.isEmpty ? nil : try derive(e, matched)
        let r = rest.isEmpty ? nil : try derive(e, rest)
        return (m, r)
    }

    /// `e.derive(exceptions)` (which a subclass may override), with e's metadata.
    private func derive(_ e: PyBaseException, _ exceptions: [PyBaseException]) throws -> PyBaseException {
        let list = Value.object(PyList(exceptions.map { .object($0) }))
        let derived = try callMethod(e.type.lookup("derive") ?? .none, receiver: .object(e), CallArgs([list]))
        guard let g = derived.asObject as? PyBaseException, isGroup(g) else {
            throw PyError.type("derive must return an instance of BaseExceptionGroup")
        }
        g.traceback = e.traceback
        g.cause = e.cause
        g.context = e.context
        g.suppressContext = e.suppressContext
        if let notes = e.dict.get("__notes__") { g.dict.set("__notes__", notes) }
        return g
    }

    /// An ExceptionGroup, or BaseExceptionGroup when some member is not an Exception.
    func makeGroup(message: String, _ exceptions: [PyBaseException]) -> PyBaseException {
        let allExceptions = exceptions.allSatisfy { $0.isInstance(of: ExceptionTypes.exception) }
        let type = allExceptions ? ExceptionTypes.exceptionGroup : ExceptionTypes.baseExceptionGroup
        let g = PyBaseException(type: type, args: [.string(message), .object(PyList(exceptions.map { .object($0) }))])
        g.groupMessage = message
        g.groupExceptions = exceptions
        return g
    }

    /// `prepReraiseStar`: what a `try/except*` raises once its handlers ran:
    /// re-raised parts keep the original group's shape; new exceptions join them.
    func prepareReraiseStar(_ original: Value, _ raisedList: Value) throws -> Value {
        guard case .object(let lo) = raisedList, let list = lo as? PyList else { throw internalError("prepReraiseStar") }
        let raised = list.items.compactMap { $0.asObject as? PyBaseException }
        guard case .object(let oo) = original, let orig = oo as? PyBaseException else {
            return raised.first.map { .object($0) } ?? .none
        }
        if !isGroup(orig) { return raised.first.map { .object($0) } ?? .none }
        let originalLeaves = Set(leaves(orig).map(ObjectIdentifier.init))
        var reraisedLeaves = Set<ObjectIdentifier>()
        var fresh: [PyBaseException] = []
        for e in raised {
            let ids = leaves(e).map(ObjectIdentifier.init)
            if !ids.isEmpty && ids.allSatisfy(originalLeaves.contains) {
                reraisedLeaves.formUnion(ids)
            } else {
                fresh.append(e)
            }
        }
        let kept = try split(orig) { reraisedLeaves.contains(ObjectIdentifier($0)) && !self.isGroup($0) }.0
        if fresh.isEmpty { return kept.map { .object($0) } ?? .none }
        let all = fresh + (kept.map { [$0] } ?? [])
        if all.count == 1 { return .object(all[0]) }
        return .object(makeGroup(message: "", all))
    }

    private func leaves(_ e: PyBaseException) -> [PyBaseException] {
        isGroup(e) ? e.groupExceptions.flatMap(leaves) : [e]
    }
}
