import PySyntax

/// `with` and `async with`.
///
/// ```
///     <ctx>; beforeWith                   [exit enter]     (async: beforeAsyncWith; await)
///     store target | pop                  [exit]
///     setupFinally(H); <body>; popBlock
///     withExitNormal; jump end            (async: exit(None, None, None) awaited, popped)
/// H:  pushExcInfo; setupFinally(C)        [exit previous exc]
///     copy(3); swap(2); withExceptStart   [exit previous exit exc result]  (async: await result)
///     popJumpIfTrue(S)                    [exit previous exit exc]
///     popBlock; swap(2); pop; swap(2); popExcept; reraise     not suppressed: [exit exc]
/// S:  popBlock; pop; pop; popExcept; pop; jump end            suppressed
/// C:  popExceptAndReraise                 [exit previous exc newexc]
/// ```
/// The target is stored before `setupFinally`, because the handler's depth is
/// the depth at `setupFinally` (CPython protects the store too).
extension Compiler {
    func compileWith(_ items: ArraySlice<WithItem>, _ body: [Stmt], isAsync: Bool,
                     _ span: SourceSpan) throws(PySyntaxError) {
        if isAsync { try checkAsyncAllowed("'async with' outside async function", span) }
        let item = items[items.startIndex]
        let handler = newLabel(), end = newLabel()
        try compileExpr(item.context)
        if isAsync {
            emit(.beforeAsyncWith)
            emitAwait(1)
        } else {
            emit(.beforeWith)
        }
        if let target = item.target { try compileStore(target) } else { emit(.pop) }
        emitJump(Instruction.setupFinally, handler)
        pushBlock(.with(isAsync: isAsync))
        if items.count > 1 {
            try compileWith(items.dropFirst(), body, isAsync: isAsync, span)
        } else {
            try compileStatements(body)
        }
        popBlock()
        emit(.popBlock)
        callExitNormally(isAsync: isAsync)
        emitJump(Instruction.jump, end)
        bind(handler)
        compileWithHandler(isAsync: isAsync, end: end)
        bind(end)
    }

    /// `(exit -- )`: `exit(None, None, None)`, awaited for `async with`.
    func callExitNormally(isAsync: Bool) {
        guard isAsync else {
            emit(.withExitNormal)
            return
        }
        emit(.pushNull)
        emit(.swap(2))
        for _ in 0..<3 { loadNone() }
        emit(.call(3))
        emitAwait(2)
        emit(.pop)
    }

    private func compileWithHandler(isAsync: Bool, end: Label) {
        let cleanup = beginHandler()
        let suppress = newLabel()
        emit(.copy(3))
        emit(.swap(2))
        emit(.withExceptStart)
        if isAsync { emitAwait(2) }
        emitJump(Instruction.popJumpIfTrue, suppress)
        emit(.popBlock)
        emit(.swap(2))
        emit(.pop)
        emit(.swap(2))
        emit(.popExcept)
        emit(.reraise)
        bind(suppress)
        emit(.popBlock)
        emit(.pop)
        emit(.pop)
        emit(.popExcept)
        emit(.pop)
        emitJump(Instruction.jump, end)
        endHandler(cleanup)
    }

    /// `async for`/`async with`: only in async functions (or awaiting REPL code).
    func checkAsyncAllowed(_ message: String, _ span: SourceSpan) throws(PySyntaxError) {
        if isTopLevelAwait {
            usesTopLevelAwait = true
            return
        }
        if !unit.scope.isAsync { throw error(message, span) }
    }

    /// ```
    ///     <iter>; getAIter                            [aiter]
    /// S:  setupFinally(H); getANext; loadConst(None); yieldFrom; popBlock
    ///     store target; <body>; jump S
    /// H:  endAsyncFor                                 [aiter exc] -> []
    ///     <orelse>
    /// ```
    func compileAsyncFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt],
                         _ span: SourceSpan) throws(PySyntaxError) {
        try checkAsyncAllowed("'async for' outside async function", span)
        let start = newLabel(), handler = newLabel(), end = newLabel()
        try compileExpr(iter)
        emit(.getAIter)
        bind(start)
        emitJump(Instruction.setupFinally, handler)
        emit(.getANext)
        loadNone()
        emit(.yieldFrom)
        emit(.popBlock)
        pushBlock(.forLoop, start: start, exit: end)
        try compileStore(target)
        try compileStatements(body)
        popBlock()
        emitJump(Instruction.jump, start)
        bind(handler)
        emit(.endAsyncFor)
        try compileStatements(orelse)
        bind(end)
    }
}
