/// What `await fut` drives: it yields the future itself while the future is
/// pending (flagged as blocking for the task) and returns its result after.
final class PyFutureIterator: NativeAwaiter {
    let future: PyFuture
    private var yielded = false

    init(_ future: PyFuture) {
        self.future = future
        super.init(type: AsyncioTypes.futureIterator)
    }

    override func send(_ vm: VM, _ value: Value) throws -> FrameExit {
        if !future.isDone {
            if yielded { throw PyError.runtime("await wasn't used with future") }
            yielded = true
            future.blocking = true
            return .yielded(.object(future))
        }
        return .returned(try future.result(vm))
    }
}

/// The bare `yield` behind `sleep(0)`: one turn of the loop (R13).
final class PyYieldOnce: NativeAwaiter {
    private var yielded = false

    init() {
        super.init(type: AsyncioTypes.yieldOnce)
    }

    override func send(_ vm: VM, _ value: Value) throws -> FrameExit {
        if yielded { return .returned(.none) }
        yielded = true
        return .yielded(.none)
    }
}
