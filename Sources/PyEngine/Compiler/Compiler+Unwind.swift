import PySyntax

/// Leaving blocks early: `return`, `break` and `continue` run the cleanup of
/// every block they cross (CPython's compiler_unwind_fblock).
extension Compiler {
    func pushBlock(_ kind: FrameBlock.Kind, start: Label? = nil, exit: Label? = nil) {
        unit.blocks.append(FrameBlock(kind: kind, start: start, exit: exit))
    }

    func popBlock() { unit.blocks.removeLast() }

    /// Emits the cleanup of `block`. With `preserveTop`, a value on top of the
    /// stack (a return value) survives the cleanup.
    func unwind(_ block: FrameBlock, preserveTop: Bool) throws(PySyntaxError) {
        switch block.kind {
        case .whileLoop, .exceptionGroupHandler:
            break
        case .forLoop, .popValue:
            if preserveTop { emit(.swap(2)) }
            emit(.pop)
        case .tryExcept:
            emit(.popBlock)
        case .finallyTry(let finalBody):
            emit(.popBlock)
            if preserveTop { pushBlock(.popValue) }
            try compileStatements(finalBody)
            if preserveTop { popBlock() }
        case .finallyEnd:
            emit(.popBlock)
            popHandledException(preserveTop: preserveTop)
        case .with(let isAsync):
            emit(.popBlock)
            if preserveTop { emit(.swap(2)) }
            callExitNormally(isAsync: isAsync)
        case .handlerCleanup(let name):
            if name != nil { emit(.popBlock) }
            emit(.popBlock)
            popHandledException(preserveTop: preserveTop)
            if let name { clearHandlerName(name) }
        }
    }

    /// `(previous exc [value] -- [value])`: drops exc and restores previous.
    func popHandledException(preserveTop: Bool) {
        if preserveTop { emit(.swap(2)) }
        emit(.pop)
        if preserveTop { emit(.swap(2)) }
        emit(.popExcept)
    }

    /// `name = None; del name`, so the exception does not outlive the handler.
    func clearHandlerName(_ name: String) {
        loadNone()
        nameOp(name, .store)
        nameOp(name, .delete)
    }

    /// Unwinds every block up to (not including) the innermost loop, which is
    /// returned; with `toLoop == false`, unwinds all blocks.
    func unwindBlocks(preserveTop: Bool, toLoop: Bool, _ span: SourceSpan) throws(PySyntaxError) -> FrameBlock? {
        guard let top = unit.blocks.last else { return nil }
        if case .exceptionGroupHandler = top.kind {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", span)
        }
        if toLoop && top.isLoop { return top }
        unit.blocks.removeLast()
        defer { unit.blocks.append(top) }
        try unwind(top, preserveTop: preserveTop)
        return try unwindBlocks(preserveTop: preserveTop, toLoop: toLoop, span)
    }
}
