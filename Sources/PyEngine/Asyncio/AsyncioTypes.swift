/// asyncio's built-in classes, shared by every run like the other built-in
/// types. Methods are installed once by `installAsyncioTypes`.
enum AsyncioTypes {
    static let eventLoop = BuiltinTypes.make("_UnixSelectorEventLoop", module: "asyncio.unix_events")
    static let handle = BuiltinTypes.make("Handle", module: "asyncio.events")
    static let timerHandle = BuiltinTypes.make("TimerHandle", base: handle, module: "asyncio.events")
    static let future = BuiltinTypes.make("Future", module: "_asyncio")
    static let task = BuiltinTypes.make("Task", base: future, module: "_asyncio")
    static let gatheringFuture = BuiltinTypes.make("_GatheringFuture", base: future, module: "asyncio.tasks")
    static let futureIterator = BuiltinTypes.make("FutureIter", module: "_asyncio")
    static let yieldOnce = BuiltinTypes.make("_YieldOnce", module: "asyncio.tasks")
    /// What `await asyncio.sleep(d)` drives; it stands in for the coroutine, so
    /// it bears its type's name (seen only as a task coroutine's `cr_await`).
    static let sleepAwaiter = BuiltinTypes.make("coroutine")
    /// What `await queue.get()`/`put()` drives while it waits; likewise.
    static let queueWaiter = BuiltinTypes.make("coroutine")

    static let cancelledError = BuiltinTypes.make("CancelledError", base: ExceptionTypes.baseException,
                                                  layout: .exception, module: "asyncio.exceptions")
    static let invalidStateError = BuiltinTypes.make("InvalidStateError", base: ExceptionTypes.exception,
                                                     layout: .exception, module: "asyncio.exceptions")
}

extension PyEventLoop: NativeRepr {
    func repr(in vm: VM) -> String {
        let flags = "running=\(isRunning ? "True" : "False") closed=\(isClosed ? "True" : "False") debug=\(debug ? "True" : "False")"
        return "<\(type.name) \(flags)>"
    }
}

extension PyFuture: NativeRepr {
    func repr(in vm: VM) -> String { vm.futureRepr(self) }
}

extension PySleepAwaiter: NativeRepr {
    func repr(in vm: VM) -> String { "<coroutine object sleep at \(vm.address(self))>" }
}

extension PyQueueWaiter: NativeRepr {
    func repr(in vm: VM) -> String { "<coroutine object Queue.\(isGet ? "get" : "put") at \(vm.address(self))>" }
}

extension PyHandle: NativeRepr {
    func repr(in vm: VM) -> String { vm.handleRepr(self) }
}

extension Builtins {
    static func installAsyncioTypes() {
        installFutureMethods()
        installTaskMethods()
        installLoopMethods()
        installAsyncGenLoopMethods()
        installExceptionHandlerMethods()
        installHandleMethods()
        for t in [AsyncioTypes.futureIterator, AsyncioTypes.yieldOnce] {
            t.addMethod("__iter__") { _, args in args[0] }
            t.addMethod("__next__") { vm, args in
                guard let it = args[0].asObject as? NativeAwaitIterator else { throw PyError.type("bad iterator") }
                switch try it.send(vm, .none) {
                case .yielded(let v): return v
                case .returned(let v): throw PyError.stopIteration(v)
                }
            }
        }
        AsyncioTypes.yieldOnce.addMethod("__await__") { _, args in args[0] }
        AsyncioTypes.sleepAwaiter.addMethod("close", on: PySleepAwaiter.self, arity: 0...0) { _, awaiter, _ in
            awaiter.close()
            return .none
        }
        AsyncioTypes.queueWaiter.addMethod("close", on: PyQueueWaiter.self, arity: 0...0) { vm, awaiter, _ in
            try awaiter.close(vm)
            return .none
        }
    }

    private static func installHandleMethods() {
        let t = AsyncioTypes.handle
        t.addMethod("cancel", on: PyHandle.self, arity: 0...0) { vm, h, _ in
            if !h.cancelled { vm.trace(.handleCancelled(handle: h.traceID)) }
            h.cancelled = true
            return .none
        }
        t.addMethod("cancelled", on: PyHandle.self, arity: 0...0) { _, h, _ in .bool(h.cancelled) }
        AsyncioTypes.timerHandle.addMethod("when", on: PyHandle.self, arity: 0...0) { _, h, _ in .float(h.when ?? 0) }
    }
}
