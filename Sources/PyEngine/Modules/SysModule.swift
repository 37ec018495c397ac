/// `sys`: the run's arguments, streams, limits and exception state.
extension VM {
    func makeSysModule() throws -> PyModule {
        let module = try makeModule("sys", native: sysFunctions() + asyncGenHookFunctions())
        modules["sys"] = module
        let d = module.dict
        d.set("argv", .object(PyList(config.argv.map { .string($0) })))
        d.set("stdout", .object(PyStandardStream(.stdout)))
        d.set("stderr", .object(PyStandardStream(.stderr)))
        d.set("__stdout__", d.get("stdout")!)
        d.set("__stderr__", d.get("stderr")!)
        d.set("version", .string("3.11.7 (LoopLab engine)"))
        d.set("version_info", .object(PyTuple(Self.versionNumbers, type: Self.makeVersionInfoType())))
        d.set("hexversion", .int(0x030B07F0))
        d.set("platform", .string("linux"))
        d.set("byteorder", .string("little"))
        d.set("maxsize", .int(Int.max))
        d.set("implementation", .object(sysImplementation()))
        let loaded = PyDict()
        for (name, m) in modules.sorted(by: { $0.key < $1.key }) { loaded.set(name, .object(m)) }
        loaded.set("sys", .object(module))
        loaded.set("__main__", .object(mainModule))
        d.set("modules", .object(loaded))
        return module
    }

    /// The interpreter version the engine reproduces: 3.11.7 final.
    private static let versionFields = ["major", "minor", "micro", "releaselevel", "serial"]
    private static let versionNumbers: [Value] = [.int(3), .int(11), .int(7), .string("final"), .int(0)]

    /// The class of `sys.version_info`: a tuple whose items are also readable
    /// by name and whose repr names them. Made per run, as a class statement
    /// would be, so nothing a program does to it outlives the run.
    private static func makeVersionInfoType() -> PyType {
        let cls = PyType(name: "version_info", bases: [BuiltinTypes.tuple], module: "sys", isHeapType: true)
        cls.dict.type = BuiltinTypes.dict
        cls.mro = [cls] + BuiltinTypes.tuple.mro
        for (index, field) in versionFields.enumerated() {
            cls.addGetter(field) { _, v in (v.asObject as? PyTuple)?.items[index] ?? .none }
        }
        cls.addMethod("__repr__") { vm, args in
            guard let info = args[0].asObject as? PyTuple else { return .string(try vm.repr(args[0])) }
            let shown = try zip(versionFields, info.items).map { "\($0)=\(try vm.repr($1))" }
            return .string("sys.version_info(\(shown.joined(separator: ", ")))")
        }
        return cls
    }

    private func sysFunctions() -> [(String, Value)] {
        [
            nativeFunction("exit") { _, args in
                try args.expect("exit", min: 0, max: 1)
                let code = args.count == 1 ? args[0] : .none
                throw PyBaseException(type: ExceptionTypes.systemExit, args: code.isNone ? [] : [code])
            },
            nativeFunction("getrecursionlimit") { vm, args in
                try args.expect("getrecursionlimit", min: 0, max: 0)
                return .int(vm.recursionLimit)
            },
            nativeFunction("setrecursionlimit") { vm, args in try vm.setRecursionLimit(args) },
            nativeFunction("exc_info") { vm, args in
                try args.expect("exc_info", min: 0, max: 0)
                guard let e = vm.exceptionState.current else { return .object(PyTuple([.none, .none, .none])) }
                return .object(PyTuple([.object(e.type), .object(e), .none]))
            },
            nativeFunction("exception") { vm, args in
                try args.expect("exception", min: 0, max: 0)
                return vm.exceptionState.current.map { .object($0) } ?? .none
            },
            nativeFunction("get_int_max_str_digits") { _, _ in .int(4300) },
            nativeFunction("intern") { _, args in
                try args.expect("intern", min: 1, max: 1)
                return args[0]
            },
        ] + switchIntervalFunctions()
    }

    private func setRecursionLimit(_ args: CallArgs) throws -> Value {
        try args.expect("setrecursionlimit", min: 1, max: 1)
        guard case .int(let n) = args[0] else {
            throw PyError.notAnInteger(typeName(args[0]))
        }
        if n < 1 { throw PyError.value("recursion limit must be greater or equal than 1") }
        recursionLimit = n
        return .none
    }

    /// `sys.implementation`: a namespace with the implementation's name.
    private func sysImplementation() -> PyInstance {
        let info = PyInstance(type: SysTypes.namespace)
        info.dict.set("name", .string("cpython"))
        info.dict.set("cache_tag", .none)
        info.dict.set("version", .object(PyTuple([.int(3), .int(11), .int(7), .string("final"), .int(0)])))
        return info
    }
}

/// Classes the `sys` module's values belong to.
enum SysTypes {
    static let namespace = BuiltinTypes.make("SimpleNamespace", layout: .instance, module: "types")

    /// `write`/`flush` on `sys.stdout` and `sys.stderr`.
    static func installStreamMethods() {
        let stream = BuiltinTypes.textIO
        stream.addMethod("write") { vm, args in
            try args.expect("write", min: 2, max: 2)
            guard case .object(let o) = args[0], let s = o as? PyStandardStream else {
                throw PyError.type("descriptor 'write' requires a '_io.TextIOWrapper' object")
            }
            guard case .str(let text) = args[1] else {
                throw PyError.type("write() argument must be str, not \(vm.typeName(args[1]))")
            }
            try vm.emit(text.value, to: s.stream)
            return .int(text.count)
        }
        stream.addMethod("flush") { _, _ in .none }
        stream.addMethod("isatty") { _, _ in .bool(false) }
    }
}
