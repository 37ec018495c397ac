/// The event loop: a FIFO of ready handles and a heap of timers, run one
/// iteration at a time exactly as CPython's `_run_once` does (R1-R3), on the
/// run's virtual clock, so running code and `time.sleep` delay timers.
final class PyEventLoop: PyObject, HasInstanceDict {
    /// Attributes of Python subclasses' instances.
    let dict = PyDict()
    private var ready = ReadyQueue()
    private(set) var timers = TimerHeap()
    private var sequence = 0
    var stopping = false
    private(set) var isRunning = false
    private(set) var isClosed = false
    var debug = false
    /// The task whose step is running now (`current_task()`).
    var currentTask: PyTask?
    /// Unfinished tasks in creation order (`all_tasks()`; CPython's is a weak set, R44).
    var tasks = TaskRegistry()
    /// The run's trace recorder, when the run is traced.
    let tracer: TraceRecorder?
    /// The loop's number in the trace (0 when untraced).
    let traceID: Int
    /// Async generators that began iterating while this loop ran (`_asyncgens`).
    var asyncGens: [Weak<PyGenerator>] = []
    /// `set_exception_handler`: None means the default handler.
    var exceptionHandler = Value.none
    /// The run this loop belongs to, for reports made when its futures die.
    weak var vm: VM?

    /// Ignoring timing jitter, a deadline is due once it is within this of now (R6).
    static let clockResolution = 1e-9

    init(type: PyType = AsyncioTypes.eventLoop, vm: VM) {
        self.vm = vm
        tracer = vm.tracer
        traceID = vm.tracer?.nextLoopID() ?? 0
        super.init(type: type)
    }

    /// `loop.time()`: the virtual clock in seconds.
    func time(_ vm: VM) -> Double { Double(vm.virtualNanos) / 1e9 }

    var readyCount: Int { ready.count }

    // MARK: Scheduling

    /// Queues `action`; `task` is the task it steps, for the trace.
    @discardableResult
    func callSoon(_ action: PyHandle.Action, stepping task: PyTask? = nil) -> PyHandle {
        sequence += 1
        let h = PyHandle(action, sequence: sequence)
        ready.append(.handle(h))
        if let tracer { traceQueued(h, stepping: task, tracer) }
        return h
    }

    /// Queues a task's step or wakeup (`call_soon` without a visible handle).
    /// A traced run queues the handle CPython would, which the trace numbers.
    func enqueue(_ item: ReadyItem) {
        guard tracer != nil else { return ready.append(item) }
        switch item {
        case .handle(let h): ready.append(.handle(h))
        case .step(let task, let exc): callSoon(task.stepAction(exc), stepping: task)
        case .wakeup(let task, let future): callSoon(task.wakeupAction(future), stepping: task)
        }
    }

    @discardableResult
    func callAt(_ when: Double, _ action: PyHandle.Action) -> PyHandle {
        sequence += 1
        let h = PyHandle(action, when: when, sequence: sequence)
        timers.push(h)
        if let tracer { traceScheduled(h, tracer) }
        return h
    }

    /// Fails as CPython does when a closed loop is asked to schedule or run.
    func checkClosed() throws {
        if isClosed { throw PyError.runtime("Event loop is closed") }
    }

    // MARK: Running

    /// One iteration: the ready snapshot plus the timers due now.
    func runOnce(_ vm: VM) throws {
        if let tracer { traceIteration(tracer) }
        while let top = timers.top, top.cancelled { timers.pop() }
        if readyCount == 0 && !stopping {
            // Timers due in the same millisecond are woken together (R6).
            let next = timers.topTickEnd
            if let scheduler = vm.scheduler {
                guard try waitWithThreads(until: next, scheduler) else { throw deadlock(vm) }
            } else {
                guard let next else { throw deadlock(vm) }
                advanceClock(vm, to: next)
            }
        }
        let end = time(vm) + Self.clockResolution
        while let top = timers.top, TimerHeap.isDue(top, by: end) {
            timers.pop()
            ready.append(.handle(top))
            if let tracer { traceDue(top, tracer) }
        }
        let n = readyCount
        for _ in 0..<n {
            try runNextReady(vm)
            // What the callback dropped (a finished task, say) is finalized now.
            if vm.finalizers.pending.pointee { try vm.runFinalizers() }
        }
    }

    /// Takes the next ready item off the queue, releasing the queue's
    /// reference as CPython's `popleft` does, and runs it.
    private func runNextReady(_ vm: VM) throws {
        let item = ready.removeFirst()
        if let tracer, case .handle(let h) = item, !h.cancelled {
            tracer.record(.handleStarted(handle: h.traceID))
            defer { tracer.record(.handleFinished(handle: h.traceID)) }
            try run(item, vm)
        } else {
            try run(item, vm)
        }
    }

    /// Waiting costs nothing: the clock jumps to the next deadline.
    private func advanceClock(_ vm: VM, to when: Double) {
        let missing = (when * 1e9 - Double(vm.virtualNanos)).rounded(.up)
        guard missing > 0 else { return }
        vm.sleptNanos += Int64(missing)
        tracer?.record(.clockJumped(to: vm.virtualNanos))
    }

    /// Runs one ready item (skipping cancelled handles); an ordinary exception
    /// from a callback is reported on stderr and the loop goes on, as CPython's
    /// exception handler does.
    private func run(_ item: ReadyItem, _ vm: VM) throws {
        do {
            switch item {
            case .handle(let h): if !h.cancelled { try h.run(vm) }
            case .step(let task, let exc): try task.step(vm, throwing: exc)
            case .wakeup(let task, let future): try task.wakeup(future, vm)
            }
        } catch let e as PyBaseException where e.isInstance(of: ExceptionTypes.exception) {
            let h = item.handle
            try reportException("Exception in callback \(h.callbackText(vm))", handle: h, e, vm)
        }
    }

    /// `loop.call_exception_handler({'message', 'exception', 'handle'})`.
    func reportException(_ message: String, handle: PyHandle? = nil, _ e: PyBaseException, _ vm: VM) throws {
        let context = PyDict()
        context.set("message", .string(message))
        context.set("exception", .object(e))
        if let handle { context.set("handle", .object(handle)) }
        try callExceptionHandler(context, vm)
    }

    /// `run_forever`: iterations until `stop()`.
    func runForever(_ vm: VM) throws {
        try checkClosed()
        if isRunning { throw PyError.runtime("This event loop is already running") }
        if vm.asyncio.runningLoop != nil {
            throw PyError.runtime("Cannot run the event loop while another loop is running")
        }
        self.vm = vm
        let savedHooks = vm.asyncio.asyncGenHooks
        vm.asyncio.asyncGenHooks = try ownAsyncGenHooks(vm)
        isRunning = true
        vm.asyncio.runningLoop = self
        tracer?.record(.loopStarted(loop: traceID))
        defer {
            stopping = false
            isRunning = false
            vm.asyncio.runningLoop = nil
            if let tracer {
                tracer.iteration = 0
                tracer.record(.loopStopped(loop: traceID))
            }
            vm.asyncio.asyncGenHooks = savedHooks
        }
        while true {
            try iterate(vm)
            if stopping { break }
        }
    }

    /// Runs `body` as if from a callback of this loop, then the iterations
    /// while something is ready, without letting the clock jump: a REPL's
    /// loop between inputs (`python -m asyncio` runs each input on its loop).
    func runAsCallback(_ vm: VM, _ body: (VM) throws -> Void) throws {
        try checkClosed()
        isRunning = true
        vm.asyncio.runningLoop = self
        defer {
            isRunning = false
            vm.asyncio.runningLoop = nil
        }
        try body(vm)
        while readyCount > 0 { try runOnce(vm) }
    }

    /// One iteration, through a Python subclass's `_run_once` when it has one.
    private func iterate(_ vm: VM) throws {
        if type.isHeapType, let override = type.lookup("_run_once"), !(override.asObject is PyBuiltinFunction) {
            _ = try vm.callMethod(override, receiver: .object(self), CallArgs())
        } else {
            try runOnce(vm)
        }
    }

    /// `run_until_complete(future)`: runs until the future is done; a
    /// coroutine is wrapped in a task first.
    func runUntilComplete(_ awaitable: Value, _ vm: VM) throws -> Value {
        try checkClosed()
        if isRunning { throw PyError.runtime("This event loop is already running") }
        let wrapped = !(awaitable.asObject is PyFuture)
        let future = try vm.ensureFuture(awaitable, loop: self)
        // Failing to finish raises here, so a pending task need not be reported later.
        if wrapped { (future as? PyTask)?.logDestroyPending = false }
        let stopper = PyFuture.Callback.native("_run_until_complete_cb") { _, f in f.loop.stopping = true }
        future.addCallback(stopper)
        do {
            try runForever(vm)
        } catch {
            if wrapped && future.isDone && !future.isCancelled { future.logTraceback = false }
            throw error
        }
        future.removeNativeCallbacks(named: "_run_until_complete_cb")
        if !future.isDone { throw PyError.runtime("Event loop stopped before Future completed.") }
        return try future.result(vm)
    }

    func close() throws {
        if isRunning { throw PyError.runtime("Cannot close a running event loop") }
        if isClosed { return }
        isClosed = true
        tracer?.record(.loopClosed(loop: traceID))
        ready.removeAll()
        timers.removeAll()
        // CPython's task registry is weak: a task whose first step was just
        // dropped dies now ("Task was destroyed but it is pending!").
        tasks.removeAll()
    }

    // MARK: Deadlock

    /// CPython would wait forever here; the engine stops with an explanation.
    private func deadlock(_ vm: VM) -> PyBaseException {
        var lines = ["the event loop has nothing to run and no timer pending, so CPython would wait forever."]
        let waiting = tasks.all.filter { !$0.isDone }
        if waiting.isEmpty {
            lines.append("No task is waiting: the loop was left running with nothing to do (missing stop()?).")
        }
        for task in waiting {
            let what = task.waiter.map { vm.futureRepr($0) } ?? "nothing"
            lines.append("\(task.name) (\(task.coroName)) waits for \(what)")
            tracer?.record(.warning(kind: .waitsForever, task: task.traceID,
                                    text: "\(task.name) waits for \(what), which nothing can complete: CPython would wait forever"))
        }
        if waiting.isEmpty {
            tracer?.record(.warning(kind: .waitsForever, task: nil,
                                    text: "the loop runs with nothing to do and no task waiting: CPython would wait forever"))
        }
        return PyError.runtime(lines.joined(separator: "\n  "))
    }
}
