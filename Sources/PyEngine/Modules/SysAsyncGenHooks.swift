/// `sys.set_asyncgen_hooks` / `sys.get_asyncgen_hooks`: the callables async
/// generators report to (firstiter on their first iteration, finalizer when
/// dropped unfinished). A running event loop installs its own.
extension VM {
    func asyncGenHookFunctions() -> [(String, Value)] {
        let hooksType = Self.makeHooksType()
        return [
            nativeFunction("set_asyncgen_hooks") { vm, args in
                try vm.setAsyncGenHooks(args)
                return .none
            },
            nativeFunction("get_asyncgen_hooks") { vm, args in
                try args.expect("get_asyncgen_hooks", min: 0, max: 0)
                let hooks = vm.asyncio.asyncGenHooks
                return .object(PyTuple([hooks.firstiter, hooks.finalizer], type: hooksType))
            },
        ]
    }

    /// Each hook is set only when given; CPython checks the finalizer first.
    private func setAsyncGenHooks(_ args: CallArgs) throws {
        if args.count > 2 { throw PyError.type("function takes at most 2 arguments (\(args.count) given)") }
        var given: [Value?] = args.positional.map { $0 } + Array(repeating: nil, count: 2 - args.count)
        for (name, value) in args.keywords {
            guard let i = ["firstiter", "finalizer"].firstIndex(of: name), given[i] == nil else {
                throw PyError.type("'\(name)' is an invalid keyword argument for this function")
            }
            given[i] = value
        }
        for (i, name) in [(1, "finalizer"), (0, "firstiter")] {
            if let v = given[i], !v.isNone, !isCallable(v) {
                throw PyError.type("callable \(name) expected, got \(typeName(v))")
            }
        }
        if let finalizer = given[1] { asyncio.asyncGenHooks.finalizer = finalizer }
        if let firstiter = given[0] { asyncio.asyncGenHooks.firstiter = firstiter }
    }

    /// The `asyncgen_hooks` struct sequence: a pair readable by field name.
    private static func makeHooksType() -> PyType {
        let cls = PyType(name: "asyncgen_hooks", bases: [BuiltinTypes.tuple], module: "builtins", isHeapType: true)
        cls.dict.type = BuiltinTypes.dict
        cls.mro = [cls] + BuiltinTypes.tuple.mro
        let fields = ["firstiter", "finalizer"]
        for (index, field) in fields.enumerated() {
            cls.addGetter(field) { _, v in (v.asObject as? PyTuple)?.items[index] ?? .none }
        }
        cls.addMethod("__repr__") { vm, args in
            guard let hooks = args[0].asObject as? PyTuple else { return .string(try vm.repr(args[0])) }
            let shown = try zip(fields, hooks.items).map { "\($0)=\(try vm.repr($1))" }
            return .string("asyncgen_hooks(\(shown.joined(separator: ", ")))")
        }
        return cls
    }
}
