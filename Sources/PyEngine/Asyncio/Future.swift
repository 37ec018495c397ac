/// `asyncio.Future`: a result that arrives later. Completing it queues every
/// done-callback with `call_soon`, in registration order (R8).
class PyFuture: PyObject {
    enum State { case pending, cancelled, finished }

    /// A done-callback: a Python callable, engine code, or a task's wakeup.
    enum Callback {
        case python(Value)
        case native(String, (VM, PyFuture) throws -> Void)
        /// `Task.__wakeup`: the task awaiting this future takes its next step.
        case wakeup(PyTask)
    }

    let loop: PyEventLoop
    private(set) var state = State.pending
    private(set) var resultValue = Value.none
    private(set) var exceptionValue: PyBaseException?
    private(set) var callbacks: [Callback] = []
    /// `_asyncio_future_blocking`: set by `__await__` when it yields this future,
    /// so a task can tell `await fut` from a stray `yield fut`.
    var blocking = false
    /// The message given to `cancel(msg)`.
    var cancelMessage = Value.none
    /// The CancelledError a task ended with, handed once to its awaiter (R28).
    var cancelledError: PyBaseException?
    /// Set when an exception is stored and nobody has looked at it yet (R39).
    var logTraceback = false

    init(loop: PyEventLoop, type: PyType = AsyncioTypes.future) {
        self.loop = loop
        super.init(type: type)
    }

    /// A copy of a dying future for the exception handler to show: Swift cannot
    /// resurrect the original the way CPython's `__del__` hands out `self`.
    init(finalizing other: PyFuture) {
        loop = other.loop
        state = other.state
        resultValue = other.resultValue
        exceptionValue = other.exceptionValue
        callbacks = other.callbacks
        cancelMessage = other.cancelMessage
        super.init(type: other.type)
    }

    /// `__del__`: "Future exception was never retrieved" (tasks report in their own deinit).
    deinit {
        if logTraceback, let vm = loop.vm { vm.reportNeverRetrieved(PyFuture(finalizing: self)) }
    }

    var isDone: Bool { state != .pending }
    var isCancelled: Bool { state == .cancelled }

    // MARK: Completion

    func setResult(_ value: Value, _ vm: VM) throws {
        guard state == .pending else { throw invalidState("invalid state") }
        resultValue = value
        state = .finished
        scheduleCallbacks()
    }

    func setException(_ exc: PyBaseException, _ vm: VM) throws {
        guard state == .pending else { throw invalidState("invalid state") }
        // The C Future checks the exact class: subclasses of StopIteration pass.
        if exc.type === ExceptionTypes.stopIteration {
            throw PyError.type("StopIteration interacts badly with generators and cannot be raised into a Future")
        }
        exceptionValue = exc
        state = .finished
        logTraceback = true
        scheduleCallbacks()
    }

    /// `cancel(msg)`: False when already done.
    func cancel(message: Value = .none) -> Bool {
        logTraceback = false
        guard state == .pending else { return false }
        state = .cancelled
        cancelMessage = message
        scheduleCallbacks()
        return true
    }

    private func scheduleCallbacks() {
        let queued = callbacks
        callbacks.removeAll()
        for cb in queued { schedule(cb) }
    }

    private func schedule(_ cb: Callback) {
        switch cb {
        case .python(let fn):
            loop.callSoon(.call(fn, [.object(self)]))
        case .native(let name, let body):
            loop.callSoon(.native(name) { [self] vm in try body(vm, self) })
        case .wakeup(let task):
            loop.enqueue(.wakeup(task, self))
        }
    }

    // MARK: Reading

    /// `result()`: the value, the stored exception, or CancelledError.
    func result(_ vm: VM) throws -> Value {
        switch state {
        case .cancelled: throw makeCancelledError()
        case .pending: throw invalidState("Result is not set.")
        case .finished:
            logTraceback = false
            if let e = exceptionValue { throw e }
            return resultValue
        }
    }

    /// `exception()`.
    func exception(_ vm: VM) throws -> PyBaseException? {
        switch state {
        case .cancelled: throw makeCancelledError()
        case .pending: throw invalidState("Exception is not set.")
        case .finished:
            logTraceback = false
            return exceptionValue
        }
    }

    /// The CancelledError to raise: a task's own one once, then fresh ones.
    func makeCancelledError() -> PyBaseException {
        if let e = cancelledError {
            cancelledError = nil
            return e
        }
        let args: [Value] = cancelMessage.isNone ? [] : [cancelMessage]
        return PyBaseException(type: AsyncioTypes.cancelledError, args: args)
    }

    // MARK: Callbacks

    /// `add_done_callback`: on a done future the callback is queued at once.
    func addCallback(_ cb: Callback) {
        if isDone { schedule(cb) } else { callbacks.append(cb) }
    }

    /// `remove_done_callback(fn)`: how many were removed.
    func removeCallback(_ fn: Value, _ vm: VM) throws -> Int {
        var kept: [Callback] = []
        for cb in callbacks {
            if case .python(let f) = cb, try vm.sameItem(f, fn) { continue }
            kept.append(cb)
        }
        defer { callbacks = kept }
        return callbacks.count - kept.count
    }

    /// Drops the engine-installed callbacks registered under `name`.
    func removeNativeCallbacks(named name: String) {
        callbacks.removeAll { if case .native(name, _) = $0 { return true } else { return false } }
    }

    /// An `asyncio.InvalidStateError` with `message`.
    func invalidState(_ message: String) -> PyBaseException {
        PyBaseException(AsyncioTypes.invalidStateError, message)
    }
}
