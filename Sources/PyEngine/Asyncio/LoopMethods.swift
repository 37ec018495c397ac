/// The Python-visible methods of the event loop.
extension Builtins {
    static func installLoopMethods() {
        let t = AsyncioTypes.eventLoop
        t.constructor = { vm, cls, args in
            try args.expect(cls.name, min: 0, max: 0)
            return .object(PyEventLoop(type: cls, vm: vm))
        }
        t.addMethod("time", on: PyEventLoop.self, arity: 0...0) { vm, loop, _ in .float(loop.time(vm)) }
        t.addMethod("call_soon") { vm, args in
            let (loop, fn, rest) = try callbackArguments(vm, args, "call_soon")
            try loop.checkClosed()
            return .object(loop.callSoon(.call(fn, rest)))
        }
        t.addMethod("call_later") { vm, args in
            let (loop, delay, fn, rest) = try timerArguments(vm, args, "call_later")
            if delay.isNone { throw PyError.type("delay must not be None") }
            // `self.time() + delay`, with that expression's TypeError for a bad delay.
            let when = try vm.realNumber(try vm.binaryOperation(.add, .float(loop.time(vm)), delay))
            try loop.checkClosed()
            return .object(loop.callAt(when, .call(fn, rest)))
        }
        t.addMethod("call_at") { vm, args in
            let (loop, when, fn, rest) = try timerArguments(vm, args, "call_at")
            if when.isNone { throw PyError.type("when cannot be None") }
            try loop.checkClosed()
            return .object(loop.callAt(try vm.realNumber(when), .call(fn, rest)))
        }
        t.addMethod("create_future", on: PyEventLoop.self, arity: 0...0) { _, loop, _ in .object(PyFuture(loop: loop)) }
        t.addMethod("create_task") { vm, args in
            let loop: PyEventLoop = try vm.receiver(args, "create_task", t.name)
            let bound = try args.droppingSelf.bind("create_task", positional: ["coro"], keywordOnly: ["name", "context"], required: 1)
            try loop.checkClosed()
            return .object(try vm.createTask(bound[0]!, loop: loop, name: bound[1]))
        }
        t.addMethod("run_until_complete", on: PyEventLoop.self, arity: 1...1) { vm, loop, args in
            try loop.runUntilComplete(args[0], vm)
        }
        t.addMethod("run_forever", on: PyEventLoop.self, arity: 0...0) { vm, loop, _ in
            try loop.runForever(vm)
            return .none
        }
        t.addMethod("_run_once", on: PyEventLoop.self, arity: 0...0) { vm, loop, _ in
            try loop.runOnce(vm)
            return .none
        }
        t.addMethod("stop", on: PyEventLoop.self, arity: 0...0) { _, loop, _ in
            loop.stopping = true
            return .none
        }
        t.addMethod("is_running", on: PyEventLoop.self, arity: 0...0) { _, loop, _ in .bool(loop.isRunning) }
        t.addMethod("is_closed", on: PyEventLoop.self, arity: 0...0) { _, loop, _ in .bool(loop.isClosed) }
        t.addMethod("close", on: PyEventLoop.self, arity: 0...0) { _, loop, _ in
            try loop.close()
            return .none
        }
        t.addMethod("get_debug", on: PyEventLoop.self, arity: 0...0) { _, loop, _ in .bool(loop.debug) }
        t.addMethod("set_debug", on: PyEventLoop.self, arity: 1...1) { vm, loop, args in
            loop.debug = try vm.isTrue(args[0])
            return .none
        }
    }

    /// `(self, callback, *args, context=None)`.
    private static func callbackArguments(_ vm: VM, _ args: CallArgs, _ name: String)
        throws -> (PyEventLoop, Value, [Value]) {
        let loop: PyEventLoop = try vm.receiver(args, name, AsyncioTypes.eventLoop.name)
        try checkOnlyContext(args, name)
        guard args.count >= 2 else {
            throw PyError.type("BaseEventLoop.\(name)() missing 1 required positional argument: 'callback'")
        }
        try checkCallable(vm, loop, args[1], name)
        return (loop, args[1], Array(args.positional.dropFirst(2)))
    }

    /// `(self, delay_or_when, callback, *args, context=None)`.
    private static func timerArguments(_ vm: VM, _ args: CallArgs, _ name: String)
        throws -> (PyEventLoop, Value, Value, [Value]) {
        let loop: PyEventLoop = try vm.receiver(args, name, AsyncioTypes.eventLoop.name)
        try checkOnlyContext(args, name)
        guard args.count >= 3 else {
            let missing = args.count == 1 ? (name == "call_at" ? "'when' and 'callback'" : "'delay' and 'callback'") : "'callback'"
            let count = args.count == 1 ? "2 required positional arguments" : "1 required positional argument"
            throw PyError.type("BaseEventLoop.\(name)() missing \(count): \(missing)")
        }
        try checkCallable(vm, loop, args[2], name)
        return (loop, args[1], args[2], Array(args.positional.dropFirst(3)))
    }

    private static func checkOnlyContext(_ args: CallArgs, _ name: String) throws {
        for (key, _) in args.keywords where key != "context" {
            throw PyError.type("BaseEventLoop.\(name)() got an unexpected keyword argument '\(key)'")
        }
    }

    /// CPython checks callbacks only in debug mode (otherwise a bad one fails
    /// when it runs); `call_later` reports as the `call_at` it delegates to.
    private static func checkCallable(_ vm: VM, _ loop: PyEventLoop, _ fn: Value, _ name: String) throws {
        guard loop.debug else { return }
        let method = name == "call_later" ? "call_at" : name
        if vm.isCoroutine(fn) || vm.isCoroutineFunction(fn) {
            throw PyError.type("coroutines cannot be used with \(method)()")
        }
        if !vm.isCallable(fn) {
            throw PyError.type("a callable object was expected by \(method)(), got \(try vm.repr(fn))")
        }
    }
}
