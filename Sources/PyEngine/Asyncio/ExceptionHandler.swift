/// The loop's exception handler (`call_exception_handler` and the default
/// handler's report): how callback errors, never-retrieved exceptions and
/// tasks destroyed while pending reach the user.
extension PyEventLoop {
    /// `call_exception_handler(context)`: the custom handler if set, falling
    /// back to the default one when it fails.
    func callExceptionHandler(_ context: PyDict, _ vm: VM) throws {
        guard !exceptionHandler.isNone else {
            do {
                try callDefaultHandler(context, vm)
            } catch let e as PyBaseException where !isExitRequest(e) {
                vm.asyncioLogError("Exception in default exception handler", e)
            }
            return
        }
        do {
            _ = try vm.call(exceptionHandler, CallArgs([.object(self), .object(context)]))
        } catch let e as PyBaseException where !isExitRequest(e) {
            let fallback = PyDict()
            fallback.set("message", .string("Unhandled error in exception handler"))
            fallback.set("exception", .object(e))
            fallback.set("context", .object(context))
            do {
                try callDefaultHandler(fallback, vm)
            } catch let e as PyBaseException where !isExitRequest(e) {
                vm.asyncioLogError("Exception in default exception handler while handling an unexpected error in custom exception handler", e)
            }
        }
    }

    private func isExitRequest(_ e: PyBaseException) -> Bool {
        e.isInstance(of: ExceptionTypes.systemExit) || e.isInstance(of: ExceptionTypes.keyboardInterrupt)
    }

    /// `self.default_exception_handler(context)`, through a subclass's override.
    private func callDefaultHandler(_ context: PyDict, _ vm: VM) throws {
        if type.isHeapType, let method = type.lookup("default_exception_handler"), !(method.asObject is PyBuiltinFunction) {
            _ = try vm.callMethod(method, receiver: .object(self), CallArgs([.object(context)]))
        } else {
            try defaultExceptionHandler(context, vm)
        }
    }

    /// `default_exception_handler`: the message, a `key: repr(value)` line per
    /// other key in sorted order, then the exception's traceback, logged as an
    /// error by the `asyncio` logger.
    func defaultExceptionHandler(_ context: PyDict, _ vm: VM) throws {
        var message = "Unhandled exception in event loop"
        if let m = context.get("message"), try vm.isTrue(m) {
            guard case .str(let s) = m else { throw PyError.type("sequence item 0: expected str instance, \(vm.typeName(m)) found") }
            message = s.value
        }
        var lines = [message]
        for key in try vm.sorted(context.keys, key: nil, reverse: false) {
            if case .str(let k) = key, k.value == "message" || k.value == "exception" { continue }
            let value = try context.get(key, vm) ?? .none
            lines.append("\(try vm.str(key)): \(try vm.repr(value))")
        }
        let exception = context.get("exception")?.asObject as? PyBaseException
        vm.asyncioLogError(lines.joined(separator: "\n"), exception)
    }
}

extension VM {
    /// `logging.getLogger('asyncio').error(text, exc_info=exc)` with no logging
    /// configured: the last-resort handler writes the text and the traceback to
    /// whatever `sys.stderr` is at that moment.
    func asyncioLogError(_ text: String, _ exception: PyBaseException?) {
        var record = text
        if let exception {
            var traceback = TracebackPrinter(vm: self).format(exception)
            if traceback.hasSuffix("\n") { traceback.removeLast() }
            record += "\n" + traceback
        }
        writeToSysStderr(record + "\n")
    }

    /// Writes to the current `sys.stderr` (a program may point it at stdout).
    func writeToSysStderr(_ text: String) {
        guard let stream = modules["sys"]?.dict.get("stderr") else { return emitDiagnostic(text) }
        if let standard = stream.asObject as? PyStandardStream {
            if standard.stream == .stderr { return emitDiagnostic(text) }
            _ = try? emit(text, to: standard.stream)
            return
        }
        _ = try? call(try getAttribute(stream, PyStr.intern("write")), CallArgs([.string(text)]))
    }
}

extension Builtins {
    static func installExceptionHandlerMethods() {
        let t = AsyncioTypes.eventLoop
        t.addMethod("set_exception_handler", on: PyEventLoop.self, arity: 1...1) { vm, loop, args in
            if !args[0].isNone && !vm.isCallable(args[0]) {
                throw PyError.type("A callable object or None is expected, got \(try vm.repr(args[0]))")
            }
            loop.exceptionHandler = args[0]
            return .none
        }
        t.addMethod("get_exception_handler", on: PyEventLoop.self, arity: 0...0) { _, loop, _ in loop.exceptionHandler }
        t.addMethod("default_exception_handler", on: PyEventLoop.self, arity: 1...1) { vm, loop, args in
            try loop.defaultExceptionHandler(try contextArgument(vm, args[0]), vm)
            return .none
        }
        t.addMethod("call_exception_handler", on: PyEventLoop.self, arity: 1...1) { vm, loop, args in
            try loop.callExceptionHandler(try contextArgument(vm, args[0]), vm)
            return .none
        }
    }

    private static func contextArgument(_ vm: VM, _ v: Value) throws -> PyDict {
        guard let d = v.asObject as? PyDict else {
            throw PyError.attribute("'\(vm.typeName(v))' object has no attribute 'get'")
        }
        return d
    }
}
