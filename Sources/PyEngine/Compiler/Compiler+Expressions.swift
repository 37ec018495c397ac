import PySyntax

/// Expressions: each leaves exactly one value on the stack.
extension Compiler {
    func compileExpr(_ e: Expr) throws(PySyntaxError) {
        try at(e.span) { () throws(PySyntaxError) in try compileExprKind(e) }
    }

    private func compileExprKind(_ e: Expr) throws(PySyntaxError) {
        switch e.kind {
        case .name(let n): nameOp(n, .load)
        case .constant(let c): emit(.loadConst(constant(c)))
        case .joinedString(let parts): try compileJoinedString(parts)
        case .formattedValue(let value, let conversion, let spec): try compileFormattedValue(value, conversion, spec)
        case .unaryOp(let op, let x):
            try compileExpr(x)
            emit(.unary(op))
        case .binOp(let l, let op, let r):
            try compileExpr(l)
            try compileExpr(r)
            emit(.binary(op, inplace: false))
        case .boolOp(let op, let values): try compileBoolOp(op, values)
        case .compare(let left, let rest): try compileCompare(left, rest)
        case .call(let f, let args, let keywords): try compileCall(f, args, keywords)
        case .attribute(let obj, let attr):
            try compileExpr(obj)
            emit(.loadAttr(attributeName(attr)))
        case .subscript(let obj, let index):
            try compileExpr(obj)
            try compileExpr(index)
            emit(.binarySubscr)
        case .slice(let lower, let upper, let step): try compileSlice(lower, upper, step)
        case .list(let items): try compileSequence(items, kind: .list)
        case .tuple(let items): try compileSequence(items, kind: .tuple)
        case .set(let items): try compileSequence(items, kind: .set)
        case .dict(let keys, let values): try compileDict(keys, values)
        case .starred: throw error("can't use starred expression here", e.span)
        case .ifExp(let test, let body, let orelse):
            let otherwise = newLabel(), end = newLabel()
            try compileJumpIf(test, otherwise, jumpWhen: false)
            try compileExpr(body)
            emitJump(Instruction.jump, end)
            bind(otherwise)
            try compileExpr(orelse)
            bind(end)
        case .lambda(let args, let body): try compileLambda(args, body, e.span)
        case .listComp(let elt, let gens): try compileComprehension(.list, [elt], gens, e.span)
        case .setComp(let elt, let gens): try compileComprehension(.set, [elt], gens, e.span)
        case .dictComp(let k, let v, let gens): try compileComprehension(.dict, [k, v], gens, e.span)
        case .generatorExp(let elt, let gens): try compileComprehension(.generator, [elt], gens, e.span)
        case .await(let x): try compileAwait(x, e.span)
        case .yield(let x): try compileYield(x, e.span)
        case .yieldFrom(let x): try compileYieldFrom(x, e.span)
        case .namedExpr(let target, let value):
            try compileExpr(value)
            emit(.copy(1))
            nameOp(target, .store)
        }
    }

    // MARK: Operators

    private func compileBoolOp(_ op: BoolOperator, _ values: [Expr]) throws(PySyntaxError) {
        let end = newLabel()
        for (i, v) in values.enumerated() {
            try compileExpr(v)
            if i < values.count - 1 {
                emitJump(op == .and ? Instruction.jumpIfFalseOrPop : Instruction.jumpIfTrueOrPop, end)
            }
        }
        bind(end)
    }

    /// `a < b < c` evaluates b once: CPython's swap/copy pattern.
    private func compileCompare(_ left: Expr, _ rest: [(CompareOperator, Expr)]) throws(PySyntaxError) {
        try compileExpr(left)
        if rest.count == 1 {
            try compileExpr(rest[0].1)
            emitComparison(rest[0].0)
            return
        }
        let cleanup = newLabel(), end = newLabel()
        for (op, right) in rest.dropLast() {
            try compileExpr(right)
            emit(.swap(2))
            emit(.copy(2))
            emitComparison(op)
            emitJump(Instruction.jumpIfFalseOrPop, cleanup)
        }
        try compileExpr(rest[rest.count - 1].1)
        emitComparison(rest[rest.count - 1].0)
        emitJump(Instruction.jump, end)
        bind(cleanup)
        emit(.swap(2))
        emit(.pop)
        bind(end)
    }

    func emitComparison(_ op: CompareOperator) {
        switch op {
        case .is: emit(.isOp(negated: false))
        case .isNot: emit(.isOp(negated: true))
        case .in: emit(.containsOp(negated: false))
        case .notIn: emit(.containsOp(negated: true))
        default: emit(.compare(op))
        }
    }

    /// Jumps to `label` when `test`'s truth equals `jumpWhen`, without building
    /// intermediate bools for `not`, `and` and `or` (CPython's compiler_jump_if).
    func compileJumpIf(_ test: Expr, _ label: Label, jumpWhen: Bool) throws(PySyntaxError) {
        switch test.kind {
        case .unaryOp(.not, let inner):
            try compileJumpIf(inner, label, jumpWhen: !jumpWhen)
        case .boolOp(let op, let values):
            // `a and b` jumps on false as soon as one is false; on true only if all are.
            let shortCircuitsOnJump = (op == .and) == !jumpWhen
            let next = shortCircuitsOnJump ? label : newLabel()
            for v in values.dropLast() { try compileJumpIf(v, next, jumpWhen: !(op == .and)) }
            try compileJumpIf(values[values.count - 1], label, jumpWhen: jumpWhen)
            if !shortCircuitsOnJump { bind(next) }
        default:
            try compileExpr(test)
            try at(test.span) { emitJump(jumpWhen ? Instruction.popJumpIfTrue : Instruction.popJumpIfFalse, label) }
        }
    }

    private func compileSlice(_ lower: Expr?, _ upper: Expr?, _ step: Expr?) throws(PySyntaxError) {
        for part in [lower, upper] {
            if let part { try compileExpr(part) } else { loadNone() }
        }
        if let step {
            try compileExpr(step)
            emit(.buildSlice(3))
        } else {
            emit(.buildSlice(2))
        }
    }

    // MARK: f-strings

    private func compileJoinedString(_ parts: [Expr]) throws(PySyntaxError) {
        if parts.isEmpty {
            emit(.loadConst(stringConstant("")))
            return
        }
        for p in parts { try compileExpr(p) }
        if parts.count > 1 { emit(.buildString(parts.count)) }
    }

    private func compileFormattedValue(_ value: Expr, _ conversion: Character?, _ spec: Expr?) throws(PySyntaxError) {
        try compileExpr(value)
        if let spec { try compileExpr(spec) }
        emit(.formatValue(conversion: Conversion(conversion), hasSpec: spec != nil))
    }

    // MARK: yield and await

    private func compileYield(_ value: Expr?, _ span: SourceSpan) throws(PySyntaxError) {
        guard unit.scope.kind.isFunctionLike else { throw error("'yield' outside function", span) }
        if let value { try compileExpr(value) } else { loadNone() }
        emit(.yieldValue)
    }

    private func compileYieldFrom(_ value: Expr, _ span: SourceSpan) throws(PySyntaxError) {
        guard unit.scope.kind.isFunctionLike else { throw error("'yield' outside function", span) }
        if unit.scope.isAsync { throw error("'yield from' inside async function", span) }
        try compileExpr(value)
        emit(.getYieldFromIter)
        loadNone()
        emit(.yieldFrom)
    }

    private func compileAwait(_ value: Expr, _ span: SourceSpan) throws(PySyntaxError) {
        if isTopLevelAwait {
            usesTopLevelAwait = true
        } else {
            guard unit.scope.kind.isFunctionLike else { throw error("'await' outside function", span) }
            guard unit.scope.isAsync || unit.scope.isComprehension else {
                throw error("'await' outside async function", span)
            }
        }
        try compileExpr(value)
        emitAwait(0)
    }

    /// `(awaitable-source -- result)`: `getAwaitable(where); loadConst(None); yieldFrom`.
    func emitAwait(_ location: Int) {
        emit(.getAwaitable(location))
        loadNone()
        emit(.yieldFrom)
    }

    /// Interactive module code may await at top level.
    var isTopLevelAwait: Bool { interactive && units.count == 1 }
}

extension Scope {
    var isComprehension: Bool {
        if case .comprehension = kind { return true }
        return false
    }
}
