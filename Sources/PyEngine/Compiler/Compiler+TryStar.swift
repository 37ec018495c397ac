import PySyntax

/// `except*`, after CPython 3.11's compiler_try_star_except.
///
/// ```
/// H:  pushExcInfo; setupFinally(C)              [previous eg]
///     copy(1); buildList(0); swap(2)            [previous orig raised eg]
///   per handler:
///     <type>; checkEgMatch                      [previous orig raised rest match]
///     copy(1); popJumpIfNone(nomatch)
///     store name | pop                          [previous orig raised rest]
///     setupFinally(E); <body>; popBlock; (name = None; del name); jump next
///  E: (name = None; del name); listAppend(2); jump next    [.. rest newexc]
///  nomatch: pop
///  next:
///     listAppend(1); prepReraiseStar            [previous result]
///     copy(1); popJumpIfNotNone(R)
///     pop; popBlock; popExcept; jump end
///  R: popBlock; swap(2); popExcept; reraise
/// C:  popExceptAndReraise
/// ```
extension Compiler {
    func compileStarHandlers(_ handlers: [ExceptHandler], end: Label) throws(PySyntaxError) {
        emit(.copy(1))
        emit(.buildList(0))
        emit(.swap(2))
        for h in handlers {
            try at(h.span) { () throws(PySyntaxError) in try compileStarHandler(h) }
        }
        let reraise = newLabel()
        emit(.listAppend(1))
        emit(.prepReraiseStar)
        emit(.copy(1))
        emitJump(Instruction.popJumpIfNotNone, reraise)
        emit(.pop)
        emit(.popBlock)
        emit(.popExcept)
        emitJump(Instruction.jump, end)
        bind(reraise)
        reraiseHandled()
    }

    private func compileStarHandler(_ h: ExceptHandler) throws(PySyntaxError) {
        guard let type = h.type else { throw error("expected one or more exception types", h.span) }
        let noMatch = newLabel(), next = newLabel(), raised = newLabel()
        try compileExpr(type)
        emit(.checkEgMatch)
        emit(.copy(1))
        emitJump(Instruction.popJumpIfNone, noMatch)
        if let name = h.name { nameOp(name, .store) } else { emit(.pop) }
        emitJump(Instruction.setupFinally, raised)
        pushBlock(.exceptionGroupHandler)
        try compileStatements(h.body)
        popBlock()
        emit(.popBlock)
        if let name = h.name { clearHandlerName(name) }
        emitJump(Instruction.jump, next)
        bind(raised)
        if let name = h.name { clearHandlerName(name) }
        emit(.listAppend(2))
        emitJump(Instruction.jump, next)
        bind(noMatch)
        emit(.pop)
        bind(next)
    }
}
