import PySyntax

/// `collections`: `deque`, `defaultdict`, `namedtuple`, `Counter` and
/// `OrderedDict`, written in Python over a few native helpers.
extension VM {
    func makeCollectionsModule() throws -> PyModule {
        let native = [
            nativeFunction("_new_dict") { _, args in
                guard let cls = args[0].asObject as? PyType else { throw PyError.type("_new_dict() needs a class") }
                return .object(PyDict(type: cls))
            },
            nativeFunction("_set_default_factory") { _, args in
                (args[0].asObject as? PyDict)?.defaultFactory = args[1]
                return .none
            },
            nativeFunction("_get_default_factory") { _, args in
                let f = (args[0].asObject as? PyDict)?.defaultFactory ?? .none
                return f.isNull ? .none : f
            },
            nativeFunction("_dict_repr") { vm, args in
                guard let d = args[0].asObject as? PyDict else { return .string(try vm.repr(args[0])) }
                return .string(try vm.withRecursionGuard { try vm.reprDict(d) })
            },
            nativeFunction("_tuple_new") { vm, args in
                guard let cls = args[0].asObject as? PyType else { throw PyError.type("_tuple_new() needs a class") }
                return .object(PyTuple(try vm.iterate(args[1]), type: cls))
            },
            nativeFunction("_make_new") { vm, args in try vm.namedtupleNew(args) },
        ]
        return try makeModule("collections", native: native, source: Self.collectionsSource)
    }

    /// `__new__` for a namedtuple class, compiled with the fields as its
    /// parameters so argument errors read exactly as python3's.
    private func namedtupleNew(_ args: CallArgs) throws -> Value {
        guard case .str(let typename) = args[0] else { throw PyError.type("typename must be a str") }
        let fields = try iterate(args[1]).map { v -> String in
            guard case .str(let s) = v, Self.isIdentifier(s.value) else {
                throw PyError.value("Type names and field names must be valid identifiers: \(try repr(v))")
            }
            return s.value
        }
        let list = fields.joined(separator: ", ")
        let source = "def __new__(_cls\(fields.isEmpty ? "" : ", " + list)):\n    return _tuple_new(_cls, (\(list)\(fields.count == 1 ? "," : "")))\n"
        let code = try Compiler.compile(try Parser.parseModule(source), filename: "<namedtuple>")
        let namespace = PyDict()
        namespace.set("__name__", .string("collections"))
        namespace.set("_tuple_new", .object(PyBuiltinFunction("_tuple_new") { vm, a in
            .object(PyTuple(try vm.iterate(a[1]), type: a[0].asObject as! PyType))
        }))
        _ = try run(Frame(code: code, globals: namespace, namespace: namespace, closure: []))
        guard let new = namespace.get("__new__")?.asObject as? PyFunction else { throw PyError.runtime("namedtuple") }
        new.qualifiedName = "\(typename.value).__new__"
        if args.count > 2, !args[2].isNone { new.defaults = try iterate(args[2]) }
        return .object(new)
    }

    private static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    }
}
