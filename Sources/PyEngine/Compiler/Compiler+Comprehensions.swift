import PySyntax

/// Comprehensions and generator expressions: nested code objects that take the
/// first iterator as their one argument `.0`.
extension Compiler {
    func compileComprehension(_ kind: ComprehensionKind, _ elements: [Expr], _ gens: [Comprehension],
                              _ span: SourceSpan) throws(PySyntaxError) {
        let scope = unit.scope.child(for: ScopeKey(tag: "comp", span: span))
        let outerAllowsAwait = unit.scope.isAsync || unit.scope.isComprehension || isTopLevelAwait
        if scope.isCoroutine && kind != .generator && !outerAllowsAwait {
            throw error("asynchronous comprehension outside of an asynchronous function", span)
        }
        emit(.pushNull)
        enterUnit(scope, name: kind.codeName, qualifiedName: qualifiedName(for: kind.codeName, scope),
                  span: span, className: unit.className)
        switch kind {
        case .list: emit(.buildList(0))
        case .set: emit(.buildSet(0))
        case .dict: emit(.buildMap(0))
        case .generator: break
        }
        try compileGenerator(gens[...], kind, elements, depth: kind == .generator ? 0 : 1)
        if kind == .generator { loadNone() }
        emit(.returnValue)
        let code = leaveUnit(extraFlags: [], argumentCounts: (1, 0, 0))
        makeClosure(code, [])
        try compileExpr(gens[0].iter)
        emit(gens[0].isAsync ? .getAIter : .getIter)
        emit(.call(1))
        if scope.isCoroutine && kind != .generator {
            if isTopLevelAwait { usesTopLevelAwait = true }
            emitAwait(0)
        }
    }

    /// One `for` clause; recurses for the next, and adds the element at the end.
    /// `depth` counts the collection plus the iterators above it.
    private func compileGenerator(_ gens: ArraySlice<Comprehension>, _ kind: ComprehensionKind,
                                  _ elements: [Expr], depth: Int) throws(PySyntaxError) {
        let g = gens[gens.startIndex]
        let isFirst = gens.startIndex == 0
        if isFirst {
            emit(.loadFast(unit.varIndexOf(".0")))
        } else {
            try compileExpr(g.iter)
            emit(g.isAsync ? .getAIter : .getIter)
        }
        let start = newLabel(), end = newLabel()
        bind(start)
        if g.isAsync {
            emitJump(Instruction.setupFinally, end)
            emit(.getANext)
            loadNone()
            emit(.yieldFrom)
            emit(.popBlock)
        } else {
            emitJump(Instruction.forIter, end)
        }
        try compileStore(g.target)
        for c in g.conditions { try compileJumpIf(c, start, jumpWhen: false) }
        if gens.count > 1 {
            try compileGenerator(gens.dropFirst(), kind, elements, depth: depth + 1)
        } else {
            try compileElement(kind, elements, depth: depth + 1)
        }
        emitJump(Instruction.jump, start)
        bind(end)
        if g.isAsync { emit(.endAsyncFor) }
    }

    private func compileElement(_ kind: ComprehensionKind, _ elements: [Expr], depth: Int) throws(PySyntaxError) {
        for e in elements { try compileExpr(e) }
        switch kind {
        case .list: emit(.listAppend(depth))
        case .set: emit(.setAdd(depth))
        case .dict: emit(.mapAdd(depth))
        case .generator:
            emit(.yieldValue)
            emit(.pop)
        }
    }
}
