/// Comprehension clauses (`for ... in ... if ...`) and assignment target lists.
extension Parser {
    enum ComprehensionKind { case list, set, generator }

    /// The `for` clauses after a comprehension's element.
    mutating func parseComprehensionTail(element: Expr, start: SourcePosition,
                                         kind: ComprehensionKind) throws(PySyntaxError) -> Expr {
        if case .starred = element.kind {
            throw error("iterable unpacking cannot be used in comprehension", span: element.span)
        }
        let clauses = try parseComprehensionClauses()
        let result: ExprKind = switch kind {
        case .list: .listComp(element, clauses)
        case .set: .setComp(element, clauses)
        case .generator: .generatorExp(element, clauses)
        }
        return Expr(result, span(from: start))
    }

    mutating func parseComprehensionClauses() throws(PySyntaxError) -> [Comprehension] {
        var clauses: [Comprehension] = []
        while isKeyword("for") || (isKeyword("async") && isKeyword("for", 1)) {
            let isAsync = try acceptKeyword("async")
            try advance()
            let target = try parseTargetList()
            try expectKeyword("in")
            let iter = try parseDisjunction()
            var conditions: [Expr] = []
            while try acceptKeyword("if") { conditions.append(try parseDisjunction()) }
            clauses.append(Comprehension(target: target, iter: iter, conditions: conditions, isAsync: isAsync))
        }
        return clauses
    }

    /// `a, *b` before `in` (for loops, comprehensions): parsed above comparisons so `in` stops it.
    mutating func parseTargetList() throws(PySyntaxError) -> Expr {
        let start = self.start
        let first = try parseTarget()
        var target = first
        if isOp(",") {
            var elements = [first]
            while try accept(",") {
                if isKeyword("in") || isOp("=") { break }
                elements.append(try parseTarget())
            }
            target = Expr(.tuple(elements), span(from: start))
        }
        try checkTarget(target)
        return target
    }

    /// One target: `*bitor` or `bitor`.
    mutating func parseTarget() throws(PySyntaxError) -> Expr {
        guard isOp("*") else { return try parseBitOr() }
        let start = self.start
        try advance()
        return Expr(.starred(try parseBitOr()), span(from: start))
    }
}
