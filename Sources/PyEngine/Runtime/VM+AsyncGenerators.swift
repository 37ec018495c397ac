/// Async generators (CPython's `genobject.c`): the body's `yield`s come out
/// wrapped; the `asend`/`athrow` awaitables unwrap them into their own result
/// (StopIteration's value) and pass anything else, what an inner `await`
/// yields, up to the event loop untouched.
extension VM {
    /// `async_gen_init_hooks`: on the first `__anext__`/`asend`/`athrow`/`aclose`,
    /// remember the finalizer and call the firstiter hook (how a running loop
    /// learns of the generator, for `shutdown_asyncgens`).
    func initAsyncGenHooks(_ gen: PyGenerator) throws {
        guard let a = gen.asyncState, !a.hooksInited else { return }
        a.hooksInited = true
        let hooks = asyncio.asyncGenHooks
        a.finalizer = hooks.finalizer
        if !hooks.firstiter.isNone {
            _ = try call(hooks.firstiter, CallArgs([.object(gen)]))
        }
    }

    /// `async_gen_unwrap_value`: a wrapped `yield` ends the awaitable with its
    /// value; the generator ending raises StopAsyncIteration.
    func asyncGenStep(_ gen: PyGenerator, _ body: () throws -> FrameExit) throws -> FrameExit {
        let a = gen.asyncState!
        let exit: FrameExit
        do {
            exit = try body()
        } catch let e as PyBaseException {
            if e.isInstance(of: ExceptionTypes.stopAsyncIteration) || e.isInstance(of: ExceptionTypes.generatorExit) {
                a.closed = true
            }
            a.runningAsync = false
            throw e
        }
        switch exit {
        case .returned:
            a.closed = true
            a.runningAsync = false
            throw PyBaseException(type: ExceptionTypes.stopAsyncIteration)
        case .yielded(let v):
            guard let wrapped = v.asObject as? PyAsyncGenWrappedValue else { return exit }
            a.runningAsync = false
            return .returned(wrapped.value)
        }
    }
}

extension PyAsyncGenASend: NativeAwaitIterator {
    func send(_ vm: VM, _ value: Value) throws -> FrameExit {
        guard state != .closed else { throw PyError.runtime("cannot reuse already awaited __anext__()/asend()") }
        var sent = value
        if state == .initial {
            if gen.asyncState!.runningAsync {
                throw PyError.runtime("anext(): asynchronous generator is already running")
            }
            if sent.isNone { sent = sendValue }
            state = .iterating
        }
        gen.asyncState!.runningAsync = true
        return try finishing { try vm.asyncGenStep(gen) { try vm.resume(gen, sending: sent) } }
    }

    func throwIn(_ vm: VM, _ exc: PyBaseException) throws -> FrameExit {
        guard state != .closed else { throw PyError.runtime("cannot reuse already awaited __anext__()/asend()") }
        return try finishing { try vm.asyncGenStep(gen) { try vm.resume(gen, sending: .none, throwing: exc) } }
    }

    /// A step that ends the awaitable, with a value or an exception, closes it.
    private func finishing(_ body: () throws -> FrameExit) throws -> FrameExit {
        do {
            let exit = try body()
            if case .returned = exit { state = .closed }
            return exit
        } catch {
            state = .closed
            throw error
        }
    }
}

extension PyAsyncGenAThrow: NativeAwaitIterator {
    func send(_ vm: VM, _ value: Value) throws -> FrameExit {
        guard state != .closed else { throw PyError.runtime("cannot reuse already awaited aclose()/athrow()") }
        if gen.state == .closed {
            state = .closed
            return .returned(.none)
        }
        if state == .initial { return try start(vm, value) }
        if isClose { return try closing { try vm.resume(gen, sending: value) } }
        return try vm.asyncGenStep(gen) { try vm.resume(gen, sending: value) }
    }

    /// The first send throws GeneratorExit (`aclose`) or the given exception in.
    private func start(_ vm: VM, _ value: Value) throws -> FrameExit {
        let a = gen.asyncState!
        if a.runningAsync {
            state = .closed
            throw PyError.runtime("\(isClose ? "aclose" : "athrow")(): asynchronous generator is already running")
        }
        if a.closed {
            state = .closed
            throw PyBaseException(type: ExceptionTypes.stopAsyncIteration)
        }
        if !value.isNone { throw PyError.runtime("can't send non-None value to a just-started coroutine") }
        state = .iterating
        a.runningAsync = true
        guard let arguments else {
            a.closed = true
            let exit = PyBaseException(type: ExceptionTypes.generatorExit)
            return try closing { try vm.resume(gen, sending: .none, throwing: exit) }
        }
        // As in CPython, bad arguments surface here and leave the generator marked running.
        let exc = try Builtins.thrownException(vm, arguments, function: "athrow")
        do {
            let exit = try vm.asyncGenStep(gen) { try vm.resume(gen, sending: .none, throwing: exc) }
            if case .returned = exit { state = .closed }
            return exit
        } catch {
            a.runningAsync = false
            state = .closed
            throw error
        }
    }

    func throwIn(_ vm: VM, _ exc: PyBaseException) throws -> FrameExit {
        guard state != .closed else { throw PyError.runtime("cannot reuse already awaited aclose()/athrow()") }
        guard isClose else { return try vm.asyncGenStep(gen) { try vm.resume(gen, sending: .none, throwing: exc) } }
        let exit: FrameExit
        do {
            exit = try vm.resume(gen, sending: .none, throwing: exc)
        } catch let e as PyBaseException where endsClose(e) {
            return .returned(.none)
        }
        switch exit {
        case .returned:
            return .returned(.none)
        case .yielded(let v):
            if v.asObject is PyAsyncGenWrappedValue { throw ignoredExit() }
            return exit
        }
    }

    /// One step of `aclose()`: a `yield` means GeneratorExit was ignored; the
    /// generator ending (any way that is not a new error) completes the close.
    private func closing(_ body: () throws -> FrameExit) throws -> FrameExit {
        let exit: FrameExit
        do {
            exit = try body()
        } catch let e as PyBaseException {
            gen.asyncState!.runningAsync = false
            state = .closed
            if endsClose(e) { return .returned(.none) }
            throw e
        }
        switch exit {
        case .returned:
            gen.asyncState!.runningAsync = false
            state = .closed
            return .returned(.none)
        case .yielded(let v):
            if v.asObject is PyAsyncGenWrappedValue { throw ignoredExit() }
            return exit
        }
    }

    private func endsClose(_ e: PyBaseException) -> Bool {
        e.isInstance(of: ExceptionTypes.stopAsyncIteration) || e.isInstance(of: ExceptionTypes.generatorExit)
    }

    private func ignoredExit() -> PyBaseException {
        gen.asyncState!.runningAsync = false
        state = .closed
        return PyError.runtime("async generator ignored GeneratorExit")
    }
}
