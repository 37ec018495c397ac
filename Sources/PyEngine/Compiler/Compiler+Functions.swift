import PySyntax

/// `def`, `lambda` and `class`: nested code objects and the functions made from them.
extension Compiler {
    func compileFunctionDef(_ def: FunctionDef, _ span: SourceSpan) throws(PySyntaxError) {
        for d in def.decorators {
            emit(.pushNull)
            try compileExpr(d)
        }
        var flags = try compileDefaults(def.arguments)
        if try compileAnnotations(def.arguments, returns: def.returns) { flags.insert(.annotations) }
        let scope = unit.scope.child(for: ScopeKey(tag: "def", span: span))
        enterUnit(scope, name: def.name, qualifiedName: qualifiedName(for: def.name, scope),
                  span: span, className: unit.className)
        let doc = docstring(of: def.body)
        _ = doc.map { stringConstant($0) } ?? constant(.none)
        try compileStatements(doc == nil ? def.body : Array(def.body.dropFirst()))
        loadNone()
        emit(.returnValue)
        let code = leaveUnit(extraFlags: argumentFlags(def.arguments), argumentCounts: argumentCounts(def.arguments))
        makeClosure(code, flags)
        for _ in def.decorators { emit(.call(1)) }
        nameOp(def.name, .store)
    }

    func compileLambda(_ args: Arguments, _ body: Expr, _ span: SourceSpan) throws(PySyntaxError) {
        let flags = try compileDefaults(args)
        let scope = unit.scope.child(for: ScopeKey(tag: "lambda", span: span))
        enterUnit(scope, name: "<lambda>", qualifiedName: qualifiedName(for: "<lambda>", scope),
                  span: span, className: unit.className)
        // None first, so a lambda never has a docstring.
        _ = constant(.none)
        try compileExpr(body)
        if scope.isGenerator {
            emit(.pop)
            loadNone()
        }
        emit(.returnValue)
        let code = leaveUnit(extraFlags: argumentFlags(args), argumentCounts: argumentCounts(args))
        makeClosure(code, flags)
    }

    func compileClassDef(_ def: ClassDef, _ span: SourceSpan) throws(PySyntaxError) {
        for d in def.decorators {
            emit(.pushNull)
            try compileExpr(d)
        }
        emit(.pushNull)
        emit(.loadBuildClass)
        let scope = unit.scope.child(for: ScopeKey(tag: "class", span: span))
        let qualname = qualifiedName(for: def.name, scope)
        enterUnit(scope, name: def.name, qualifiedName: qualname, span: span, className: def.name)
        try compileClassBody(def, qualname)
        let code = leaveUnit(extraFlags: [], argumentCounts: (0, 0, 0))
        makeClosure(code, [])
        emit(.loadConst(stringConstant(def.name)))
        try compileCallArguments(def.bases, def.keywords, alreadyPushed: 2)
        for _ in def.decorators { emit(.call(1)) }
        nameOp(def.name, .store)
    }

    private func compileClassBody(_ def: ClassDef, _ qualname: String) throws(PySyntaxError) {
        nameOp("__name__", .load)
        nameOp("__module__", .store)
        emit(.loadConst(stringConstant(qualname)))
        nameOp("__qualname__", .store)
        try compileBody(def.body, storesDocstring: true)
        if unit.scope.needsClassClosure {
            emit(.loadClosure(unit.cellIndexOf("__class__")))
            nameOp("__classcell__", .store)
        }
        loadNone()
        emit(.returnValue)
    }

    // MARK: Function pieces

    /// Pushes the defaults tuple and keyword-defaults dict, if any.
    private func compileDefaults(_ a: Arguments) throws(PySyntaxError) -> MakeFunctionFlags {
        var flags: MakeFunctionFlags = []
        if !a.defaults.isEmpty {
            for d in a.defaults { try compileExpr(d) }
            emit(.buildTuple(a.defaults.count))
            flags.insert(.defaults)
        }
        let kwDefaults = zip(a.keywordOnly, a.keywordDefaults).compactMap { arg, d in d.map { (arg.name, $0) } }
        if !kwDefaults.isEmpty {
            for (name, d) in kwDefaults {
                emit(.loadConst(stringConstant(mangle(name, inClass: unit.className))))
                try compileExpr(d)
            }
            emit(.buildMap(kwDefaults.count))
            flags.insert(.keywordDefaults)
        }
        return flags
    }

    /// Pushes the annotations dict, in CPython's order (ordinary parameters
    /// before positional-only ones); returns false when there are none.
    private func compileAnnotations(_ a: Arguments, returns: Expr?) throws(PySyntaxError) -> Bool {
        var count = 0
        let ordered = a.args + a.positionalOnly + [a.vararg].compactMap { $0 } + a.keywordOnly + [a.kwarg].compactMap { $0 }
        for arg in ordered {
            guard let ann = arg.annotation else { continue }
            emit(.loadConst(stringConstant(mangle(arg.name, inClass: unit.className))))
            try compileExpr(ann)
            count += 1
        }
        if let returns {
            emit(.loadConst(stringConstant("return")))
            try compileExpr(returns)
            count += 1
        }
        if count > 0 { emit(.buildMap(count)) }
        return count > 0
    }

    /// Pushes the closure tuple (when the code has free variables) and the code,
    /// then makes the function.
    func makeClosure(_ code: CodeObject, _ flags: MakeFunctionFlags) {
        var flags = flags
        if !code.freevars.isEmpty {
            for name in code.freevars { emit(.loadClosure(unit.cellIndexOf(name))) }
            emit(.buildTuple(code.freevars.count))
            flags.insert(.closure)
        }
        emit(.loadConst(codeConstant(code)))
        emit(.makeFunction(flags))
    }

    private func argumentFlags(_ a: Arguments) -> CodeFlags {
        var f: CodeFlags = []
        if a.vararg != nil { f.insert(.varargs) }
        if a.kwarg != nil { f.insert(.varkeywords) }
        return f
    }

    private func argumentCounts(_ a: Arguments) -> (Int, Int, Int) {
        (a.positionalOnly.count + a.args.count, a.positionalOnly.count, a.keywordOnly.count)
    }

    /// CPython's compiler_set_qualname: `f.<locals>.g` inside functions, `C.m`
    /// inside classes, a plain name when declared `global`.
    func qualifiedName(for name: String, _ scope: Scope) -> String {
        guard units.count > 1 else { return name }
        let parent = unit
        if !scope.isComprehension && scope.kind != .lambda,
           parent.scope.scope(of: mangle(name, inClass: parent.className)) == .globalExplicit {
            return name
        }
        switch parent.scope.kind {
        case .function, .lambda: return "\(parent.qualifiedName).<locals>.\(name)"
        default: return "\(parent.qualifiedName).\(name)"
        }
    }

    /// Whether a module or class body has annotated assignments (outside nested scopes).
    func hasAnnotations(_ body: [Stmt]) -> Bool {
        body.contains { s in
            switch s.kind {
            case .annAssign: return true
            case .if(_, let b, let o), .while(_, let b, let o), .for(_, _, let b, let o, _):
                return hasAnnotations(b) || hasAnnotations(o)
            case .with(_, let b, _): return hasAnnotations(b)
            case .try(let b, let hs, let o, let f, _):
                return hasAnnotations(b) || hs.contains { hasAnnotations($0.body) } || hasAnnotations(o) || hasAnnotations(f)
            default: return false
            }
        }
    }
}
