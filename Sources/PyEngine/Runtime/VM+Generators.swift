/// Generators and coroutines: resuming their frames with `send`/`throw`,
/// delegation with `yield from`/`await`, and `close`.
extension VM {
    /// Runs a generator until it yields or finishes. With `throwing`, raises that
    /// exception at the point where it is suspended.
    func resume(_ gen: PyGenerator, sending value: Value, throwing: PyBaseException? = nil) throws -> FrameExit {
        switch gen.state {
        case .running:
            throw PyError.value("\(gen.kindName) already executing")
        case .closed:
            if let throwing { throw throwing }
            if gen.kind == .coroutine { throw PyError.runtime("cannot reuse already awaited coroutine") }
            return .returned(.none)
        case .created:
            if throwing == nil && !value.isNone {
                throw PyError.type("can't send non-None value to a just-started \(gen.kindName)")
            }
        case .suspended:
            if let throwing, let sub = gen.delegate {
                return try throwThroughDelegate(gen, sub, throwing)
            }
            if throwing == nil { gen.frame.push(value) }
        }
        return try runGenerator(gen, throwing: throwing)
    }

    /// Runs the generator's frame with its own exception-state link.
    private func runGenerator(_ gen: PyGenerator, throwing: PyBaseException?) throws -> FrameExit {
        gen.state = .running
        // The generator's state goes in front of the running one, and back out
        // after; swapped rather than assigned, which spares reference counting
        // on every resume. While the generator runs, `waiting` holds the outer state.
        gen.exceptionState.previous = exceptionState
        var waiting = gen.exceptionState
        swap(&waiting, &exceptionState)
        defer {
            swap(&waiting, &exceptionState)
            gen.exceptionState.previous = nil
        }
        do {
            let exit = try run(gen.frame, throwing: throwing)
            switch exit {
            case .yielded:
                gen.state = .suspended
                if !gen.watchedUntilExit && !gen.frame.handlers.isEmpty { watchUntilExit(gen) }
            case .returned:
                gen.state = .closed
                if !gen.frame.code.isScaffolding { gen.frame.releaseLocals() }
            }
            return exit
        } catch let e as PyBaseException {
            gen.state = .closed
            throw leakedStopIteration(e, from: gen.kind)
        }
    }

    /// PEP 479: a StopIteration escaping a generator becomes RuntimeError.
    func leakedStopIteration(_ e: PyBaseException, from kind: PyGenerator.Kind) -> PyBaseException {
        let leaked = e.isInstance(of: ExceptionTypes.stopIteration)
            || (kind == .asyncGenerator && e.isInstance(of: ExceptionTypes.stopAsyncIteration))
        guard leaked else { return e }
        let name = e.isInstance(of: ExceptionTypes.stopIteration) ? "StopIteration" : "StopAsyncIteration"
        let error = PyError.runtime("\(kind.name) raised \(name)")
        error.cause = e
        error.context = e
        error.suppressContext = true
        return error
    }

    /// `gen.throw(exc)` while gen is inside `yield from sub`: the exception goes to
    /// sub first (GeneratorExit closes sub, then enters gen).
    private func throwThroughDelegate(_ gen: PyGenerator, _ sub: Value, _ exc: PyBaseException) throws -> FrameExit {
        let frame = gen.frame
        if exc.isInstance(of: ExceptionTypes.generatorExit) {
            try closeIterator(sub)
            frame.currentInstruction = frame.ip
            _ = frame.pop()
            frame.ip += 1
            return try runGenerator(gen, throwing: exc)
        }
        gen.state = .running
        let outcome: Result<FrameExit, PyBaseException>
        do {
            outcome = .success(try throwInto(sub, exc))
        } catch let e as PyBaseException {
            outcome = .failure(e)
        }
        gen.state = .suspended
        frame.currentInstruction = frame.ip
        switch outcome {
        case .success(.yielded(let v)):
            return .yielded(v)
        case .success(.returned(let r)):
            frame.setPeek(1, r)
            frame.ip += 1
            return try runGenerator(gen, throwing: nil)
        case .failure(let e):
            _ = frame.pop()
            frame.ip += 1
            return try runGenerator(gen, throwing: e)
        }
    }

    /// Throws exc into an iterator: a generator directly, others via `.throw()`.
    func throwInto(_ sub: Value, _ exc: PyBaseException) throws -> FrameExit {
        if case .object(let o) = sub, let g = o as? PyGenerator {
            return try resume(g, sending: .none, throwing: exc)
        }
        if case .object(let o) = sub, let native = o as? NativeAwaiter {
            return try native.throwIn(self, exc)
        }
        if case .object(let o) = sub, let native = o as? NativeAwaitIterator {
            return try native.throwIn(self, exc)
        }
        guard case .object = sub, let method = try? getAttribute(sub, PyStr.intern("throw")) else { throw exc }
        do {
            return .yielded(try call(method, CallArgs([.object(exc)])))
        } catch let stop as PyBaseException where stop.isInstance(of: ExceptionTypes.stopIteration) {
            return .returned(stop.args.first ?? .none)
        }
    }

    /// `gen.close()`.
    func close(_ gen: PyGenerator) throws {
        switch gen.state {
        case .created, .closed:
            gen.state = .closed
            return
        case .running:
            throw PyError.value("\(gen.kindName) already executing")
        case .suspended:
            break
        }
        do {
            if case .yielded = try resume(gen, sending: .none, throwing: PyBaseException(type: ExceptionTypes.generatorExit)) {
                throw PyError.runtime("\(gen.kindName) ignored GeneratorExit")
            }
        } catch let e as PyBaseException where e.isInstance(of: ExceptionTypes.generatorExit)
                    || e.isInstance(of: ExceptionTypes.stopIteration) {
            return
        }
    }

    /// Closes any iterator that has a `close` method.
    private func closeIterator(_ v: Value) throws {
        if case .object(let o) = v, let g = o as? PyGenerator { return try close(g) }
        if case .object = v, let method = try? getAttribute(v, PyStr.intern("close")) {
            _ = try call(method, CallArgs())
        }
    }

    // MARK: Delegation

    /// One step of `yield from`/`await`: sends v into sub.
    func delegate(to sub: Value, sending v: Value) throws -> FrameExit {
        if case .object(let o) = sub, let g = o as? PyGenerator {
            return try resume(g, sending: v)
        }
        if case .object(let o) = sub, let native = o as? NativeAwaiter {
            return try native.send(self, v)
        }
        if case .object(let o) = sub, let native = o as? NativeAwaitIterator {
            return try native.send(self, v)
        }
        if v.isNone {
            if let next = try nextItemKeepingValue(sub) { return next }
        }
        let send = try getAttribute(sub, PyStr.intern("send"))
        do {
            return .yielded(try call(send, CallArgs([v])))
        } catch let stop as PyBaseException where stop.isInstance(of: ExceptionTypes.stopIteration) {
            return .returned(stop.args.first ?? .none)
        }
    }

    /// `next(sub)`, keeping the StopIteration value as the return value.
    private func nextItemKeepingValue(_ sub: Value) throws -> FrameExit? {
        guard case .object(let o) = sub else { return nil }
        if o is PySequenceIterator || o is PyRangeIterator || o is PyNativeIterator {
            if let v = try nextItem(sub) { return .yielded(v) }
            return .returned(.none)
        }
        guard let next = userMethod(sub, "__next__") else { return nil }
        do {
            return .yielded(try callMethod(next, receiver: sub, CallArgs()))
        } catch let stop as PyBaseException where stop.isInstance(of: ExceptionTypes.stopIteration) {
            return .returned(stop.args.first ?? .none)
        }
    }

    /// The value a `yield` hands out; an async generator's is wrapped so its
    /// awaitables can tell it from what an inner `await` yields.
    func yieldedValue(_ v: Value, in frame: Frame) throws -> Value {
        frame.code.flags.contains(.asyncGenerator) ? .object(PyAsyncGenWrappedValue(v)) : v
    }

    /// `getYieldFromIter`.
    func yieldFromIterator(_ v: Value, in frame: Frame) throws -> Value {
        if case .object(let o) = v, let g = o as? PyGenerator {
            if g.kind == .coroutine && !frame.code.flags.contains(.coroutine) {
                throw PyError.type("cannot 'yield from' a coroutine object in a non-coroutine generator")
            }
            return v
        }
        return try getIterator(v)
    }

    /// `getAwaitable`: a coroutine, or the iterator `__await__` returns.
    func awaitable(_ v: Value, context: Int) throws -> Value {
        if case .object(let o) = v, let g = o as? PyGenerator, g.kind == .coroutine {
            if g.delegate != nil || g.state == .running {
                throw PyError.runtime("coroutine is being awaited already")
            }
            return v
        }
        // asyncio's built-in awaitables, without looking up and calling `__await__`:
        // a future's is its iterator, the bare yield of `sleep(0)` is its own.
        if case .object(let o) = v, !o.type.isHeapType {
            if let future = o as? PyFuture { return .object(PyFutureIterator(future)) }
            if o is PyYieldOnce { return v }
        }
        if let method = awaitMethod(v) {
            let it = try callMethod(method, receiver: v, CallArgs())
            if case .object(let o) = it, let g = o as? PyGenerator, g.kind == .coroutine {
                throw PyError.type("__await__() returned a coroutine")
            }
            guard isIterator(it) else {
                throw PyError.type("__await__() returned non-iterator of type '\(typeName(it))'")
            }
            return it
        }
        switch context {
        case 1: throw PyError.type("'async with' received an object from __aenter__ that does not implement __await__: \(typeName(v))")
        case 2: throw PyError.type("'async with' received an object from __aexit__ that does not implement __await__: \(typeName(v))")
        default: throw PyError.type("object \(typeName(v)) can't be used in 'await' expression")
        }
    }

    /// `__await__` from the class, Python-defined or inherited from a built-in
    /// type (a subclass of `asyncio.Future`); None means not awaitable.
    private func awaitMethod(_ v: Value) -> Value? {
        guard case .object(let o) = v, let m = o.type.lookup("__await__"), !m.isNone else { return nil }
        return m
    }

    // MARK: Async iteration and context managers

    /// `aiter(v)` as `async for` asks for it, with CPython's messages.
    func asyncIterator(_ v: Value) throws -> Value {
        guard let method = specialMethod(v, "__aiter__") else {
            throw PyError.type("'async for' requires an object with __aiter__ method, got \(typeName(v))")
        }
        let it = try callMethod(method, receiver: v, CallArgs())
        guard specialMethod(it, "__anext__") != nil else {
            throw PyError.type("'async for' received an object from __aiter__ that does not implement __anext__: \(typeName(it))")
        }
        return it
    }

    /// The awaitable `__anext__` returns, for one step of `async for`.
    func asyncNext(_ iterator: Value) throws -> Value {
        guard let method = specialMethod(iterator, "__anext__") else {
            throw PyError.type("'async for' requires an iterator with __anext__ method, got \(typeName(iterator))")
        }
        let result = try callMethod(method, receiver: iterator, CallArgs())
        do {
            return try awaitable(result, context: 0)
        } catch {
            throw PyError.type("'async for' received an invalid object from __anext__: \(typeName(result))")
        }
    }

    /// `async with`'s `(__aexit__, __aenter__ awaitable)`, after checking both exist.
    func beforeAsyncWith(_ manager: Value) throws -> (Value, Value) {
        guard let enter = specialMethod(manager, "__aenter__") else {
            throw PyError.type("'\(typeName(manager))' object does not support the asynchronous context manager protocol")
        }
        guard let exit = specialMethod(manager, "__aexit__") else {
            throw PyError.type("'\(typeName(manager))' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
        }
        let boundExit = try bind(exit, to: manager, typeOf(manager))
        let entered = try callMethod(enter, receiver: manager, CallArgs())
        return (boundExit, try awaitable(entered, context: 1))
    }

    /// `with`'s `(__exit__, __enter__ result)`, after checking both exist.
    func beforeWith(_ manager: Value) throws -> (Value, Value) {
        guard let enter = specialMethod(manager, "__enter__") else {
            throw PyError.type("'\(typeName(manager))' object does not support the context manager protocol")
        }
        guard let exit = specialMethod(manager, "__exit__") else {
            throw PyError.type("'\(typeName(manager))' object does not support the context manager protocol (missed __exit__ method)")
        }
        let boundExit = try bind(exit, to: manager, typeOf(manager))
        return (boundExit, try callMethod(enter, receiver: manager, CallArgs()))
    }

    /// A special method from the class, built-in or Python.
    private func specialMethod(_ v: Value, _ name: String) -> Value? {
        typeOf(v).lookup(name)
    }

    // MARK: Warnings

    /// CPython's RuntimeWarning when a coroutine object is dropped unstarted.
    func warnNeverAwaited(_ gen: PyGenerator) {
        let location: String
        if let frame = currentFrame {
            location = "\(frame.code.filename):\(frame.line)"
        } else {
            location = "sys:1"
        }
        var text = "\(location): RuntimeWarning: coroutine '\(gen.qualifiedName)' was never awaited\n"
        if let frame = currentFrame, let line = sourceLine(frame.code.filename, frame.line) {
            text += "  \(line.trimmingCharacters(in: .whitespaces))\n"
        }
        text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
        trace(.warning(kind: .neverAwaited, task: traceRunningTask, text: "coroutine '\(gen.qualifiedName)' was never awaited"))
        emitDiagnostic(text)
    }
}

/// An iterator written in Swift that `await` and `yield from` drive directly,
/// with a return value and exceptions thrown in (asyncio's future iterator).
protocol NativeAwaitIterator: PyObject {
    func send(_ vm: VM, _ value: Value) throws -> FrameExit
    func throwIn(_ vm: VM, _ exc: PyBaseException) throws -> FrameExit
}

/// The base of asyncio's own native await iterators (futures, sleeps, queue
/// waits), which scheduling drives at every step: the VM tests for it with a
/// class cast before the protocol's far costlier conformance lookup.
class NativeAwaiter: PyObject, NativeAwaitIterator {
    /// Resumes with `value`; subclasses implement it.
    func send(_ vm: VM, _ value: Value) throws -> FrameExit {
        preconditionFailure("\(Self.self) must override send")
    }

    /// Raises `exc` where the iterator is suspended; by default it passes through.
    func throwIn(_ vm: VM, _ exc: PyBaseException) throws -> FrameExit {
        throw exc
    }
}
