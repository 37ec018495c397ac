/// The event loop's thread-facing methods: `call_soon_threadsafe` natively,
/// the executor methods through their Python versions in `AsyncioThreadsSource`.
extension Builtins {
    static func installLoopThreadMethods() {
        let t = AsyncioTypes.eventLoop
        t.addMethod("call_soon_threadsafe") { vm, args in
            let loop: PyEventLoop = try vm.receiver(args, "call_soon_threadsafe", t.name)
            for (key, _) in args.keywords where key != "context" {
                throw PyError.type("BaseEventLoop.call_soon_threadsafe() got an unexpected keyword argument '\(key)'")
            }
            guard args.count >= 2 else {
                throw PyError.type("BaseEventLoop.call_soon_threadsafe() missing 1 required positional argument: 'callback'")
            }
            if !vm.isCallable(args[1]) {
                throw PyError.type("a callable object was expected by call_soon_threadsafe(), got \(try vm.repr(args[1]))")
            }
            try loop.checkClosed()
            let handle = loop.callSoon(.call(args[1], Array(args.positional.dropFirst(2))))
            vm.scheduler?.notifyWaiter(on: loop)
            return .object(handle)
        }
        for name in ["run_in_executor", "set_default_executor", "shutdown_default_executor", "_do_shutdown"] {
            t.addMethod(name) { vm, args in
                let _: PyEventLoop = try vm.receiver(args, name, t.name)
                let asyncio = try vm.importModule("asyncio", fromList: .none)
                return try vm.call(try vm.getAttribute(asyncio, PyStr.intern("_loop_" + name)), args)
            }
        }
    }
}
