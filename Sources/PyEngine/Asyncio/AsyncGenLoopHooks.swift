/// The loop's side of async generators (`base_events.py`): while it runs, its
/// hooks record each generator's first iteration and schedule `aclose()` for a
/// generator dropped unfinished; `shutdown_asyncgens()` closes the rest (R41).
extension PyEventLoop {
    /// The hooks `run_forever` installs: this loop's bound hook methods.
    func ownAsyncGenHooks(_ vm: VM) throws -> (firstiter: Value, finalizer: Value) {
        let me = Value.object(self)
        return (try vm.getAttribute(me, PyStr.intern("_asyncgen_firstiter_hook")),
                try vm.getAttribute(me, PyStr.intern("_asyncgen_finalizer_hook")))
    }

    /// Live generators, oldest first, dropping the dead entries.
    func liveAsyncGens() -> [PyGenerator] {
        asyncGens.removeAll { $0.object == nil }
        return asyncGens.compactMap(\.object)
    }

    func forgetAsyncGen(_ gen: PyGenerator) {
        asyncGens.removeAll { $0.object == nil || $0.object === gen }
    }
}

/// A reference that does not keep its object alive (CPython's weak sets).
struct Weak<T: AnyObject> {
    weak var object: T?
}

extension Builtins {
    static func installAsyncGenLoopMethods() {
        let t = AsyncioTypes.eventLoop
        t.addMethod("_asyncgen_firstiter_hook", on: PyEventLoop.self, arity: 1...1) { vm, loop, args in
            // CPython's ResourceWarning after shutdown is filtered out by default.
            if let gen = args[0].asObject as? PyGenerator {
                loop.forgetAsyncGen(gen)
                loop.asyncGens.append(Weak(object: gen))
            }
            return .none
        }
        t.addMethod("_asyncgen_finalizer_hook", on: PyEventLoop.self, arity: 1...1) { vm, loop, args in
            if let gen = args[0].asObject as? PyGenerator { loop.forgetAsyncGen(gen) }
            if !loop.isClosed {
                // `call_soon_threadsafe(self.create_task, agen.aclose())`: the
                // generator's cleanup runs in a new task two iterations later.
                let aclose = try vm.callMethod(named: "aclose", on: args[0])
                let createTask = try vm.getAttribute(.object(loop), PyStr.intern("create_task"))
                loop.callSoon(.call(createTask, [aclose]))
            }
            return .none
        }
        t.addMethod("_take_asyncgens", on: PyEventLoop.self, arity: 0...0) { _, loop, _ in
            let gens = loop.liveAsyncGens()
            loop.asyncGens.removeAll()
            return .object(PyList(gens.map { .object($0) }))
        }
        t.addMethod("shutdown_asyncgens", on: PyEventLoop.self, arity: 0...0) { vm, loop, _ in
            try vm.asyncioCoroutine("_shutdown_asyncgens", [.object(loop)], qualifiedName: "BaseEventLoop.shutdown_asyncgens")
        }
    }
}

extension VM {
    /// `obj.name()`.
    func callMethod(named name: String, on receiver: Value) throws -> Value {
        try call(try getAttribute(receiver, PyStr.intern(name)), CallArgs())
    }

    /// A coroutine object from one of the `asyncio` module's Python functions,
    /// renamed as the method CPython defines it as.
    func asyncioCoroutine(_ function: String, _ args: [Value], qualifiedName: String) throws -> Value {
        guard let fn = modules["asyncio"]?.dict.get(function) else { throw internalError("asyncio.\(function)") }
        let coro = try call(fn, CallArgs(args))
        if let gen = coro.asObject as? PyGenerator {
            gen.qualifiedName = qualifiedName
            gen.name = String(qualifiedName.split(separator: ".").last ?? "")
        }
        return coro
    }
}

extension VM {
    /// Python parts of asyncio for async generators: closing the survivors at
    /// shutdown, and driving a built-in awaitable (`aclose()`) as a task.
    static let asyncioAsyncGenSource = """
    async def _shutdown_asyncgens(loop):
        closing_agens = loop._take_asyncgens()
        if not closing_agens:
            return
        results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                loop.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def _await_builtin(awaitable):
        return await awaitable

    async def _wrap_awaitable(awaitable):
        return await awaitable
    """
}

extension VM {
    /// `asend()`/`athrow()`/`aclose()` awaitables, which CPython's Coroutine ABC
    /// accepts wherever a coroutine is expected.
    func isAsyncGenAwaitable(_ v: Value) -> Bool {
        v.asObject is PyAsyncGenASend || v.asObject is PyAsyncGenAThrow || v.asObject is PyAnextAwaitable
    }

    /// `ensure_future` of any other awaitable: a coroutine awaiting it
    /// (CPython's `_wrap_awaitable`), or nil when `v` has no `__await__`.
    func wrappedAwaitable(_ v: Value) throws -> Value? {
        guard typeOf(v).lookup("__await__") != nil else { return nil }
        return try asyncioCoroutine("_wrap_awaitable", [v], qualifiedName: "_wrap_awaitable")
    }

    /// A coroutine for a task to step in place of such an awaitable, named as
    /// CPython's task reprs name it (`<async_generator_athrow without __name__>`).
    /// It starts out suspended inside its `await awaitable`, so whatever the
    /// task sends or throws, even before its first step (a cancellation), goes
    /// straight to the awaitable, as when CPython's task drives it directly.
    func builtinAwaitableCoroutine(_ awaitable: Value) throws -> PyGenerator {
        let name = "<\(typeName(awaitable)) without __name__>"
        guard let gen = try asyncioCoroutine("_await_builtin", [awaitable], qualifiedName: name).asObject as? PyGenerator,
              let awaitAt = gen.frame.code.instructions.firstIndex(where: { if case .yieldFrom = $0 { true } else { false } }) else {
            throw internalError("_await_builtin")
        }
        gen.frame.code.isScaffolding = true
        gen.frame.push(awaitable)
        gen.frame.ip = awaitAt
        gen.frame.currentInstruction = awaitAt
        gen.state = .suspended
        return gen
    }
}
