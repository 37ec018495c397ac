/// `inspect`: the predicates lessons use to tell functions, generators and
/// coroutines apart, generator states, `signature` and `getdoc`.
extension VM {
    func makeInspectModule() throws -> PyModule {
        var native: [(String, Value)] = Self.inspectPredicates.map { name, test in
            nativeFunction(name, doc: "Tell whether the argument passes the `\(name)` test.") { _, args in
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
        native.append(nativeFunction("_parameter_table") { vm, args in try vm.parameters(args[0]) })
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

    /// `Signature` and `Parameter` over the native `_parameter_table`, and
    /// docstring cleaning. `_empty` keeps CPython's name: it shows in reprs.
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
            prefix = {2: "*", 4: "**"}.get(self.kind, "")
            if self.default is _empty:
                return prefix + self.name
            return f"{prefix}{self.name}={self.default!r}"

        def __repr__(self):
            return f'<Parameter "{self}">'

    class Signature:
        empty = _empty

        def __init__(self, parameters):
            self.parameters = {p.name: p for p in parameters}

        def __str__(self):
            # "/" closes the positional-only group; a bare "*" opens the
            # keyword-only group when there is no *args to do it.
            kinds = [p.kind for p in self.parameters.values()]
            pieces = []
            for i, p in enumerate(self.parameters.values()):
                before = kinds[i - 1] if i else None
                if before == 0 and p.kind != 0:
                    pieces.append("/")
                if p.kind == 3 and before not in (2, 3):
                    pieces.append("*")
                pieces.append(str(p))
            if kinds and kinds[-1] == 0:
                pieces.append("/")
            return f"({', '.join(pieces)})"

        def __repr__(self):
            return f'<Signature {self}>'

    def signature(obj):
        return Signature([Parameter(name, kind, default if has_default else _empty)
                          for name, kind, default, has_default in _parameter_table(obj)])

    def cleandoc(doc):
        first, *rest = doc.expandtabs().split('\\n')
        indents = [len(line) - len(line.lstrip()) for line in rest if line.strip()]
        cut = min(indents) if indents else 0
        lines = [first.lstrip()] + [line[cut:] for line in rest]
        start, end = 0, len(lines)
        while end > start and not lines[end - 1]:
            end -= 1
        while start < end and not lines[start]:
            start += 1
        return '\\n'.join(lines[start:end])

    def getdoc(obj):
        try:
            doc = obj.__doc__
        except AttributeError:
            return None
        return cleandoc(doc) if isinstance(doc, str) else None
    """
}
