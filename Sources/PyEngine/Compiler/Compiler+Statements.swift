import PySyntax

/// Simple statements and control flow.
extension Compiler {
    /// A module or class body: a leading string becomes `__doc__`.
    func compileBody(_ body: [Stmt], storesDocstring: Bool) throws(PySyntaxError) {
        var rest = body[...]
        if hasAnnotations(body) { emit(.setupAnnotations) }
        if storesDocstring, let first = body.first, let doc = docstring(of: body) {
            try at(first.span) { () throws(PySyntaxError) in
                emit(.loadConst(stringConstant(doc)))
                nameOp("__doc__", .store)
            }
            rest = rest.dropFirst()
        }
        try compileStatements(Array(rest))
    }

    /// The docstring of a body: its first statement, if a string literal.
    func docstring(of body: [Stmt]) -> String? {
        guard case .expr(let e)? = body.first?.kind, case .constant(.string(let s)) = e.kind else { return nil }
        return s
    }

    func compileStatements(_ body: [Stmt]) throws(PySyntaxError) {
        for s in body { try compileStatement(s) }
    }

    func compileStatement(_ s: Stmt) throws(PySyntaxError) {
        try at(s.span) { () throws(PySyntaxError) in try compileStatementKind(s) }
    }

    private func compileStatementKind(_ s: Stmt) throws(PySyntaxError) {
        switch s.kind {
        case .expr(let e): try compileExpressionStatement(e)
        case .assign(let targets, let value): try compileAssign(targets, value)
        case .augAssign(let target, let op, let value): try compileAugAssign(target, op, value)
        case .annAssign(let target, let annotation, let value, let isSimple):
            try compileAnnAssign(target, annotation, value, isSimple)
        case .functionDef(let def): try compileFunctionDef(def, s.span)
        case .classDef(let def): try compileClassDef(def, s.span)
        case .return(let value): try compileReturn(value, s.span)
        case .delete(let targets): for t in targets { try compileDelete(t) }
        case .if(let test, let body, let orelse): try compileIf(test, body, orelse)
        case .while(let test, let body, let orelse): try compileWhile(test, body, orelse)
        case .for(let target, let iter, let body, let orelse, let isAsync):
            if isAsync { try compileAsyncFor(target, iter, body, orelse, s.span) }
            else { try compileFor(target, iter, body, orelse) }
        case .with(let items, let body, let isAsync): try compileWith(items[...], body, isAsync: isAsync, s.span)
        case .raise(let exc, let cause): try compileRaise(exc, cause)
        case .try(let body, let handlers, let orelse, let finalbody, let isStar):
            try compileTry(body, handlers, orelse, finalbody, isStar: isStar)
        case .assert(let test, let message): try compileAssert(test, message)
        case .import(let aliases): for a in aliases { try at(a.span) { compileImport(a) } }
        case .importFrom(let module, let names, let level): compileImportFrom(module, names, level)
        case .global, .nonlocal, .pass: break
        case .break: try compileBreak(s.span)
        case .continue: try compileContinue(s.span)
        }
    }

    private func compileExpressionStatement(_ e: Expr) throws(PySyntaxError) {
        if interactive && units.count == 1 {
            try compileExpr(e)
            emit(.printExpr)
            return
        }
        if case .constant = e.kind { return }
        try compileExpr(e)
        emit(.pop)
    }

    // MARK: Control flow

    private func compileIf(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws(PySyntaxError) {
        let end = newLabel()
        let otherwise = orelse.isEmpty ? end : newLabel()
        try compileJumpIf(test, otherwise, jumpWhen: false)
        try compileStatements(body)
        if !orelse.isEmpty {
            emitJump(Instruction.jump, end)
            bind(otherwise)
            try compileStatements(orelse)
        }
        bind(end)
    }

    private func compileWhile(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws(PySyntaxError) {
        let start = newLabel(), otherwise = newLabel(), end = newLabel()
        bind(start)
        try compileJumpIf(test, otherwise, jumpWhen: false)
        pushBlock(.whileLoop, start: start, exit: end)
        try compileStatements(body)
        popBlock()
        emitJump(Instruction.jump, start)
        bind(otherwise)
        try compileStatements(orelse)
        bind(end)
    }

    private func compileFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws(PySyntaxError) {
        let start = newLabel(), cleanup = newLabel(), end = newLabel()
        try compileExpr(iter)
        emit(.getIter)
        bind(start)
        emitJump(Instruction.forIter, cleanup)
        pushBlock(.forLoop, start: start, exit: end)
        try compileStore(target)
        try compileStatements(body)
        popBlock()
        emitJump(Instruction.jump, start)
        bind(cleanup)
        try compileStatements(orelse)
        bind(end)
    }

    private func compileReturn(_ value: Expr?, _ span: SourceSpan) throws(PySyntaxError) {
        let scope = unit.scope
        guard scope.kind.isFunctionLike else { throw error("'return' outside function", span) }
        if value != nil, scope.isGenerator, scope.isCoroutine {
            throw error("'return' with value in async generator", span)
        }
        let preserve = value.map { !$0.isConstant } ?? false
        if preserve, let value { try compileExpr(value) }
        _ = try unwindBlocks(preserveTop: preserve, toLoop: false, span)
        if let value, !preserve { try compileExpr(value) }
        if value == nil { loadNone() }
        emit(.returnValue)
    }

    private func compileBreak(_ span: SourceSpan) throws(PySyntaxError) {
        guard let loop = try unwindBlocks(preserveTop: false, toLoop: true, span) else {
            throw error("'break' outside loop", span)
        }
        try unwind(loop, preserveTop: false)
        emitJump(Instruction.jump, loop.exit!)
    }

    private func compileContinue(_ span: SourceSpan) throws(PySyntaxError) {
        guard let loop = try unwindBlocks(preserveTop: false, toLoop: true, span) else {
            throw error("'continue' not properly in loop", span)
        }
        emitJump(Instruction.jump, loop.start!)
    }

    // MARK: raise and assert

    private func compileRaise(_ exc: Expr?, _ cause: Expr?) throws(PySyntaxError) {
        var n = 0
        if let exc {
            try compileExpr(exc)
            n = 1
            if let cause {
                try compileExpr(cause)
                n = 2
            }
        }
        emit(.raiseVarargs(n))
    }

    private func compileAssert(_ test: Expr, _ message: Expr?) throws(PySyntaxError) {
        let end = newLabel()
        try compileJumpIf(test, end, jumpWhen: true)
        emit(.loadAssertionError)
        if let message {
            // AssertionError(message), called like CPython's PRECALL/CALL 0.
            emit(.pushNull)
            emit(.swap(2))
            try compileExpr(message)
            emit(.call(1))
        }
        // CPython reports a failed assert at its test expression.
        try at(test.span) { emit(.raiseVarargs(1)) }
        bind(end)
    }
}

extension Expr {
    /// A literal whose evaluation cannot fail or have effects.
    var isConstant: Bool {
        if case .constant = kind { return true }
        return false
    }
}
