/// The Python-visible methods of `Future`, `Task` and `_GatheringFuture`.
extension Builtins {
    static func installFutureMethods() {
        let t = AsyncioTypes.future
        t.constructor = { vm, cls, args in
            let bound = try args.bind("Future", positional: [], keywordOnly: ["loop"], required: 0)
            let loop = try bound[0].flatMap { $0.isNone ? nil : try vm.loopArgument($0) } ?? vm.currentEventLoop()
            return .object(PyFuture(loop: loop, type: cls))
        }
        t.addMethod("result", on: PyFuture.self, arity: 0...0) { vm, f, _ in try f.result(vm) }
        t.addMethod("exception", on: PyFuture.self, arity: 0...0) { vm, f, _ in
            try f.exception(vm).map { .object($0) } ?? .none
        }
        t.addMethod("done", on: PyFuture.self, arity: 0...0) { _, f, _ in .bool(f.isDone) }
        t.addMethod("cancelled", on: PyFuture.self, arity: 0...0) { _, f, _ in .bool(f.isCancelled) }
        t.addMethod("get_loop", on: PyFuture.self, arity: 0...0) { _, f, _ in .object(f.loop) }
        t.addMethod("cancel") { vm, args in
            let f: PyFuture = try vm.receiver(args, "cancel", "Future")
            let given = args.droppingSelf.count
            if given > 1 { throw PyError.type("cancel() takes at most 1 argument (\(given) given)") }
            let bound = try args.droppingSelf.bind("cancel", positional: ["msg"], required: 0)
            return .bool(f.cancelAny(message: bound[0] ?? .none))
        }
        t.addMethod("set_result", on: PyFuture.self, arity: 1...1) { vm, f, args in
            try rejectOnTask(f, "set_result")
            try f.setResult(args[0], vm)
            return .none
        }
        t.addMethod("set_exception", on: PyFuture.self, arity: 1...1) { vm, f, args in
            try rejectOnTask(f, "set_exception")
            try f.setException(try vm.exceptionInstance(args[0], "invalid exception object"), vm)
            return .none
        }
        t.addMethod("add_done_callback") { vm, args in
            let f: PyFuture = try vm.receiver(args, "add_done_callback", "Future")
            let bound = try args.droppingSelf.bind("add_done_callback", positional: ["fn"], keywordOnly: ["context"], required: 1)
            f.addCallback(.python(bound[0]!))
            return .none
        }
        t.addMethod("remove_done_callback", on: PyFuture.self, arity: 1...1) { vm, f, args in
            .int(try f.removeCallback(args[0], vm))
        }
        for name in ["__await__", "__iter__"] {
            t.addMethod(name, on: PyFuture.self, arity: 0...0) { _, f, _ in .object(PyFutureIterator(f)) }
        }
        t.addGetter("_asyncio_future_blocking") { _, v in .bool((v.asObject as? PyFuture)?.blocking ?? false) }
        t.addGetter("_loop") { _, v in (v.asObject as? PyFuture).map { .object($0.loop) } ?? .none }
    }

    /// Only tasks' own steps may complete a task.
    private static func rejectOnTask(_ f: PyFuture, _ method: String) throws {
        if f is PyTask { throw PyError.runtime("Task does not support \(method) operation") }
    }

    static func installTaskMethods() {
        let t = AsyncioTypes.task
        t.constructor = { vm, cls, args in
            let bound = try args.bind("Task", positional: ["coro"], keywordOnly: ["loop", "name", "context"], required: 1)
            let loop = try bound[1].flatMap { $0.isNone ? nil : try vm.loopArgument($0) } ?? vm.currentEventLoop()
            return .object(try vm.createTask(bound[0]!, loop: loop, name: bound[2]))
        }
        t.addMethod("get_name", on: PyTask.self, arity: 0...0) { _, task, _ in .string(task.name) }
        t.addMethod("set_name", on: PyTask.self, arity: 1...1) { vm, task, args in
            task.name = try vm.str(args[0])
            vm.trace(.taskRenamed(task: task.traceID, name: task.name))
            return .none
        }
        t.addMethod("get_coro", on: PyTask.self, arity: 0...0) { _, task, _ in .object(task.coro) }
        t.addMethod("cancelling", on: PyTask.self, arity: 0...0) { _, task, _ in .int(task.cancelRequests) }
        t.addMethod("uncancel", on: PyTask.self, arity: 0...0) { _, task, _ in .int(task.uncancel()) }
    }
}

extension VM {
    /// A `loop=` argument, which must be one of the engine's event loops.
    func loopArgument(_ v: Value) throws -> PyEventLoop {
        guard let loop = v.asObject as? PyEventLoop else {
            throw PyError.type("expected an event loop, got \(typeName(v))")
        }
        return loop
    }
}
