/// Built-in functions that inspect objects and namespaces (`getattr`, `dir`,
/// `vars`, `locals`, `id`, `issubclass`), plus the ones a lesson cannot use
/// for real (`input`, `open`, `exit`).
extension Builtins {
    static func installReflection() {
        installAttributeFunctions()
        installNamespaceFunctions()
        installIdentityFunctions()
        installUnavailableFunctions()
    }

    private static func installAttributeFunctions() {
        define("getattr") { vm, args in
            try args.expect("getattr", min: 2, max: 3)
            let name = try attributeName(vm, args[1])
            guard args.count == 3 else { return try vm.getAttribute(args[0], name) }
            do {
                return try vm.getAttribute(args[0], name)
            } catch let e as PyBaseException where e.isInstance(of: ExceptionTypes.attributeError) {
                return args[2]
            }
        }
        define("hasattr") { vm, args in
            try args.expect("hasattr", min: 2, max: 2)
            let name = try attributeName(vm, args[1])
            do {
                _ = try vm.getAttribute(args[0], name)
                return .bool(true)
            } catch let e as PyBaseException where e.isInstance(of: ExceptionTypes.attributeError) {
                return .bool(false)
            }
        }
        define("setattr") { vm, args in
            try args.expect("setattr", min: 3, max: 3)
            try vm.setAttribute(args[0], try attributeName(vm, args[1]), args[2])
            return .none
        }
        define("delattr") { vm, args in
            try args.expect("delattr", min: 2, max: 2)
            try vm.deleteAttribute(args[0], try attributeName(vm, args[1]))
            return .none
        }
    }

    private static func installNamespaceFunctions() {
        define("globals") { vm, args in
            try args.expect("globals", min: 0, max: 0)
            return .object(vm.currentFrame?.globals ?? vm.mainModule.dict)
        }
        define("locals") { vm, args in
            try args.expect("locals", min: 0, max: 0)
            return .object(vm.currentLocals())
        }
        define("vars") { vm, args in
            try args.expect("vars", min: 0, max: 1)
            if args.count == 0 { return .object(vm.currentLocals()) }
            do {
                return try vm.getAttribute(args[0], PyStr.intern("__dict__"))
            } catch let e as PyBaseException where e.isInstance(of: ExceptionTypes.attributeError) {
                throw PyError.type("vars() argument must have __dict__ attribute")
            }
        }
        define("dir") { vm, args in
            try args.expect("dir", min: 0, max: 1)
            if args.count == 0 { return try sortedNames(vm, vm.currentLocals().keys) }
            if let custom = vm.userMethod(args[0], "__dir__") {
                return try sortedNames(vm, vm.iterate(try vm.callMethod(custom, receiver: args[0], CallArgs())))
            }
            return .object(PyList(vm.attributeNames(of: args[0]).sorted().map { .string($0) }))
        }
    }

    private static func sortedNames(_ vm: VM, _ names: [Value]) throws -> Value {
        let list = PyList(names)
        let texts = try names.map { v -> String in
            guard case .str(let s) = v else { throw PyError.type("'<' not supported between instances of '\(vm.typeName(v))' and 'str'") }
            return s.value
        }
        list.items = texts.sorted().map { .string($0) }
        return .object(list)
    }

    private static func installIdentityFunctions() {
        define("id") { vm, args in
            try args.expect("id", min: 1, max: 1)
            return .int(vm.identity(of: args[0]))
        }
        define("hash") { vm, args in
            try args.expect("hash", min: 1, max: 1)
            return .int(try vm.hash(args[0]))
        }
        define("callable") { vm, args in
            try args.expect("callable", min: 1, max: 1)
            return .bool(vm.isCallable(args[0]))
        }
        define("issubclass") { vm, args in
            try args.expect("issubclass", min: 2, max: 2)
            guard case .object(let o) = args[0], let cls = o as? PyType else {
                throw PyError.type("issubclass() arg 1 must be a class")
            }
            return .bool(try isSubclass(cls, args[1]))
        }
    }

    private static func isSubclass(_ cls: PyType, _ target: Value) throws -> Bool {
        if case .object(let o) = target {
            if let t = o as? PyType { return cls.isSubtype(of: t) }
            if let tuple = o as? PyTuple { return try tuple.items.contains { try isSubclass(cls, $0) } }
        }
        throw PyError.type("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    private static func installUnavailableFunctions() {
        define("input") { vm, args in
            try args.expect("input", min: 0, max: 1)
            if args.count == 1 { try vm.emit(try vm.str(args[0]), to: .stdout) }
            throw PyBaseException(ExceptionTypes.eofError, "EOF when reading a line")
        }
        define("open") { _, _ in
            throw PyError.notImplemented("open() is not supported by LoopLab's engine")
        }
        for name in ["exit", "quit"] {
            define(name) { _, args in
                try args.expect(name, min: 0, max: 1)
                throw PyBaseException(type: ExceptionTypes.systemExit, args: args.positional)
            }
        }
        define("__import__") { vm, args in
            guard args.count >= 1, case .str(let name) = args[0] else {
                throw PyError.type("__import__() missing required argument 'name' (pos 1)")
            }
            let fromList = args.count >= 4 ? args[3] : (args.keyword("fromlist") ?? .none)
            return try vm.importModule(name.value, fromList: fromList)
        }
    }
}

extension VM {
    /// `locals()`: the namespace of module and class code, or a snapshot of a
    /// function's fast locals and cells.
    func currentLocals() -> PyDict {
        guard let frame = currentFrame else { return mainModule.dict }
        if let namespace = frame.namespace { return namespace }
        let dict = PyDict()
        let code = frame.code
        for (i, name) in code.varnames.enumerated() where !frame.slots[i].isNull {
            dict.set(name, frame.slots[i])
        }
        for (i, name) in (code.cellvars + code.freevars).enumerated() where i < frame.cells.count {
            if !frame.cells[i].contents.isNull { dict.set(name, frame.cells[i].contents) }
        }
        return dict
    }

    /// The names `dir(v)` lists: the instance dict, then the class and its bases
    /// (for a module, just its namespace).
    func attributeNames(of v: Value) -> [String] {
        var names = Set<String>()
        func add(_ dict: PyDict) {
            for key in dict.keys { if case .str(let s) = key { names.insert(s.value) } }
        }
        func addClass(_ cls: PyType) {
            for c in cls.mro {
                add(c.dict)
                names.formUnion(c.getters.keys)
            }
        }
        if case .object(let o) = v {
            if let module = o as? PyModule {
                add(module.dict)
                return Array(names)
            }
            if let cls = o as? PyType {
                addClass(cls)
                return Array(names)
            }
        }
        if let dict = instanceDict(v) { add(dict) }
        addClass(typeOf(v))
        return Array(names)
    }

    /// `id(v)`: the address of an object; equal small values share one id, as
    /// `is` treats them as the same object.
    func identity(of v: Value) -> Int {
        switch v {
        case .object(let o): return Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o)))
        case .str(let s): return Int(bitPattern: UInt(bitPattern: ObjectIdentifier(s)))
        case .none, .null: return 0x10_0000
        case .bool(let b): return b ? 0x10_0020 : 0x10_0040
        case .int(let i): return 0x20_0000 &+ i &* 32
        case .float(let d): return Int(bitPattern: UInt(d.bitPattern) | 1)
        }
    }

    /// `callable(v)`.
    func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o {
        case is PyFunction, is PyBuiltinFunction, is PyBoundMethod, is PyType: return true
        case let w as PyMethodWrapper: return !w.isClassMethod
        default: return o.type.isHeapType && o.type.lookup("__call__") != nil
        }
    }
}
