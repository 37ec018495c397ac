/// The `asyncio` module: native functions over the loop, futures and tasks,
/// plus the parts that are ordinary coroutines in Python (`AsyncioSource`).
extension VM {
    func makeAsyncioModule() throws -> PyModule {
        var native: [(String, Value)] = [
            ("CancelledError", .object(AsyncioTypes.cancelledError)),
            ("InvalidStateError", .object(AsyncioTypes.invalidStateError)),
            ("TimeoutError", .object(ExceptionTypes.timeoutError)),
            ("Future", .object(AsyncioTypes.future)),
            ("Task", .object(AsyncioTypes.task)),
            ("Handle", .object(AsyncioTypes.handle)),
            ("TimerHandle", .object(AsyncioTypes.timerHandle)),
        ]
        for name in ["SelectorEventLoop", "BaseEventLoop", "AbstractEventLoop"] {
            native.append((name, .object(AsyncioTypes.eventLoop)))
        }
        native += loopFunctions() + taskFunctions()
        let source = [Self.asyncioSource, Self.asyncioSyncSource, Self.asyncioWaitingSource,
                      Self.asyncioThreadsSource, Self.asyncioAsyncGenSource].joined(separator: "\n")
        let module = try makeModule("asyncio", native: native, source: source)
        installDirectSleep(in: module)
        installQueueStandIns(in: module)
        return module
    }

    private func loopFunctions() -> [(String, Value)] {
        [
            nativeFunction("get_running_loop") { vm, args in
                try args.expect("get_running_loop", min: 0, max: 0)
                return .object(try vm.runningLoop())
            },
            nativeFunction("_get_running_loop") { vm, _ in vm.asyncio.runningLoop.map { .object($0) } ?? .none },
            nativeFunction("get_event_loop") { vm, args in
                try args.expect("get_event_loop", min: 0, max: 0)
                return .object(try vm.currentEventLoop())
            },
            nativeFunction("new_event_loop") { vm, args in
                try args.expect("new_event_loop", min: 0, max: 0)
                return .object(PyEventLoop(vm: vm))
            },
            nativeFunction("set_event_loop") { vm, args in
                try args.expect("set_event_loop", min: 1, max: 1)
                vm.asyncio.eventLoop = args[0].isNone ? nil : try vm.loopArgument(args[0])
                return .none
            },
            nativeFunction("_pending_tasks") { vm, args in
                let loop = try vm.loopArgument(args[0])
                let pending = loop.tasks.all.filter { !$0.isDone }
                vm.noteTeardownOrder(pending)
                return .object(PyList(pending.map { .object($0) }))
            },
            nativeFunction("_distinct") { vm, args in
                try args.expect("_distinct", min: 1, max: 1)
                return try vm.distinctInOrder(args[0])
            },
            nativeFunction("_yield_once") { _, _ in .object(PyYieldOnce()) },
        ]
    }

    private func taskFunctions() -> [(String, Value)] {
        [
            nativeFunction("create_task") { vm, args in
                let bound = try args.bind("create_task", positional: ["coro"], keywordOnly: ["name", "context"], required: 1)
                let loop = try vm.runningLoop()
                return .object(try vm.createTask(bound[0]!, loop: loop, name: bound[1], renamed: true))
            },
            nativeFunction("ensure_future") { vm, args in
                let bound = try args.bind("ensure_future", positional: ["coro_or_future"], keywordOnly: ["loop"], required: 1)
                let loop = try bound[1].flatMap { $0.isNone ? nil : try vm.loopArgument($0) }
                return .object(try vm.ensureFuture(bound[0]!, loop: loop))
            },
            nativeFunction("gather") { vm, args in try vm.gather(args) },
            nativeFunction("current_task") { vm, args in
                let bound = try args.bind("current_task", positional: ["loop"], required: 0)
                let loop = try bound[0].flatMap { $0.isNone ? nil : try vm.loopArgument($0) } ?? vm.runningLoop()
                return loop.currentTask.map { .object($0) } ?? .none
            },
            nativeFunction("all_tasks") { vm, args in
                let bound = try args.bind("all_tasks", positional: ["loop"], required: 0)
                let loop = try bound[0].flatMap { $0.isNone ? nil : try vm.loopArgument($0) } ?? vm.runningLoop()
                let set = PySet()
                for task in loop.tasks.all where !task.isDone { try set.add(.object(task), vm) }
                return .object(set)
            },
            nativeFunction("iscoroutine") { vm, args in
                try args.expect("iscoroutine", min: 1, max: 1)
                // 3.11 still counts generator objects (old generator-based coroutines),
                // and async generators' awaitables pass the Coroutine ABC check.
                let kind = (args[0].asObject as? PyGenerator)?.kind
                return .bool(kind == .coroutine || kind == .generator || vm.isAsyncGenAwaitable(args[0]))
            },
            nativeFunction("iscoroutinefunction") { vm, args in
                try args.expect("iscoroutinefunction", min: 1, max: 1)
                return .bool(vm.isCoroutineFunction(args[0]))
            },
            nativeFunction("isfuture") { _, args in
                try args.expect("isfuture", min: 1, max: 1)
                return .bool(args[0].asObject is PyFuture)
            },
        ]
    }
}

extension VM {
    /// `get_running_loop()`.
    func runningLoop() throws -> PyEventLoop {
        guard let loop = asyncio.runningLoop else { throw PyError.runtime("no running event loop") }
        return loop
    }

    /// `get_event_loop()`: the running loop, else the current one (made on demand).
    func currentEventLoop() throws -> PyEventLoop {
        if let loop = asyncio.runningLoop ?? asyncio.eventLoop { return loop }
        if currentThreadSerial != 0 {
            throw PyError.runtime("There is no current event loop in thread \(try repr(.string(currentThreadName()))).")
        }
        let loop = PyEventLoop(vm: self)
        asyncio.eventLoop = loop
        return loop
    }

    /// `asyncio.iscoroutine`: a coroutine object made by an `async def`.
    func isCoroutine(_ v: Value) -> Bool {
        (v.asObject as? PyGenerator)?.kind == .coroutine
    }

    /// `asyncio.iscoroutinefunction`: an `async def` function, plain, bound or
    /// inside `functools.partial` (which `inspect` unwraps).
    func isCoroutineFunction(_ v: Value) -> Bool {
        switch v.asObject {
        case let f as PyFunction: return f.code.flags.contains(.coroutine)
        case let m as PyBoundMethod: return isCoroutineFunction(m.function)
        default:
            guard let partial = modules["functools"]?.dict.get("partial"),
                  (try? isInstance(v, partial)) == true,
                  let inner = try? getAttribute(v, PyStr.intern("func")) else { return false }
            return isCoroutineFunction(inner)
        }
    }

    /// A new task. `Task(coro, name=)` and `loop.create_task` number only
    /// unnamed tasks; `asyncio.create_task` names after numbering, so it always
    /// uses a number (`renamed`, R16).
    func createTask(_ coro: Value, loop: PyEventLoop, name: Value?, renamed: Bool = false) throws -> PyTask {
        let gen: PyGenerator
        if let g = coro.asObject as? PyGenerator, g.kind == .coroutine {
            gen = g
        } else if isAsyncGenAwaitable(coro) {
            gen = try builtinAwaitableCoroutine(coro)
        } else {
            throw PyError.type("a coroutine was expected, got \(try repr(coro))")
        }
        let named = try name.flatMap { $0.isNone ? nil : try str($0) }
        let automatic = named == nil || renamed ? asyncio.nextTaskName() : nil
        let task = PyTask(coro: gen, loop: loop, name: named ?? automatic!, number: asyncio.nextTraceID())
        // The task's deinit finds the run through its loop, to leave the exit list.
        if loop.vm == nil { loop.vm = self }
        watchUntilExit(task)
        return task
    }

    /// `ensure_future`: futures pass through, coroutines and awaitables become tasks.
    func ensureFuture(_ v: Value, loop: PyEventLoop?) throws -> PyFuture {
        if let f = v.asObject as? PyFuture {
            if let loop, loop !== f.loop {
                throw PyError.value("The future belongs to a different loop than the one specified as the loop argument")
            }
            return f
        }
        guard isCoroutine(v) || isAsyncGenAwaitable(v) else {
            guard let wrapper = try wrappedAwaitable(v) else {
                throw PyError.type("An asyncio.Future, a coroutine or an awaitable is required")
            }
            return try createTask(wrapper, loop: loop ?? currentEventLoop(), name: nil)
        }
        return try createTask(v, loop: loop ?? currentEventLoop(), name: nil)
    }
}
