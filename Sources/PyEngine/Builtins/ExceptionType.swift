/// BaseException and its subclasses: construction, `args`, chaining attributes,
/// notes, tracebacks, and the attributes particular exceptions carry.
extension Builtins {
    static func installExceptions() {
        let base = ExceptionTypes.baseException
        base.constructor = { vm, cls, args in
            try checkExceptionKeywords(vm, cls, args)
            let e = PyBaseException(type: cls, args: args.positional)
            storeFields(e, args)
            return .object(e)
        }
        base.addMethod("__new__") { vm, args in
            guard args.count >= 1, case .object(let o) = args[0], let cls = o as? PyType,
                  cls.isSubtype(of: base) else {
                throw PyError.type("BaseException.__new__(X): X is not a type object")
            }
            return try vm.allocate(cls, CallArgs(Array(args.positional.dropFirst()), keywords: args.keywords))
        }
        base.addMethod("__init__") { vm, args in
            let e = try exceptionSelf(vm, "__init__", args)
            e.args = Array(args.positional.dropFirst())
            storeFields(e, args)
            return .none
        }
        base.addMethod("__str__") { vm, args in .string(try vm.exceptionText(try exceptionSelf(vm, "__str__", args))) }
        base.addMethod("__repr__") { vm, args in .string(try vm.exceptionRepr(try exceptionSelf(vm, "__repr__", args))) }
        base.addMethod("add_note") { vm, args in
            try args.expect("add_note", min: 2, max: 2)
            try addNote(vm, try exceptionSelf(vm, "add_note", args), args[1])
            return .none
        }
        base.addMethod("with_traceback") { vm, args in
            try args.expect("with_traceback", min: 2, max: 2)
            try setTraceback(try exceptionSelf(vm, "with_traceback", args), args[1])
            return args[0]
        }
        installChainingAttributes()
        installFieldAttributes()
        installExceptionGroups()
    }

    /// The receiver of a BaseException method, checked.
    static func exceptionSelf(_ vm: VM, _ method: String, _ args: CallArgs) throws -> PyBaseException {
        guard args.count >= 1, case .object(let o) = args[0], let e = o as? PyBaseException else {
            let got = args.count >= 1 ? vm.typeName(args[0]) : "nothing"
            throw PyError.descriptorRequires(method, owner: "BaseException", got: got)
        }
        return e
    }

    private static func exception(_ v: Value) -> PyBaseException? { v.asObject as? PyBaseException }

    // MARK: args, chaining, tracebacks

    private static func installChainingAttributes() {
        let base = ExceptionTypes.baseException
        base.addGetter("args") { _, v in .object(PyTuple(exception(v)?.args ?? [])) }
        base.setters["args"] = { vm, v, value in exception(v)?.args = try vm.iterate(value) }
        base.addGetter("__cause__") { _, v in exception(v)?.cause.map { .object($0) } ?? .none }
        base.setters["__cause__"] = { _, v, value in
            let e = exception(v)
            e?.cause = try chainedException(value, "exception cause must be None or derive from BaseException")
            e?.suppressContext = true
        }
        base.addGetter("__context__") { _, v in exception(v)?.context.map { .object($0) } ?? .none }
        base.setters["__context__"] = { _, v, value in
            exception(v)?.context = try chainedException(value, "exception context must be None or derive from BaseException")
        }
        base.addGetter("__suppress_context__") { _, v in .bool(exception(v)?.suppressContext ?? false) }
        base.setters["__suppress_context__"] = { vm, v, value in exception(v)?.suppressContext = try vm.isTrue(value) }
        base.addGetter("__traceback__") { _, v in
            guard let e = exception(v), !e.traceback.isEmpty else { return .none }
            return .object(PyTraceback(e.traceback[...]))
        }
        base.setters["__traceback__"] = { _, v, value in
            if let e = exception(v) { try setTraceback(e, value) }
        }
        let tb = PyTraceback.type
        tb.addGetter("tb_lineno") { _, v in .int((v.asObject as? PyTraceback)?.entries.first?.line ?? 0) }
        tb.addGetter("tb_lasti") { _, v in .int(((v.asObject as? PyTraceback)?.entries.first?.instruction ?? 0) * 2) }
        tb.addGetter("tb_next") { _, v in
            guard let rest = (v.asObject as? PyTraceback)?.entries.dropFirst(), !rest.isEmpty else { return .none }
            return .object(PyTraceback(rest))
        }
    }

    private static func chainedException(_ value: Value, _ message: String) throws -> PyBaseException? {
        if value.isNone { return nil }
        guard let e = exception(value) else { throw PyError.type(message) }
        return e
    }

    private static func setTraceback(_ e: PyBaseException, _ value: Value) throws {
        if value.isNone { e.traceback = []; return }
        guard let tb = value.asObject as? PyTraceback else {
            throw PyError.type("__traceback__ must be a traceback or None")
        }
        e.traceback = Array(tb.entries)
    }

    private static func addNote(_ vm: VM, _ e: PyBaseException, _ note: Value) throws {
        guard case .str = note else { throw PyError.type("note must be a str, not '\(vm.typeName(note))'") }
        guard let existing = e.dict.get("__notes__") else {
            e.dict.set("__notes__", .object(PyList([note])))
            return
        }
        guard let notes = existing.asObject as? PyList else { throw PyError.type("Cannot add note: __notes__ is not a list") }
        notes.items.append(note)
    }

    // MARK: Attributes of particular exceptions

    /// Keyword arguments the built-in exceptions accept, stored as attributes.
    private static let keywordFields: [(PyType, [String])] = [
        (ExceptionTypes.importError, ["name", "path"]),
        (ExceptionTypes.nameError, ["name"]),
        (ExceptionTypes.attributeError, ["name", "obj"]),
    ]

    private static func checkExceptionKeywords(_ vm: VM, _ cls: PyType, _ args: CallArgs) throws {
        if args.keywords.isEmpty { return }
        if let initializer = cls.lookup("__init__"), case .object(let f) = initializer, !(f is PyBuiltinFunction) { return }
        guard let (owner, fields) = keywordFields.first(where: { cls.isSubtype(of: $0.0) }) else {
            throw PyError.type("\(cls.name)() takes no keyword arguments")
        }
        for (key, _) in args.keywords where !fields.contains(key) {
            throw PyError.type("'\(key)' is an invalid keyword argument for \(owner.name)()")
        }
    }

    private static func storeFields(_ e: PyBaseException, _ args: CallArgs) {
        guard let (_, fields) = keywordFields.first(where: { e.type.isSubtype(of: $0.0) }) else { return }
        for (key, value) in args.keywords where fields.contains(key) { e.dict.set(key, value) }
    }

    /// Attributes set by the constructor: stored in the instance dict once
    /// assigned, otherwise derived from `args` (or None).
    private static func installFieldAttributes() {
        let argsFirst: (PyBaseException) -> Value = { $0.args.first ?? .none }
        let exitCode: (PyBaseException) -> Value = { e in
            e.args.count <= 1 ? (e.args.first ?? .none) : .object(PyTuple(e.args))
        }
        let none: (PyBaseException) -> Value = { _ in .none }
        let errno: (PyBaseException) -> Value = { $0.args.count >= 2 ? $0.args[0] : .none }
        let strerror: (PyBaseException) -> Value = { $0.args.count >= 2 ? $0.args[1] : .none }
        let fields: [(PyType, String, (PyBaseException) -> Value)] = [
            (ExceptionTypes.stopIteration, "value", argsFirst),
            (ExceptionTypes.systemExit, "code", exitCode),
            (ExceptionTypes.importError, "name", none),
            (ExceptionTypes.importError, "path", none),
            (ExceptionTypes.importError, "msg", argsFirst),
            (ExceptionTypes.nameError, "name", none),
            (ExceptionTypes.attributeError, "name", none),
            (ExceptionTypes.attributeError, "obj", none),
            (ExceptionTypes.osError, "errno", errno),
            (ExceptionTypes.osError, "strerror", strerror),
            (ExceptionTypes.osError, "filename", none),
        ]
        for (type, name, initial) in fields {
            type.addGetter(name) { _, v in
                guard let e = exception(v) else { return .none }
                return e.dict.get(name) ?? initial(e)
            }
            type.setters[name] = { _, v, value in exception(v)?.dict.set(name, value) }
        }
    }
}

/// A traceback object (`e.__traceback__`): the frames from one entry inward.
final class PyTraceback: PyObject {
    static let type = BuiltinTypes.make("traceback")
    let entries: ArraySlice<TracebackEntry>

    init(_ entries: ArraySlice<TracebackEntry>) {
        self.entries = entries
        super.init(type: PyTraceback.type)
    }
}
