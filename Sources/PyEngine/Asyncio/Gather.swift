/// `asyncio.gather`: one outer future over several children. Results keep
/// argument order; without `return_exceptions` the first failure completes the
/// outer while the other children run on (R17-R20).
final class GatheringFuture: PyFuture {
    let children: [PyFuture]
    private let returnExceptions: Bool
    private var finished = 0
    private var uniqueCount = 0
    /// Set when `cancel()` reached at least one child: the outer then fails
    /// with CancelledError once every child is done.
    private var cancelRequested = false
    /// Set while `cancel()` walks the children, to stop on a cycle (a child
    /// task awaiting this gather). CPython recurses until RecursionError there.
    private var cancelling = false

    init(children: [PyFuture], loop: PyEventLoop, returnExceptions: Bool) {
        self.children = children
        self.returnExceptions = returnExceptions
        super.init(loop: loop, type: AsyncioTypes.gatheringFuture)
        var seen = Set<ObjectIdentifier>()
        for child in children where seen.insert(ObjectIdentifier(child)).inserted {
            uniqueCount += 1
            child.addCallback(.native("_done_callback") { [self] vm, done in try childDone(done, vm) })
        }
    }

    /// Cancelling the gather cancels every unfinished child.
    func cancelChildren(message: Value) -> Bool {
        logTraceback = false
        if isDone || cancelling { return false }
        cancelling = true
        defer { cancelling = false }
        var any = false
        for child in children where child.cancelAny(message: message) { any = true }
        if any { cancelRequested = true }
        return any
    }

    private func childDone(_ child: PyFuture, _ vm: VM) throws {
        finished += 1
        if isDone {
            if !child.isCancelled { child.logTraceback = false }
            return
        }
        if !returnExceptions {
            if child.isCancelled { return try setException(child.makeCancelledError(), vm) }
            if let e = try child.exception(vm) { return try setException(e, vm) }
        }
        guard finished == uniqueCount else { return }
        let results = try children.map { try outcome(of: $0, vm) }
        if cancelRequested {
            // CPython asks the last child in argument order (its loop variable), not
            // the one that finished last: that one's cancel message is what travels.
            return try setException(children[children.count - 1].makeCancelledError(), vm)
        }
        try setResult(.object(PyList(results)), vm)
    }

    /// A child's entry in the result list.
    private func outcome(of child: PyFuture, _ vm: VM) throws -> Value {
        if child.isCancelled {
            let message = child.cancelMessage.isNone ? Value.string("") : child.cancelMessage
            return .object(PyBaseException(type: AsyncioTypes.cancelledError, args: [message]))
        }
        if let e = try child.exception(vm) { return .object(e) }
        return try child.result(vm)
    }
}

extension VM {
    /// `gather(*aws, return_exceptions=False)`.
    func gather(_ args: CallArgs) throws -> Value {
        var returnExceptions = false
        for (name, value) in args.keywords {
            guard name == "return_exceptions" else {
                throw PyError.type("gather() got an unexpected keyword argument '\(name)'")
            }
            returnExceptions = try isTrue(value)
        }
        if args.positional.isEmpty {
            let loop = try currentEventLoop()
            let outer = PyFuture(loop: loop)
            try outer.setResult(.object(PyList([])), self)
            return .object(outer)
        }
        var children: [PyFuture] = []
        var loop: PyEventLoop?
        var byArgument: [ObjectIdentifier: PyFuture] = [:]
        for arg in args.positional {
            if let o = arg.asObject, let known = byArgument[ObjectIdentifier(o)] {
                children.append(known)
                continue
            }
            let child = try ensureFuture(arg, loop: loop)
            if child !== arg.asObject { (child as? PyTask)?.logDestroyPending = false }
            loop = loop ?? child.loop
            if let o = arg.asObject { byArgument[ObjectIdentifier(o)] = child }
            children.append(child)
        }
        return .object(GatheringFuture(children: children, loop: loop!, returnExceptions: returnExceptions))
    }
}
