/// Name lookup for module and class code, globals and builtins; `dict(**x)`
/// merging; the REPL's display hook.
extension VM {
    /// `loadName`: the frame namespace, then globals, then builtins.
    func loadName(_ name: PyStr, _ frame: Frame) throws -> Value {
        if let ns = frame.namespace, let v = ns.get(name) { return v }
        return try loadGlobal(name, frame.globals)
    }

    /// `loadGlobal` through the code object's cache: a hit reads the value at the
    /// remembered position without hashing the name. Inlined into the eval loop.
    @inline(__always)
    func cachedGlobal(_ code: CodeObject, _ index: Int, _ globals: PyDict) throws -> Value {
        let entry = code.globalCache[index]
        if entry.globals == ObjectIdentifier(globals) && entry.globalsVersion == globals.version {
            if !entry.inBuiltins { return globals.value(at: entry.position) }
            if entry.builtinsVersion == builtins.version { return builtins.value(at: entry.position) }
        }
        return try lookUpGlobal(code, index, globals)
    }

    /// `cachedGlobal` on a miss: looks the name up and remembers where it was.
    @inline(never)
    private func lookUpGlobal(_ code: CodeObject, _ index: Int, _ globals: PyDict) throws -> Value {
        let name = code.names[index]
        var fresh = GlobalCacheEntry(globals: ObjectIdentifier(globals), globalsVersion: globals.version,
                                     builtinsVersion: builtins.version)
        if let p = globals.position(of: name) {
            fresh.position = p
        } else if let p = builtins.position(of: name) {
            fresh.inBuiltins = true
            fresh.position = p
        } else {
            throw undefinedName(name.value, globals)
        }
        code.globalCache[index] = fresh
        return fresh.inBuiltins ? builtins.value(at: fresh.position) : globals.value(at: fresh.position)
    }

    /// `storeName` in module code, through the same cache as `cachedGlobal`: a
    /// hit rebinds the value at the remembered position without hashing the name.
    @inline(__always)
    func storeModuleName(_ code: CodeObject, _ index: Int, _ globals: PyDict, _ value: Value) throws {
        let entry = code.globalCache[index]
        if entry.globals == ObjectIdentifier(globals) && entry.globalsVersion == globals.version && !entry.inBuiltins {
            globals.setValue(value, at: entry.position)
            return
        }
        try storeNewModuleName(code, index, globals, value)
    }

    /// `storeModuleName` on a miss: stores by name and remembers where.
    @inline(never)
    private func storeNewModuleName(_ code: CodeObject, _ index: Int, _ globals: PyDict, _ value: Value) throws {
        let name = code.names[index]
        try globals.set(.str(name), value, self)
        if let p = globals.position(of: name) {
            code.globalCache[index] = GlobalCacheEntry(globals: ObjectIdentifier(globals), globalsVersion: globals.version,
                                                       builtinsVersion: builtins.version, position: p)
        }
    }

    func loadGlobal(_ name: PyStr, _ globals: PyDict) throws -> Value {
        if let v = globals.get(name) { return v }
        if let v = builtins.get(name) { return v }
        throw undefinedName(name.value, globals)
    }

    /// NameError for `name`, remembering the names in scope (local, global, then
    /// built-in) so the traceback can suggest the closest one, as CPython does.
    func undefinedName(_ name: String, _ globals: PyDict) -> PyBaseException {
        let e = PyError.undefinedName(name)
        var visible: [String] = []
        if let frame = currentFrame {
            if let ns = frame.namespace, ns !== globals {
                visible += ns.keys.compactMap { if case .str(let s) = $0 { return s.value } else { return nil } }
            }
            for i in 0..<frame.localCount where !frame.slots[i].isNull { visible.append(frame.code.varnames[i]) }
        }
        for dict in [globals, builtins] {
            visible += dict.keys.compactMap { if case .str(let s) = $0 { return s.value } else { return nil } }
        }
        e.visibleNames = visible
        return e
    }

    /// `{**mapping}` and `f(**mapping)` (where repeated keys are an error naming
    /// the called function).
    func dictUpdate(_ dict: PyDict, with mapping: Value, mergingCall callable: Value?) throws {
        let pairs: [(key: Value, value: Value)]
        if case .object(let o) = mapping, let d = o as? PyDict {
            pairs = d.items
        } else if let keysMethod = try? getAttribute(mapping, PyStr.intern("keys")) {
            pairs = try iterate(try call(keysMethod, CallArgs())).map { ($0, try getItem(mapping, $0)) }
        } else {
            if let callable {
                throw PyError.type("\(try functionName(callable)) argument after ** must be a mapping, not \(typeName(mapping))")
            }
            throw PyError.type("'\(typeName(mapping))' object is not a mapping")
        }
        for (k, v) in pairs {
            if let callable {
                guard case .str(let s) = k else { throw PyError.type("keywords must be strings") }
                if try dict.get(k, self) != nil {
                    throw PyError.type("\(try functionName(callable)) got multiple values for keyword argument '\(s.value)'")
                }
            }
            try dict.set(k, v, self)
        }
    }

    /// How CPython names a callable in call errors: `f()`, `C.m()`.
    func functionName(_ callable: Value) throws -> String {
        guard case .object(let o) = callable else { return "\(typeName(callable)) object" }
        switch o {
        case let f as PyFunction: return "\(f.qualifiedName)()"
        case let b as PyBuiltinFunction: return "\(b.name)()"
        case let m as PyBoundMethod: return try functionName(m.function)
        case let t as PyType: return "\(t.name)()"
        default: return "\(o.type.name) object"
        }
    }

    /// `printExpr`: what the REPL shows for an expression statement.
    func displayInteractive(_ v: Value) throws {
        guard !v.isNone else { return }
        builtins.set("_", v)
        try emit(try repr(v) + "\n", to: .stdout)
    }

    /// Line `line` (1-based) of a program's source, if known.
    func sourceLine(_ filename: String, _ line: Int) -> String? {
        guard let lines = sources[filename], line >= 1, line <= lines.count else { return nil }
        return String(lines[line - 1])
    }
}
