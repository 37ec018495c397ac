import PySyntax

/// `try` statements on the block stack.
///
/// Conventions (see `Instruction.setupFinally`): a handler is entered with the
/// stack cut to its depth at `setupFinally` plus the exception. Inside an
/// `except` or exceptional `finally` body the stack holds `previous exc`
/// (`pushExcInfo`), and a cleanup handler at that depth restores `previous`
/// with `popExceptAndReraise` if the body raises.
extension Compiler {
    func compileTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt], _ finalbody: [Stmt],
                    isStar: Bool) throws(PySyntaxError) {
        if finalbody.isEmpty {
            try compileTryExcept(body, handlers, orelse, isStar: isStar)
        } else {
            try compileTryFinally(finalbody) { () throws(PySyntaxError) in
                if handlers.isEmpty { try compileStatements(body) }
                else { try compileTryExcept(body, handlers, orelse, isStar: isStar) }
            }
        }
    }

    /// ```
    ///     setupFinally(F); <body>; popBlock; <final>; jump end
    /// F:  pushExcInfo; setupFinally(C); <final>          [previous exc]
    ///     popBlock; swap(2); popExcept; reraise
    /// C:  popExceptAndReraise                            [previous exc newexc]
    /// ```
    private func compileTryFinally(_ finalbody: [Stmt], _ body: () throws(PySyntaxError) -> Void) throws(PySyntaxError) {
        let handler = newLabel(), end = newLabel()
        emitJump(Instruction.setupFinally, handler)
        pushBlock(.finallyTry(finalbody))
        try body()
        popBlock()
        emit(.popBlock)
        try compileStatements(finalbody)
        emitJump(Instruction.jump, end)
        bind(handler)
        let cleanup = beginHandler()
        pushBlock(.finallyEnd)
        try compileStatements(finalbody)
        popBlock()
        reraiseHandled()
        endHandler(cleanup)
        bind(end)
    }

    /// `pushExcInfo; setupFinally(cleanup)`: the start of every handler body.
    func beginHandler() -> Label {
        let cleanup = newLabel()
        emit(.pushExcInfo)
        emitJump(Instruction.setupFinally, cleanup)
        return cleanup
    }

    /// The cleanup handler: `[previous exc newexc]`, restores and re-raises.
    func endHandler(_ cleanup: Label) {
        bind(cleanup)
        emit(.popExceptAndReraise)
    }

    /// `[previous exc]`: leaves the handler and re-raises exc.
    func reraiseHandled() {
        emit(.popBlock)
        emit(.swap(2))
        emit(.popExcept)
        emit(.reraise)
    }

    /// ```
    ///     setupFinally(H); <body>; popBlock; jump orelse
    /// H:  pushExcInfo; setupFinally(C)                   [previous exc]
    ///     <type>; checkExcMatch; popJumpIfFalse(next)     per typed handler
    ///     copy(1); store name                             with `as name`
    ///     <handler body>
    ///     popBlock; pop; popExcept; jump end              (plus `name = None; del name`)
    /// next: ...
    ///     popBlock; swap(2); popExcept; reraise           nothing matched
    /// C:  popExceptAndReraise
    /// orelse: <orelse>
    /// end:
    /// ```
    private func compileTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
                                  isStar: Bool) throws(PySyntaxError) {
        let handlerStart = newLabel(), otherwise = newLabel(), end = newLabel()
        emitJump(Instruction.setupFinally, handlerStart)
        pushBlock(.tryExcept)
        try compileStatements(body)
        popBlock()
        emit(.popBlock)
        emitJump(Instruction.jump, otherwise)
        bind(handlerStart)
        let cleanup = beginHandler()
        if isStar {
            try compileStarHandlers(handlers, end: end)
        } else {
            for (i, h) in handlers.enumerated() {
                if h.type == nil && i < handlers.count - 1 {
                    throw error("default 'except:' must be last", h.span)
                }
                try at(h.span) { () throws(PySyntaxError) in try compileHandler(h, end: end) }
            }
            reraiseHandled()
        }
        endHandler(cleanup)
        bind(otherwise)
        try compileStatements(orelse)
        bind(end)
    }

    private func compileHandler(_ h: ExceptHandler, end: Label) throws(PySyntaxError) {
        let next = newLabel()
        if let type = h.type {
            try compileExpr(type)
            emit(.checkExcMatch)
            emitJump(Instruction.popJumpIfFalse, next)
        }
        if let name = h.name {
            emit(.copy(1))
            nameOp(name, .store)
            let nameCleanup = newLabel()
            emitJump(Instruction.setupFinally, nameCleanup)
            pushBlock(.handlerCleanup(name: name))
            try compileStatements(h.body)
            popBlock()
            emit(.popBlock)
            emit(.popBlock)
            emit(.pop)
            emit(.popExcept)
            clearHandlerName(name)
            emitJump(Instruction.jump, end)
            // [previous exc newexc]: drop the name, then the outer cleanup runs.
            bind(nameCleanup)
            clearHandlerName(name)
            emit(.reraise)
        } else {
            pushBlock(.handlerCleanup(name: nil))
            try compileStatements(h.body)
            popBlock()
            emit(.popBlock)
            emit(.pop)
            emit(.popExcept)
            emitJump(Instruction.jump, end)
        }
        bind(next)
    }
}
