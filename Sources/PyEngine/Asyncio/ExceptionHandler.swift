/// `loop.call_exception_handler`: errors from callbacks (and reports made by
/// Python code) go to the handler set with `set_exception_handler`, else to
/// the default one, which writes them to stderr as CPython's logger does.
extension PyEventLoop {
    func callExceptionHandler(_ context: PyDict, _ vm: VM) throws {
        guard !exceptionHandler.isNone else { return try defaultExceptionHandler(context, vm) }
        do {
            _ = try vm.call(exceptionHandler, CallArgs([.object(self), .object(context)]))
        } catch let e as PyBaseException where !Self.escapes(e) {
            let report = PyDict()
            report.set("message", .string("Unhandled error in exception handler"))
            report.set("exception", .object(e))
            report.set("context", .object(context))
            try defaultExceptionHandler(report, vm)
        }
    }

    /// The message, the other entries as `key: repr` in key order, then the traceback.
    func defaultExceptionHandler(_ context: PyDict, _ vm: VM) throws {
        let message = try context.get("message").map { try vm.str($0) } ?? ""
        var lines = [message.isEmpty ? "Unhandled exception in event loop" : message]
        let keys = try context.keys.map { try vm.str($0) }.sorted()
        for key in keys where key != "message" && key != "exception" {
            guard let value = context.get(key) else { continue }
            lines.append("\(key): \(try vm.repr(value))")
        }
        var text = lines.joined(separator: "\n") + "\n"
        if let e = context.get("exception")?.asObject as? PyBaseException {
            text += TracebackPrinter(vm: vm).format(e)
        }
        vm.emitDiagnostic(text)
    }
}
