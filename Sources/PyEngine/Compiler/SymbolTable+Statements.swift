import PySyntax

/// Statements: bindings, declarations, and the scopes of `def` and `class`.
extension SymbolTableBuilder {
    func visitStmt(_ s: Stmt) throws(PySyntaxError) {
        switch s.kind {
        case .expr(let e): try visitExpr(e)
        case .assign(let targets, let value):
            try visitExpr(value)
            for t in targets { try visitTarget(t) }
        case .augAssign(let target, _, let value):
            try visitTarget(target)
            try visitExpr(value)
        case .annAssign(let target, let annotation, let value, let isSimple):
            try visitAnnAssign(target, annotation, value, isSimple, s.span)
        case .functionDef(let def): try visitFunctionDef(def, s.span)
        case .classDef(let def): try visitClassDef(def, s.span)
        case .return(let value): if let value { try visitExpr(value) }
        case .delete(let targets): for t in targets { try visitTarget(t) }
        case .if(let test, let body, let orelse), .while(let test, let body, let orelse):
            try visitExpr(test)
            try visitBody(body)
            try visitBody(orelse)
        case .for(let target, let iter, let body, let orelse, _):
            try visitTarget(target)
            try visitExpr(iter)
            try visitBody(body)
            try visitBody(orelse)
        case .with(let items, let body, _):
            for item in items {
                try visitExpr(item.context)
                if let t = item.target { try visitTarget(t) }
            }
            try visitBody(body)
        case .raise(let exc, let cause):
            if let exc { try visitExpr(exc) }
            if let cause { try visitExpr(cause) }
        case .try(let body, let handlers, let orelse, let finalbody, _):
            try visitBody(body)
            for h in handlers {
                if let t = h.type { try visitExpr(t) }
                if let n = h.name { try addDef(n, .defLocal, at: h.span) }
                try visitBody(h.body)
            }
            try visitBody(orelse)
            try visitBody(finalbody)
        case .assert(let test, let msg):
            try visitExpr(test)
            if let msg { try visitExpr(msg) }
        case .import(let aliases): for a in aliases { try visitAlias(a, isFrom: false) }
        case .importFrom(_, let aliases, _): for a in aliases { try visitAlias(a, isFrom: true) }
        case .global(let names): for n in names { try declare(n, global: true, s.span) }
        case .nonlocal(let names): for n in names { try declare(n, global: false, s.span) }
        case .pass, .break, .continue: break
        }
    }

    private func visitAnnAssign(_ target: Expr, _ annotation: Expr, _ value: Expr?, _ isSimple: Bool,
                                _ span: SourceSpan) throws(PySyntaxError) {
        if case .name(let n) = target.kind {
            let cur = current.flags(of: mangled(n))
            if isSimple, !cur.intersection([.defGlobal, .defNonlocal]).isEmpty {
                let kind = cur.contains(.defGlobal) ? "global" : "nonlocal"
                throw syntaxError("annotated name '\(n)' can't be \(kind)", at: target.span)
            }
            try addDef(n, isSimple ? [.defAnnot, .defLocal] : .defLocal, at: target.span)
        } else {
            try visitTarget(target)
        }
        try visitExpr(annotation)
        if let value { try visitExpr(value) }
    }

    private func visitAlias(_ a: Alias, isFrom: Bool) throws(PySyntaxError) {
        if a.name == "*" {
            if current.kind != .module {
                throw syntaxError("import * only allowed at module level", at: a.span)
            }
            return
        }
        let bound = a.asname ?? String(a.name.split(separator: ".").first ?? Substring(a.name))
        try addDef(bound, .defImport, at: a.span)
    }

    /// `global x` / `nonlocal x`, with CPython's checks against earlier uses.
    private func declare(_ raw: String, global: Bool, _ span: SourceSpan) throws(PySyntaxError) {
        let name = mangled(raw)
        let cur = current.flags(of: name)
        let word = global ? "global" : "nonlocal"
        if !cur.intersection([.defParam, .defLocal, .use, .defAnnot]).isEmpty {
            let message: String
            if cur.contains(.defParam) { message = "name '\(raw)' is parameter and \(word)" }
            else if cur.contains(.use) { message = "name '\(raw)' is used prior to \(word) declaration" }
            else if cur.contains(.defAnnot) { message = "annotated name '\(raw)' can't be \(word)" }
            else { message = "name '\(raw)' is assigned to before \(word) declaration" }
            throw syntaxError(message, at: span)
        }
        try addDef(raw, global ? .defGlobal : .defNonlocal, at: span)
        if current.directives[name] == nil { current.directives[name] = span }
    }

    private func visitFunctionDef(_ def: FunctionDef, _ span: SourceSpan) throws(PySyntaxError) {
        try addDef(def.name, .defLocal, at: span)
        for d in def.decorators { try visitExpr(d) }
        try visitDefaults(def.arguments)
        try visitAnnotations(def.arguments)
        if let r = def.returns { try visitExpr(r) }
        let scope = enter(.function, name: def.name, key: ScopeKey(tag: "def", span: span))
        scope.isAsync = def.isAsync
        if def.isAsync { scope.isCoroutine = true }
        try addParameters(def.arguments)
        try visitBody(def.body)
        leave()
    }

    private func visitClassDef(_ def: ClassDef, _ span: SourceSpan) throws(PySyntaxError) {
        try addDef(def.name, .defLocal, at: span)
        for d in def.decorators { try visitExpr(d) }
        for b in def.bases { try visitExpr(b) }
        for k in def.keywords { try visitExpr(k.value) }
        _ = enter(.classBody, name: def.name, key: ScopeKey(tag: "class", span: span), className: def.name)
        try visitBody(def.body)
        leave()
    }

    /// Default values are evaluated in the enclosing scope.
    func visitDefaults(_ a: Arguments) throws(PySyntaxError) {
        for d in a.defaults { try visitExpr(d) }
        for d in a.keywordDefaults { if let d { try visitExpr(d) } }
    }

    private func visitAnnotations(_ a: Arguments) throws(PySyntaxError) {
        let all = a.positionalOnly + a.args + [a.vararg].compactMap { $0 } + a.keywordOnly + [a.kwarg].compactMap { $0 }
        for arg in all { if let ann = arg.annotation { try visitExpr(ann) } }
    }

    /// Parameters in `varnames` order: positional, keyword-only, `*args`, `**kwargs`.
    func addParameters(_ a: Arguments) throws(PySyntaxError) {
        let ordered = a.positionalOnly + a.args + a.keywordOnly + [a.vararg, a.kwarg].compactMap { $0 }
        for arg in ordered {
            try addDef(arg.name, .defParam, at: arg.span)
            current.parameters.append(mangled(arg.name))
        }
    }
}
