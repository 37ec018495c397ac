/// The `str` type: its constructor, its methods, and the text builtins
/// (`ord`, `chr`, `ascii`). Methods work on code points (`PyStr.scalars`), the
/// unit Python indexes by.
extension Builtins {
    static func installStr() {
        let str = BuiltinTypes.str
        str.constructor = { vm, cls, args in try constructStr(vm, cls, args) }
        installStrCase()
        installStrPredicates()
        installStrSearch()
        installStrSplit()
        installStrLayout()
        installStrFormat()
        installStrTranslate()
        installStrDunders()
        installTextBuiltins()
    }

    /// `str()` / `str(obj)`.
    private static func constructStr(_ vm: VM, _ cls: PyType, _ args: CallArgs) throws -> Value {
        guard cls === BuiltinTypes.str else {
            throw PyError.type("subclasses of str are not supported by LoopLab's engine")
        }
        if let bad = args.keywords.first(where: { $0.name != "object" }) {
            throw PyError.type("'\(bad.name)' is an invalid keyword argument for str()")
        }
        var positional = args.positional
        if let object = args.keyword("object") { positional.append(object) }
        if positional.count > 1 {
            throw PyError.type("decoding to str is not supported by LoopLab's engine")
        }
        guard let object = positional.first else { return .string("") }
        if case .str = object { return object }
        return .string(try vm.str(object))
    }

    /// Registers a str method whose body receives the receiver and the remaining arguments.
    static func strMethod(_ name: String, _ body: @escaping (VM, PyStr, CallArgs) throws -> Value) {
        let str = BuiltinTypes.str
        str.dict.set(name, .object(PyBuiltinFunction(method: name, owner: str) { vm, first, rest in
            guard case .str(let s) = first else {
                throw PyError.descriptorMismatch(name, owner: "str", got: vm.typeName(first))
            }
            return try body(vm, s, rest)
        }))
    }

    /// Argument checks worded as CPython's argument clinic words them for str methods.
    static func expectArguments(_ args: CallArgs, _ name: String, min: Int, max: Int) throws {
        if !args.keywords.isEmpty { throw PyError.type("str.\(name)() takes no keyword arguments") }
        // The usual case returns before the name for the message is built.
        if args.count >= min && args.count <= max { return }
        try CallArgs(args.positional).expect(min == max && min <= 1 ? "str.\(name)" : name, min: min, max: max)
    }

    /// A method taking no arguments that maps the receiver's text to new text.
    static func strTransform(_ name: String, _ transform: @escaping (PyStr) -> String) {
        strMethod(name) { _, s, args in
            try expectArguments(args, name, min: 0, max: 0)
            return .string(transform(s))
        }
    }

    /// `__len__`, `__contains__`, `__getitem__`, `__add__`, `__mul__`, `__mod__`
    /// for explicit calls; the VM handles the operators natively.
    private static func installStrDunders() {
        strMethod("__len__") { _, s, args in
            try expectArguments(args, "__len__", min: 0, max: 0)
            return .int(s.count)
        }
        strMethod("__contains__") { vm, s, args in
            try expectArguments(args, "__contains__", min: 1, max: 1)
            return .bool(try vm.contains(.str(s), args[0]))
        }
        strMethod("__getitem__") { vm, s, args in
            try expectArguments(args, "__getitem__", min: 1, max: 1)
            return try vm.getItem(.str(s), args[0])
        }
        strMethod("__add__") { vm, s, args in
            try expectArguments(args, "__add__", min: 1, max: 1)
            guard case .str(let other) = args[0] else { return .notImplemented }
            return .string(s.value + other.value)
        }
        strMethod("__mul__") { vm, s, args in
            try expectArguments(args, "__mul__", min: 1, max: 1)
            guard let n = try vm.indexValue(args[0]) else { return .notImplemented }
            return .string(String(repeating: s.value, count: max(n, 0)))
        }
        strMethod("__mod__") { vm, s, args in
            try expectArguments(args, "__mod__", min: 1, max: 1)
            return .string(try vm.percentFormat(s.value, args[0]))
        }
        strMethod("encode") { _, _, _ in
            throw PyError.notImplemented("bytes are not supported by LoopLab's engine")
        }
    }
}

extension PyStr {
    /// Text built from code points.
    static func text<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        // Encoding to UTF-8 bytes first is much faster than appending scalars to a String.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension VM {
    /// The str argument of a method, with CPython's "must be str, not int".
    func strArgument(_ v: Value) throws -> PyStr {
        guard case .str(let s) = v else { throw PyError.type("must be str, not \(typeName(v))") }
        return s
    }
}
