import PySyntax

/// Expressions: uses, targets, lambdas, comprehensions, `yield`, `await` and walrus.
extension SymbolTableBuilder {
    func visitExpr(_ e: Expr) throws(PySyntaxError) {
        switch e.kind {
        case .name(let n):
            try addDef(n, .use, at: e.span)
            // `super()` needs the implicit `__class__` cell (CPython does the same).
            if n == "super", current.kind == .function || current.kind == .lambda {
                current.add("__class__", .use)
            }
        case .constant: break
        case .joinedString(let parts): for p in parts { try visitExpr(p) }
        case .formattedValue(let v, _, let spec):
            try visitExpr(v)
            if let spec { try visitExpr(spec) }
        case .unaryOp(_, let x), .attribute(let x, _), .starred(let x): try visitExpr(x)
        case .binOp(let l, _, let r), .subscript(let l, let r):
            try visitExpr(l)
            try visitExpr(r)
        case .boolOp(_, let xs), .list(let xs), .tuple(let xs), .set(let xs): for x in xs { try visitExpr(x) }
        case .compare(let l, let rest):
            try visitExpr(l)
            for (_, r) in rest { try visitExpr(r) }
        case .call(let f, let args, let kws):
            try visitExpr(f)
            for a in args { try visitExpr(a) }
            for k in kws { try visitExpr(k.value) }
        case .slice(let lo, let hi, let step):
            for x in [lo, hi, step] { if let x { try visitExpr(x) } }
        case .dict(let keys, let values):
            for k in keys { if let k { try visitExpr(k) } }
            for v in values { try visitExpr(v) }
        case .ifExp(let t, let b, let o):
            try visitExpr(t)
            try visitExpr(b)
            try visitExpr(o)
        case .lambda(let args, let body): try visitLambda(args, body, e.span)
        case .listComp(let elt, let gens): try visitComprehension(.list, [elt], gens, e.span)
        case .setComp(let elt, let gens): try visitComprehension(.set, [elt], gens, e.span)
        case .dictComp(let k, let v, let gens): try visitComprehension(.dict, [k, v], gens, e.span)
        case .generatorExp(let elt, let gens): try visitComprehension(.generator, [elt], gens, e.span)
        case .await(let x):
            try visitExpr(x)
            current.isCoroutine = true
        case .yield(let x):
            if let x { try visitExpr(x) }
            try markYield(e.span)
        case .yieldFrom(let x):
            try visitExpr(x)
            try markYield(e.span)
        case .namedExpr(let target, let value):
            try visitExpr(value)
            try bindNamedExprTarget(target, e.span)
        }
    }

    /// A store or delete target.
    func visitTarget(_ e: Expr) throws(PySyntaxError) {
        switch e.kind {
        case .name(let n): try addDef(n, .defLocal, at: e.span)
        case .tuple(let xs), .list(let xs): for x in xs { try visitTarget(x) }
        case .starred(let x): try visitTarget(x)
        default: try visitExpr(e)
        }
    }

    private func markYield(_ span: SourceSpan) throws(PySyntaxError) {
        if case .comprehension(let kind) = current.kind {
            throw syntaxError("'yield' inside \(kind.description)", at: span)
        }
        current.isGenerator = true
    }

    private func visitLambda(_ args: Arguments, _ body: Expr, _ span: SourceSpan) throws(PySyntaxError) {
        try visitDefaults(args)
        _ = enter(.lambda, name: "<lambda>", key: ScopeKey(tag: "lambda", span: span))
        try addParameters(args)
        try visitExpr(body)
        leave()
    }

    /// The first iterable belongs to the enclosing scope; the rest to the new one,
    /// which takes the iterator as its single parameter `.0`.
    private func visitComprehension(_ kind: ComprehensionKind, _ elements: [Expr], _ gens: [Comprehension],
                                    _ span: SourceSpan) throws(PySyntaxError) {
        try visitExpr(gens[0].iter)
        let scope = enter(.comprehension(kind), name: kind.codeName, key: ScopeKey(tag: "comp", span: span))
        if kind == .generator { scope.isGenerator = true }
        scope.add(".0", .defParam)
        scope.parameters = [".0"]
        for (i, g) in gens.enumerated() {
            if i > 0 { try visitExpr(g.iter) }
            try visitComprehensionTarget(g.target)
            for c in g.conditions { try visitExpr(c) }
            if g.isAsync { scope.isCoroutine = true }
        }
        for e in elements { try visitExpr(e) }
        leave()
        // Awaiting an inner async list/set/dict comprehension makes this one async too.
        if scope.isCoroutine, kind != .generator, case .comprehension = current.kind {
            current.isCoroutine = true
        }
    }

    private func visitComprehensionTarget(_ e: Expr) throws(PySyntaxError) {
        switch e.kind {
        case .name(let n): try addDef(n, [.defLocal, .defCompIter], at: e.span)
        case .tuple(let xs), .list(let xs): for x in xs { try visitComprehensionTarget(x) }
        case .starred(let x): try visitComprehensionTarget(x)
        default: try visitExpr(e)
        }
    }

    /// A walrus inside comprehensions binds in the nearest enclosing function or
    /// module (CPython's symtable_extend_namedexpr_scope).
    private func bindNamedExprTarget(_ name: String, _ span: SourceSpan) throws(PySyntaxError) {
        guard case .comprehension = current.kind else {
            try addDef(name, .defLocal, at: span)
            return
        }
        let targetSpan = SourceSpan(start: span.start,
                                    end: SourcePosition(line: span.start.line, column: span.start.column + name.count))
        for ste in stack.reversed() {
            switch ste.kind {
            case .comprehension:
                if ste.flags(of: name).contains(.defCompIter) {
                    throw syntaxError("assignment expression cannot rebind comprehension iteration variable '\(name)'",
                                      at: targetSpan)
                }
            case .function, .lambda:
                let declared: SymbolFlags = ste.flags(of: name).contains(.defGlobal) ? .defGlobal : .defNonlocal
                current.add(name, declared)
                ste.add(name, .defLocal)
                return
            case .module:
                current.add(name, .defGlobal)
                ste.add(name, .defGlobal)
                return
            case .classBody:
                throw syntaxError("assignment expression within a comprehension cannot be used in a class body",
                                  at: targetSpan)
            }
        }
    }
}
