/// `asyncio.Task`: a future that drives a coroutine one step at a time. A step
/// sends into (or throws into) the coroutine until it yields a pending future
/// (the task sleeps until that future is done) or a bare `None` (`sleep(0)`:
/// the next step is queued at once), or finishes.
final class PyTask: PyFuture {
    let coro: PyGenerator
    var name: String
    /// `_fut_waiter`: the future this task waits for.
    var waiter: PyFuture?
    /// A cancel that arrived while no future could carry it (R27b).
    var mustCancel = false
    /// `cancelling()`: cancel requests not yet undone by `uncancel()` (R29).
    var cancelRequests = 0
    /// Where the loop's task registry keeps this task (-1 once finished).
    var registrySlot = -1
    /// The task's id in the trace (`AsyncioState.nextTraceID`).
    let traceID: Int
    /// `_log_destroy_pending`: off for tasks that `run_until_complete` and
    /// `gather` made, whose fate is reported otherwise.
    var logDestroyPending = true

    init(coro: PyGenerator, loop: PyEventLoop, name: String, number: Int) {
        self.coro = coro
        self.name = name
        traceID = number
        super.init(loop: loop, type: AsyncioTypes.task)
        loop.tasks.add(self)
        if let tracer = loop.tracer { traceCreated(tracer) }
        loop.enqueue(.step(self, nil))
    }

    /// The copy a dying task leaves for its report (see `PyFuture.init(finalizing:)`).
    init(finalizing other: PyTask) {
        coro = other.coro
        name = other.name
        traceID = other.traceID
        waiter = other.waiter
        cancelRequests = other.cancelRequests
        logDestroyPending = false
        super.init(finalizing: other)
    }

    /// `TaskObj_finalize`: "Task was destroyed but it is pending!", or the
    /// never-retrieved exception report.
    deinit {
        guard let vm = loop.vm else { return }
        vm.finalizers.unwatch(self)
        if !isDone && logDestroyPending {
            vm.reportDestroyedPending(PyTask(finalizing: self))
        } else if logTraceback {
            vm.reportNeverRetrieved(PyTask(finalizing: self))
        }
        logTraceback = false
    }

    var coroName: String { coro.qualifiedName + "()" }

    /// A step as a handle's action (how CPython queues it), for error reports.
    func stepAction(_ exc: PyBaseException?) -> PyHandle.Action {
        .native("Task.task_wakeup") { [self] vm in try step(vm, throwing: exc) }
    }

    /// A wakeup as a handle's action, for error reports.
    func wakeupAction(_ future: PyFuture) -> PyHandle.Action {
        .native("Task.task_wakeup") { [self] vm in try wakeup(future, vm) }
    }

    // MARK: Stepping

    /// One `__step`: runs the coroutine until it suspends or ends.
    func step(_ vm: VM, throwing thrown: PyBaseException?) throws {
        if isDone { throw invalidState("_step(): already done: \(vm.futureRepr(self))") }
        var exc = thrown
        if mustCancel {
            mustCancel = false
            if exc == nil || !exc!.isInstance(of: AsyncioTypes.cancelledError) { exc = makeCancelledError() }
        }
        waiter = nil
        if let other = loop.currentTask {
            throw PyError.runtime("Cannot enter into task \(vm.futureRepr(self)) while another task \(vm.futureRepr(other)) is being executed.")
        }
        loop.currentTask = self
        defer { loop.currentTask = nil }
        loop.tracer?.record(.taskResumed(task: traceID))
        let exit: FrameExit
        do {
            exit = try vm.resume(coro, sending: .none, throwing: exc)
        } catch let e as PyBaseException {
            try finish(failing: e, vm)
            return
        }
        switch exit {
        case .returned(let value): try finish(returning: value, vm)
        case .yielded(let value): try suspend(on: value, vm)
        }
    }

    private func finish(returning value: Value, _ vm: VM) throws {
        forget()
        if let tracer = loop.tracer { traceFinished(returning: value, tracer) }
        if mustCancel {
            mustCancel = false
            _ = super.cancel(message: cancelMessage)
        } else {
            try super.setResult(value, vm)
        }
    }

    private func finish(failing e: PyBaseException, _ vm: VM) throws {
        forget()
        if let tracer = loop.tracer { traceFinished(failing: e, tracer) }
        if e.isInstance(of: AsyncioTypes.cancelledError) {
            // The task ends cancelled; its awaiter gets this very exception (R28).
            cancelledError = e
            _ = super.cancel()
            return
        }
        try super.setException(e, vm)
        if e.isInstance(of: ExceptionTypes.keyboardInterrupt) || e.isInstance(of: ExceptionTypes.systemExit) {
            throw e
        }
    }

    private func forget() {
        loop.tasks.remove(self)
    }

    /// What the coroutine yielded decides when the next step runs.
    private func suspend(on yielded: Value, _ vm: VM) throws {
        if let tracer = loop.tracer { traceSuspended(on: yielded, tracer) }
        if yielded.isNone {
            loop.enqueue(.step(self, nil))
            return
        }
        guard let future = yielded.asObject as? PyFuture else {
            return reject("Task got bad yield: \(try vm.repr(yielded))")
        }
        if future.loop !== loop {
            return reject("Task \(vm.futureRepr(self)) got Future \(vm.futureRepr(future)) attached to a different loop")
        }
        guard future.blocking else {
            return reject("yield was used instead of yield from in task \(vm.futureRepr(self)) with \(vm.futureRepr(future))")
        }
        if future === self {
            return reject("Task cannot await on itself: \(vm.futureRepr(self))")
        }
        future.blocking = false
        future.addCallback(.wakeup(self))
        waiter = future
        // `_fut_waiter.cancel()`: a gather or task waiter cancels in its own way.
        if mustCancel && future.cancelAny(message: cancelMessage) { mustCancel = false }
    }

    /// A yield the task cannot wait on: the error is thrown in at the next step.
    private func reject(_ message: String) {
        loop.enqueue(.step(self, PyError.runtime(message)))
    }

    /// `__wakeup`: the awaited future is done; step with its outcome.
    func wakeup(_ future: PyFuture, _ vm: VM) throws {
        do {
            _ = try future.result(vm)
        } catch let e as PyBaseException {
            return try step(vm, throwing: e)
        }
        try step(vm, throwing: nil)
    }

    // MARK: Cancellation

    /// `cancel(msg)`: goes to the awaited future if it accepts, else is
    /// delivered at the next step (R27, R30).
    func cancelTask(message: Value) -> Bool {
        logTraceback = false
        if isDone { return false }
        cancelRequests += 1
        if let w = waiter {
            if w.cancelAny(message: message) { return true }
        }
        mustCancel = true
        cancelMessage = message
        return true
    }

    /// `uncancel()`: undoes one cancel request and returns how many remain.
    func uncancel() -> Int {
        if cancelRequests > 0 { cancelRequests -= 1 }
        return cancelRequests
    }
}

extension PyFuture {
    /// `fut.cancel(msg)` with the future's own kind of cancellation.
    func cancelAny(message: Value) -> Bool {
        if let t = self as? PyTask { return t.cancelTask(message: message) }
        if let g = self as? GatheringFuture { return g.cancelChildren(message: message) }
        return cancel(message: message)
    }
}
