/// `await asyncio.sleep(delay)` without making the coroutine. `sleep` stays the
/// Python coroutine function of `AsyncioSource` for every other use (a task, a
/// gather argument, a repr); a call awaited at once with a plain number is
/// served by `PySleepAwaiter`, which schedules exactly what the Python body
/// does (R13, R14) and gives exceptions the same traceback entry.
final class PySleepAwaiter: NativeAwaiter {
    private enum State {
        case created
        /// `await _yield_once()`: one turn of the loop.
        case yielded
        /// `return await future`, with the timer that completes the future.
        case waiting(PyFuture, PyHandle)
        case finished
    }

    /// Seconds; only positive delays set a timer.
    private let delay: Double
    private let loop: PyEventLoop?
    private let result: Value
    private var state = State.created

    private init(delay: Double, loop: PyEventLoop?, result: Value) {
        self.delay = delay
        self.loop = loop
        self.result = result
        super.init(type: AsyncioTypes.sleepAwaiter)
    }

    /// The stand-in for `await sleep(delay, result=None)`: nil (make the real
    /// coroutine) unless the delay is an int, float or bool and, for a positive
    /// delay, an engine loop is running, so that the Python body could not fail
    /// and calls no `create_future`/`call_later` a loop subclass overrides.
    static func direct(_ vm: VM, _ args: UnsafeBufferPointer<Value>) -> StandInOutcome? {
        guard args.count == 1 || args.count == 2 else { return nil }
        let delay: Double
        switch args[0] {
        case .int(let i): delay = Double(i)
        case .float(let d): delay = d
        case .bool(let b): delay = b ? 1 : 0
        default: return nil
        }
        let result = args.count == 2 ? args[1] : .none
        if delay <= 0 { return .awaitIterator(.object(PySleepAwaiter(delay: delay, loop: nil, result: result))) }
        guard let loop = vm.asyncio.runningLoop, loop.type === AsyncioTypes.eventLoop else { return nil }
        return .awaitIterator(.object(PySleepAwaiter(delay: delay, loop: loop, result: result)))
    }

    override func send(_ vm: VM, _ value: Value) throws -> FrameExit {
        switch state {
        case .created:
            return start(vm)
        case .yielded:
            state = .finished
            return .returned(result)
        case .waiting(let future, let timer):
            // Resuming `await future` (its iterator's send) inside the body's try/finally.
            guard future.isDone else {
                throw fail(vm, PyError.runtime("await wasn't used with future"), at: vm.asyncio.sleepSite!.futureAwait)
            }
            do {
                let value = try future.result(vm)
                timer.cancelled = true
                state = .finished
                return .returned(value)
            } catch let e as PyBaseException {
                throw fail(vm, e, at: vm.asyncio.sleepSite!.futureAwait)
            }
        case .finished:
            throw PyError.runtime("cannot reuse already awaited coroutine")
        }
    }

    /// The body up to its first suspension: a bare yield, or a future and the
    /// timer that completes it (`call_later(delay, _resolve, future, result)`).
    private func start(_ vm: VM) -> FrameExit {
        guard let loop else {
            state = .yielded
            return .yielded(.none)
        }
        let future = PyFuture(loop: loop)
        let result = result
        let timer = loop.callAt(loop.time(vm) + delay, .native("_resolve") { vm in
            if !future.isDone { try future.setResult(result, vm) }
        })
        state = .waiting(future, timer)
        future.blocking = true
        return .yielded(.object(future))
    }

    override func throwIn(_ vm: VM, _ exc: PyBaseException) throws -> FrameExit {
        let site = vm.asyncio.sleepSite!
        switch state {
        case .created: throw fail(vm, exc, at: 0)
        case .yielded: throw fail(vm, exc, at: site.yieldOnceAwait)
        case .waiting: throw fail(vm, exc, at: site.futureAwait)
        case .finished: throw exc
        }
    }

    /// `close()`: the body's `finally` cancels the timer.
    func close() {
        if case .waiting(_, let timer) = state { timer.cancelled = true }
        state = .finished
    }

    /// An exception raised in the body at `instruction`: it leaves through the
    /// `finally` (cancelling the timer) with the body's traceback entry, as it
    /// would from the coroutine's frame.
    private func fail(_ vm: VM, _ exc: PyBaseException, at instruction: Int) -> PyBaseException {
        close()
        if exc.traceback.isEmpty { vm.attachContext(to: exc) }
        exc.traceback.insert(TracebackEntry(code: vm.asyncio.sleepSite!.code, instruction: instruction), at: 0)
        return vm.leakedStopIteration(exc, from: .coroutine)
    }
}

/// Where the Python `sleep` body awaits, for the traceback entries of the
/// exceptions a `PySleepAwaiter` raises.
struct SleepSite {
    let code: CodeObject
    /// The `yieldFrom` of `await _yield_once()`.
    let yieldOnceAwait: Int
    /// The `yieldFrom` of `return await future`.
    let futureAwait: Int
}

extension VM {
    /// Lets `await asyncio.sleep(...)` use `PySleepAwaiter`.
    func installDirectSleep(in module: PyModule) {
        guard case .object(let o)? = module.dict.get("sleep"), let sleep = o as? PyFunction else {
            preconditionFailure("asyncio.sleep must be a Python function")
        }
        let code = sleep.code
        let awaits = code.instructions.indices.filter {
            if case .yieldFrom = code.instructions[$0] { return true } else { return false }
        }
        precondition(awaits.count == 2, "asyncio.sleep's body must await twice: its bare yield, then its future")
        asyncio.sleepSite = SleepSite(code: code, yieldOnceAwait: awaits[0], futureAwait: awaits[1])
        code.standIn = StandIn(awaitedOnly: true) { vm, _, args in PySleepAwaiter.direct(vm, args) }
    }
}
