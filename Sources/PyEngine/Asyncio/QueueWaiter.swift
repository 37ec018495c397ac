/// What a queue operation waits for: an item to get, or room to put one.
enum QueueOperation {
    case get
    case put(Value)
}

/// What `await queue.get()` / `await queue.put(item)` drives when the queue is
/// empty / full: the Python methods' loop (`while self.empty(): await
/// self._wait_turn(self._getters, self.empty)`, then `get_nowait()`), with the
/// waiter future made, awaited and dropped as `_wait_turn` does, and the same
/// traceback entries for an exception thrown in (a cancellation).
final class PyQueueWaiter: NativeAwaiter {
    private let queue: PyInstance
    private let operation: QueueOperation
    /// The future `_wait_turn` awaits, while it does.
    private var waiter: PyFuture?
    private var finished = false

    /// Whether this is a get (for the repr).
    var isGet: Bool {
        if case .get = operation { return true } else { return false }
    }

    init(queue: PyInstance, operation: QueueOperation) {
        self.queue = queue
        self.operation = operation
        super.init(type: AsyncioTypes.queueWaiter)
    }

    override func send(_ vm: VM, _ value: Value) throws -> FrameExit {
        if let waiter {
            // `await waiter` resuming, inside `_wait_turn`'s try.
            guard waiter.isDone else { throw try fail(vm, PyError.runtime("await wasn't used with future"), waiter) }
            do {
                _ = try waiter.result(vm)
            } catch let e as PyBaseException {
                throw try fail(vm, e, waiter)
            }
            self.waiter = nil
        } else if finished {
            throw PyError.runtime("cannot reuse already awaited coroutine")
        }
        return try advance(vm)
    }

    override func throwIn(_ vm: VM, _ exc: PyBaseException) throws -> FrameExit {
        guard let waiter else { throw exc }
        throw try fail(vm, exc, waiter)
    }

    /// `close()`: GeneratorExit runs `_wait_turn`'s except clause.
    func close(_ vm: VM) throws {
        if let waiter { _ = try fail(vm, PyBaseException(type: ExceptionTypes.generatorExit), waiter) }
        finished = true
    }

    /// The `while` loop: wait again while blocked, else finish the operation.
    private func advance(_ vm: VM) throws -> FrameExit {
        let standIns = vm.asyncio.queueStandIns!
        if try standIns.isBlocked(queue, operation, vm) {
            let future = try standIns.newWaiter(queue, operation, vm)
            waiter = future
            future.blocking = true
            return .yielded(.object(future))
        }
        finished = true
        return .returned(try standIns.finish(queue, operation, vm))
    }

    /// An exception at `await waiter`: `_wait_turn`'s except clause runs, then
    /// it leaves `_wait_turn` and the get/put method with their entries.
    private func fail(_ vm: VM, _ exc: PyBaseException, _ waiter: PyFuture) throws -> PyBaseException {
        self.waiter = nil
        finished = true
        let standIns = vm.asyncio.queueStandIns!
        if exc.traceback.isEmpty { vm.attachContext(to: exc) }
        let sites = standIns.waitSites
        exc.traceback.insert(sites.waitTurn, at: 0)
        try standIns.dropWaiter(waiter, queue, operation, vm)
        if case .get = operation {
            exc.traceback.insert(sites.get, at: 0)
        } else {
            exc.traceback.insert(sites.put, at: 0)
        }
        return vm.leakedStopIteration(exc, from: .coroutine)
    }
}

/// Where the Python `get`, `put` and `_wait_turn` await, as traceback entries.
struct QueueWaitSites {
    let get: TracebackEntry
    let put: TracebackEntry
    let waitTurn: TracebackEntry

    /// The sites of the queue class's methods, each of which awaits once.
    init(_ queueClass: PyType) {
        func awaitSite(_ name: String) -> TracebackEntry {
            let code = (queueClass.lookup(PyStr.intern(name))!.asObject as! PyFunction).code
            let awaits = code.instructions.indices.filter {
                if case .yieldFrom = code.instructions[$0] { return true } else { return false }
            }
            precondition(awaits.count == 1, "Queue.\(name) must await exactly once")
            return TracebackEntry(code: code, instruction: awaits[0])
        }
        get = awaitSite("get")
        put = awaitSite("put")
        waitTurn = awaitSite("_wait_turn")
    }
}
