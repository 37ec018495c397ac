/// Expression statements and the assignments that start like them.
extension Parser {
    static let augmentedOperators: [String: BinaryOperator] = [
        "+=": .add, "-=": .subtract, "*=": .multiply, "/=": .divide, "//=": .floorDivide, "%=": .modulo,
        "**=": .power, "@=": .matrixMultiply, "<<=": .leftShift, ">>=": .rightShift, "|=": .bitOr,
        "^=": .bitXor, "&=": .bitAnd,
    ]

    mutating func parseExpressionStatement() throws(PySyntaxError) -> StmtKind {
        let startToken = current
        let first = try parseYieldOrStarExpressions()
        if isOp("=") { return try parseAssignment(first) }
        if case .op(let op) = current.kind, let binary = Parser.augmentedOperators[op] {
            try checkAugmentedTarget(first)
            try advance()
            return .augAssign(target: first, op: binary, value: try parseYieldOrStarExpressions())
        }
        if isOp(":") { return try parseAnnotatedAssignment(first, parenthesized: startToken.kind == .op("(")) }
        if current.kind != .newline && !isOp(";") { try diagnoseLegacyPrint(first) }
        return .expr(first)
    }

    /// `a = b = value`: every expression but the last is a target.
    mutating func parseAssignment(_ first: Expr) throws(PySyntaxError) -> StmtKind {
        var targets = [first]
        while try accept("=") {
            targets.append(try parseYieldOrStarExpressions())
        }
        let value = targets.removeLast()
        for (i, target) in targets.enumerated() {
            // CPython's hint about '==' appears for a lone first target followed by one value.
            let hint = i == 0 && targets.count == 1
            try checkTarget(target, hintEquality: hint)
        }
        return .assign(targets: targets, value: value)
    }

    mutating func parseAnnotatedAssignment(_ target: Expr, parenthesized: Bool) throws(PySyntaxError) -> StmtKind {
        switch target.kind {
        case .name, .attribute, .subscript: break
        case .tuple: throw error("only single target (not tuple) can be annotated", span: target.span)
        case .list: throw error("only single target (not list) can be annotated", span: target.span)
        default: throw error("illegal target for annotation", span: target.span)
        }
        try advance()
        let annotation = try parseExpression()
        let value = try accept("=") ? try parseYieldOrStarExpressions() : nil
        var isSimple = false
        if case .name = target.kind, !parenthesized { isSimple = true }
        return .annAssign(target: target, annotation: annotation, value: value, isSimple: isSimple)
    }

    mutating func parseYieldOrStarExpressions() throws(PySyntaxError) -> Expr {
        isKeyword("yield") ? try parseYield() : try parseStarExpressions()
    }

    /// `print "hello"` gets CPython's Python 2 hint; anything else is plain invalid syntax.
    mutating func diagnoseLegacyPrint(_ first: Expr) throws(PySyntaxError) {
        guard case .name(let name) = first.kind, name == "print" || name == "exec", startsExpression else {
            throw invalidSyntax()
        }
        let rest = try parseStarExpressions()
        throw error("Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?",
                    from: first.span.start, to: rest.span.end)
    }
}
