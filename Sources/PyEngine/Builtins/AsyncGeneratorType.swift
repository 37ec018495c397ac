/// Async generators from Python: `__anext__`, `asend`, `athrow`, `aclose` and
/// the awaitables they return, plus the `ag_*` introspection attributes.
extension Builtins {
    static func installAsyncGenerators() {
        let t = BuiltinTypes.asyncGenerator
        t.addMethod("__aiter__") { vm, args in
            let gen = try asAsyncGenerator(vm, args.positional.first ?? .none, "__aiter__")
            try expectNoArguments(args)
            return .object(gen)
        }
        t.addMethod("__anext__") { vm, args in
            let gen = try asAsyncGenerator(vm, args.positional.first ?? .none, "__anext__")
            try expectNoArguments(args)
            try vm.initAsyncGenHooks(gen)
            return .object(PyAsyncGenASend(gen, sending: .none))
        }
        t.addMethod("asend") { vm, args in
            let gen = try asAsyncGenerator(vm, args[0], "asend")
            try args.droppingSelf.expect("async_generator.asend", min: 1, max: 1)
            try vm.initAsyncGenHooks(gen)
            return .object(PyAsyncGenASend(gen, sending: args[1]))
        }
        t.addMethod("athrow") { vm, args in
            // The arguments are only checked when the awaitable first runs.
            let gen = try asAsyncGenerator(vm, args[0], "athrow")
            if !args.keywords.isEmpty { throw PyError.type("async_generator.athrow() takes no keyword arguments") }
            try vm.initAsyncGenHooks(gen)
            return .object(PyAsyncGenAThrow(gen, arguments: Array(args.positional.dropFirst())))
        }
        t.addMethod("aclose") { vm, args in
            let gen = try asAsyncGenerator(vm, args[0], "aclose")
            try args.droppingSelf.expect("async_generator.aclose", min: 0, max: 0)
            try vm.initAsyncGenHooks(gen)
            return .object(PyAsyncGenAThrow(gen, arguments: nil))
        }
        installNames(t)
        func gen(_ v: Value) -> PyGenerator { v.asObject as! PyGenerator }
        t.addGetter("ag_running") { _, v in .bool(gen(v).asyncState!.runningAsync) }
        t.addGetter("ag_frame") { _, v in gen(v).state == .closed ? .none : .object(PyFrameView(gen(v).frame)) }
        t.addGetter("ag_code") { _, v in .object(gen(v).frame.code) }
        t.addGetter("ag_await") { _, v in gen(v).delegate ?? .none }
        installAsyncGenAwaitables()
        installAsyncIterationBuiltins()
    }

    /// A slot wrapper's count check (`g.__anext__(1)`).
    private static func expectNoArguments(_ args: CallArgs) throws {
        if args.count > 1 { throw PyError.type("expected 0 arguments, got \(args.count - 1)") }
    }

    private static func asAsyncGenerator(_ vm: VM, _ v: Value, _ method: String) throws -> PyGenerator {
        guard let g = v.asObject as? PyGenerator, g.kind == .asyncGenerator else {
            throw PyError.descriptorRequires(method, owner: "async_generator", got: vm.typeName(v))
        }
        return g
    }

    /// `send`/`throw`/`close` and the iterator protocol of the `asend` and
    /// `athrow` awaitables; awaiting one returns the object itself.
    private static func installAsyncGenAwaitables() {
        for t in [AsyncGenTypes.asend, AsyncGenTypes.athrow] {
            func awaitable(_ args: CallArgs, _ method: String) throws -> NativeAwaitIterator {
                guard let a = args.positional.first?.asObject as? NativeAwaitIterator, a.type === t else {
                    throw PyError.descriptorRequires(method, owner: t.name, got: "object")
                }
                return a
            }
            for name in ["__await__", "__iter__"] {
                t.addMethod(name) { _, args in
                    _ = try awaitable(args, name)
                    return args[0]
                }
            }
            t.addMethod("__next__") { vm, args in try stepResult(try awaitable(args, "__next__").send(vm, .none)) }
            t.addMethod("send") { vm, args in
                let a = try awaitable(args, "send")
                try args.droppingSelf.expect("send", min: 1, max: 1)
                return try stepResult(try a.send(vm, args[1]))
            }
            t.addMethod("throw") { vm, args in
                let a = try awaitable(args, "throw")
                let exc = try thrownException(vm, Array(args.positional.dropFirst()), function: "throw")
                return try stepResult(try a.throwIn(vm, exc))
            }
            t.addMethod("close") { _, args in
                switch try awaitable(args, "close") {
                case let a as PyAsyncGenASend: a.state = .closed
                case let a as PyAsyncGenAThrow: a.state = .closed
                default: break
                }
                return .none
            }
        }
    }
}
