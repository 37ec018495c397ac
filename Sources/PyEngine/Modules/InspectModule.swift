/// `inspect`: the predicates lessons use to tell functions, generators and
/// coroutines apart, generator states, `signature` and `getdoc`.
extension VM {
    func makeInspectModule() throws -> PyModule {
        var native: [(String, Value)] = Self.inspectPredicates.map { name, test in
            nativeFunction(name) { _, args in
                try args.expect(name, min: 1, max: 1)
                return .bool(test(args[0]))
            }
        }
        native.append(nativeFunction("isawaitable") { vm, args in
            try args.expect("isawaitable", min: 1, max: 1)
            if Self.generatorKind(args[0]) == .coroutine { return .bool(true) }
            return .bool(vm.typeOf(args[0]).isHeapType && vm.typeOf(args[0]).lookup("__await__") != nil)
        })
        native.append(nativeFunction("getgeneratorstate") { _, args in try Self.state(args, .generator, "GEN") })
        native.append(nativeFunction("getcoroutinestate") { _, args in try Self.state(args, .coroutine, "CORO") })
        native.append(nativeFunction("_parameters") { vm, args in try vm.parameters(args[0]) })
        return try makeModule("inspect", native: native, source: Self.inspectSource)
    }

    private static let inspectPredicates: [(String, (Value) -> Bool)] = [
        ("isfunction", { $0.asObject is PyFunction }),
        ("ismethod", { ($0.asObject as? PyBoundMethod).map { !($0.function.asObject is PyBuiltinFunction) } ?? false }),
        ("isbuiltin", { isBuiltin($0) }),
        ("isroutine", { isBuiltin($0) || $0.asObject is PyFunction || $0.asObject is PyBoundMethod }),
        ("isclass", { $0.asObject is PyType }),
        ("ismodule", { $0.asObject is PyModule }),
        ("isgenerator", { generatorKind($0) == .generator }),
        ("iscoroutine", { generatorKind($0) == .coroutine }),
        ("isasyncgen", { generatorKind($0) == .asyncGenerator }),
        ("isgeneratorfunction", { codeFlags($0).contains(.generator) }),
        ("iscoroutinefunction", { codeFlags($0).contains(.coroutine) }),
        ("isasyncgenfunction", { codeFlags($0).contains(.asyncGenerator) }),
    ]

    private static func isBuiltin(_ v: Value) -> Bool {
        if v.asObject is PyBuiltinFunction { return true }
        return (v.asObject as? PyBoundMethod)?.function.asObject is PyBuiltinFunction
    }

    private static func generatorKind(_ v: Value) -> PyGenerator.Kind? {
        (v.asObject as? PyGenerator)?.kind
    }

    /// The code flags of a function, looking through bound methods as CPython does.
    private static func codeFlags(_ v: Value) -> CodeFlags {
        var f = v
        while let m = f.asObject as? PyBoundMethod { f = m.function }
        return (f.asObject as? PyFunction)?.code.flags ?? []
    }

    /// `getgeneratorstate` / `getcoroutinestate`.
    private static func state(_ args: CallArgs, _ kind: PyGenerator.Kind, _ prefix: String) throws -> Value {
        guard args.count == 1, let g = args[0].asObject as? PyGenerator, g.kind == kind else {
            let what = kind == .generator ? "generator" : "coroutine"
            throw PyError.type("expected a \(what)")
        }
        switch g.state {
        case .created: return .string(prefix + "_CREATED")
        case .running: return .string(prefix + "_RUNNING")
        case .suspended: return .string(prefix + "_SUSPENDED")
        case .closed: return .string(prefix + "_CLOSED")
        }
    }

    /// A function's parameters as (name, kind, default) tuples, kinds numbered as
    /// `inspect.Parameter`'s; a missing default is `inspect._empty`.
    private func parameters(_ v: Value) throws -> Value {
        var f = v, skipFirst = false
        while let m = f.asObject as? PyBoundMethod { f = m.function; skipFirst = true }
        guard let fn = f.asObject as? PyFunction else {
            throw PyError.value("no signature found for \(try repr(v))")
        }
        let code = fn.code
        let empty = Value.string("<empty>")
        var out: [Value] = []
        let add = { (name: String, kind: Int, def: Value?) in
            out.append(.object(PyTuple([.string(name), .int(kind), def ?? empty, .bool(def != nil)])))
        }
        let firstDefault = code.argumentCount - fn.defaults.count
        for i in 0..<code.argumentCount {
            add(code.varnames[i], i < code.positionalOnlyCount ? 0 : 1, i >= firstDefault ? fn.defaults[i - firstDefault] : nil)
        }
        var next = code.argumentCount + code.keywordOnlyCount
        if code.flags.contains(.varargs) { add(code.varnames[next], 2, nil); next += 1 }
        for i in code.argumentCount..<(code.argumentCount + code.keywordOnlyCount) {
            add(code.varnames[i], 3, fn.keywordDefaults?.get(PyStr.intern(code.varnames[i])))
        }
        if code.flags.contains(.varkeywords) { add(code.varnames[next], 4, nil) }
        if skipFirst && !out.isEmpty { out.removeFirst() }
        return .object(PyList(out))
    }

    private static let inspectSource = """
    class _empty:
        pass

    class Parameter:
        POSITIONAL_ONLY = 0
        POSITIONAL_OR_KEYWORD = 1
        VAR_POSITIONAL = 2
        KEYWORD_ONLY = 3
        VAR_KEYWORD = 4
        empty = _empty

        def __init__(self, name, kind, default=_empty):
            self.name = name
            self.kind = kind
            self.default = default

        def __str__(self):
            if self.kind == 2:
                return "*" + self.name
            if self.kind == 4:
                return "**" + self.name
            if self.default is _empty:
                return self.name
            return f"{self.name}={self.default!r}"

        def __repr__(self):
            return f'<Parameter "{self}">'

    class Signature:
        empty = _empty

        def __init__(self, parameters):
            self.parameters = {p.name: p for p in parameters}

        def __str__(self):
            parts = []
            slash = False
            star = False
            for p in self.parameters.values():
                if p.kind == 0:
                    slash = True
                elif slash:
                    parts.append("/")
                    slash = False
                if p.kind == 2:
                    star = True
                elif p.kind == 3 and not star:
                    parts.append("*")
                    star = True
                parts.append(str(p))
            if slash:
                parts.append("/")
            return "(" + ", ".join(parts) + ")"

        def __repr__(self):
            return f'<Signature {self}>'

    def signature(obj):
        params = []
        for name, kind, default, has_default in _parameters(obj):
            params.append(Parameter(name, kind, default if has_default else _empty))
        return Signature(params)

    def cleandoc(doc):
        lines = doc.expandtabs().split('\\n')
        margin = None
        for line in lines[1:]:
            content = len(line.lstrip())
            if content:
                indent = len(line) - content
                margin = indent if margin is None else min(margin, indent)
        if lines:
            lines[0] = lines[0].lstrip()
        if margin is not None:
            for i in range(1, len(lines)):
                lines[i] = lines[i][margin:]
        while lines and not lines[-1]:
            lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
        return '\\n'.join(lines)

    def getdoc(obj):
        doc = getattr(obj, "__doc__", None)
        if not isinstance(doc, str):
            return None
        return cleandoc(doc)
    """
}
