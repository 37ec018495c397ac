/// The functions of the `builtins` module.
extension Builtins {
    static func installBuiltinFunctions() {
        define("print", print)
        define("len") { vm, args in
            try args.expect("len", min: 1, max: 1)
            return .int(try vm.length(of: args[0]))
        }
        define("repr") { vm, args in
            try args.expect("repr", min: 1, max: 1)
            return .string(try vm.repr(args[0]))
        }
        define("isinstance") { vm, args in
            try args.expect("isinstance", min: 2, max: 2)
            return .bool(try vm.isInstance(args[0], args[1]))
        }
        define("iter") { vm, args in
            try args.expect("iter", min: 1, max: 2)
            if args.count == 1 { return try vm.getIterator(args[0]) }
            return try vm.callableIterator(args[0], sentinel: args[1])
        }
        define("next") { vm, args in
            try args.expect("next", min: 1, max: 2)
            if case .object(let o) = args[0], let g = o as? PyGenerator, g.kind == .generator {
                // A generator's return value becomes the StopIteration's value.
                switch try vm.resume(g, sending: .none) {
                case .yielded(let v): return v
                case .returned(let r):
                    if args.count == 2 { return args[1] }
                    throw PyError.stopIteration(r)
                }
            }
            if let v = try vm.nextItem(args[0]) { return v }
            if args.count == 2 { return args[1] }
            throw PyError.stopIteration()
        }
        define("__build_class__") { vm, args in try vm.call(vm.buildClassFunction, args) }
        defineValue("None", .none)
        defineValue("Ellipsis", .object(PySingleton.ellipsis))
        defineValue("NotImplemented", .notImplemented)
        for t in [BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.int, BuiltinTypes.bool, BuiltinTypes.float,
                  BuiltinTypes.str, BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set,
                  BuiltinTypes.frozenset, BuiltinTypes.range, BuiltinTypes.slice, BuiltinTypes.property,
                  BuiltinTypes.staticMethod, BuiltinTypes.classMethod, BuiltinTypes.superType] {
            defineValue(t.name, .object(t))
        }
        for t in ExceptionTypes.all { defineValue(t.name, .object(t)) }
    }

    /// `print(*objects, sep=' ', end='\n', file=sys.stdout, flush=False)`.
    private static func print(_ vm: VM, _ args: CallArgs) throws -> Value {
        var sep = " ", end = "\n"
        var stream = OutputStream.stdout
        var file: Value = .none
        for (name, value) in args.keywords {
            switch name {
            case "sep": sep = try optionalText(vm, value, "sep") ?? " "
            case "end": end = try optionalText(vm, value, "end") ?? "\n"
            case "file": file = value
            case "flush": break
            default: throw PyError.type("'\(name)' is an invalid keyword argument for print()")
            }
        }
        let text = try args.positional.map { try vm.str($0) }.joined(separator: sep) + end
        if !file.isNone {
            if let target = vm.standardStream(file) {
                stream = target
            } else {
                let write = try vm.getAttribute(file, PyStr.intern("write"))
                _ = try vm.call(write, CallArgs([.string(text)]))
                return .none
            }
        }
        try vm.emit(text, to: stream)
        return .none
    }

    private static func optionalText(_ vm: VM, _ v: Value, _ name: String) throws -> String? {
        switch v {
        case .none: return nil
        case .str(let s): return s.value
        default: throw PyError.type("\(name) must be None or a string, not \(vm.typeName(v))")
        }
    }
}

extension VM {
    /// `iter(callable, sentinel)`: calls until the sentinel comes back.
    func callableIterator(_ callable: Value, sentinel: Value) throws -> Value {
        guard isCallable(callable) else { throw PyError.type("iter(v, w): v must be callable") }
        return .object(PyNativeIterator(type: BuiltinTypes.callableIterator) { [unowned self] in
            let v = try self.call(callable, CallArgs())
            return try self.equals(v, sentinel) ? nil : v
        })
    }

    /// `isinstance(v, cls)` where cls is a class or a tuple of classes.
    func isInstance(_ v: Value, _ cls: Value) throws -> Bool {
        guard case .object(let o) = cls else {
            throw PyError.type("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
        if let t = o as? PyType { return typeOf(v).isSubtype(of: t) }
        if let tuple = o as? PyTuple { return try tuple.items.contains { try isInstance(v, $0) } }
        throw PyError.type("isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    /// The stream a `file=` argument names, when it is `sys.stdout`/`sys.stderr`.
    func standardStream(_ file: Value) -> OutputStream? {
        guard case .object(let o) = file, let s = o as? PyStandardStream else { return nil }
        return s.stream
    }
}

/// `sys.stdout` / `sys.stderr`: writes go to the run's output.
final class PyStandardStream: PyObject {
    let stream: OutputStream

    init(_ stream: OutputStream) {
        self.stream = stream
        super.init(type: BuiltinTypes.textIO)
    }
}
