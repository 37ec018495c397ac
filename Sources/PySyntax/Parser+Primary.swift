/// Primaries: an atom followed by `.name`, `(arguments)` and `[subscript]` trailers.
extension Parser {
    mutating func parsePrimary() throws(PySyntaxError) -> Expr {
        let start = self.start
        var expr = try parseAtom()
        while true {
            if try accept(".") {
                expr = Expr(.attribute(expr, try expectName()), span(from: start))
            } else if isOp("(") {
                let open = try advance()
                let (args, keywords) = try parseCallArguments(open: open)
                expr = Expr(.call(function: expr, args: args, keywords: keywords), span(from: start))
            } else if try accept("[") {
                bracketDepth += 1
                let index = try parseSlices()
                bracketDepth -= 1
                try expectClosing("]")
                expr = Expr(.subscript(expr, index), span(from: start))
            } else {
                return expr
            }
        }
    }

    /// The inside of `[...]` after a primary: an index, a slice, or a tuple of them.
    mutating func parseSlices() throws(PySyntaxError) -> Expr {
        let start = self.start
        let first = try parseSlice()
        guard isOp(",") else {
            if case .starred = first.kind { return Expr(.tuple([first]), first.span) }
            return first
        }
        var elements = [first]
        while try accept(",") {
            if isOp("]") { break }
            elements.append(try parseSlice())
        }
        return Expr(.tuple(elements), span(from: start))
    }

    mutating func parseSlice() throws(PySyntaxError) -> Expr {
        let start = self.start
        if isOp("*") { return try parseStarExpression() }
        let lower = isOp(":") ? nil : try parseNamedExpression()
        guard try accept(":") else { return lower! }
        let upper = isOp(":") || isOp("]") || isOp(",") ? nil : try parseExpression()
        var step: Expr?
        if try accept(":") {
            step = isOp("]") || isOp(",") ? nil : try parseExpression()
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), span(from: start))
    }

    /// Call arguments after `(`, through `)`: positional, `*args`, `name=value`, `**kwargs`,
    /// or a lone generator expression.
    mutating func parseCallArguments(open: Token? = nil, allowGenerator: Bool = true) throws(PySyntaxError) -> ([Expr], [Keyword]) {
        let openStart = open?.span.start ?? tokens[index - 1].span.start
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        var args: [Expr] = []
        var keywords: [Keyword] = []
        while !isOp(")") {
            let start = self.start
            if isOp("=", 1), case .name(let word) = current.kind, ["True", "False", "None"].contains(word) {
                throw error("cannot assign to \(word)", at: current)
            }
            if try accept("**") {
                keywords.append(Keyword(name: nil, value: try parseExpression(), span: span(from: start)))
            } else if let name = currentName, isOp("=", 1) {
                try advance(); try advance()
                keywords.append(Keyword(name: name, value: try parseExpression(), span: span(from: start)))
            } else {
                let isStar = isOp("*")
                var arg = try parseStarNamedExpression()
                if isKeyword("for") || isKeyword("async") {
                    if !allowGenerator { throw invalidSyntax() }
                    let element = arg.span.start
                    arg = try parseComprehensionTail(element: arg, start: openStart, kind: .generator)
                    if !args.isEmpty || !keywords.isEmpty || !isOp(")") {
                        throw error("Generator expression must be parenthesized", from: element, to: arg.span.end)
                    }
                } else if isOp("=") {
                    let value = try { () throws(PySyntaxError) in try advance(); return try parseExpression() }()
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                from: arg.span.start, to: value.span.end)
                }
                try checkArgumentOrder(arg, isStar: isStar, keywords: keywords)
                args.append(arg)
                if case .generatorExp = arg.kind, isOp(")") { break }
            }
            if !(try accept(",")) {
                if !isOp(")") { try diagnoseMissingComma(after: args.last ?? keywords.last?.value) }
                break
            }
        }
        try expectClosing(")")
        if case .generatorExp = args.first?.kind, args.count == 1 {
            args[0].span = span(from: openStart)
        }
        return (args, keywords)
    }

    /// Positional arguments can't follow keywords; `*x` can't follow `**y`.
    func checkArgumentOrder(_ arg: Expr, isStar: Bool, keywords: [Keyword]) throws(PySyntaxError) {
        guard !keywords.isEmpty else { return }
        let afterUnpacking = keywords.contains { $0.name == nil }
        if isStar {
            if afterUnpacking {
                throw error("iterable argument unpacking follows keyword argument unpacking", span: arg.span)
            }
            return
        }
        let message = afterUnpacking
            ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument"
        // CPython points at the token after the offending argument.
        throw error(message, at: current)
    }

    /// Expects a closing bracket, or reports CPython's comma hint / invalid syntax.
    mutating func expectClosing(_ closer: String) throws(PySyntaxError) {
        guard isOp(closer) else { throw invalidSyntax() }
        try advance()
    }

    /// Inside brackets, two expressions in a row are probably a missing comma.
    mutating func diagnoseMissingComma(after previous: Expr?) throws(PySyntaxError) {
        guard let previous, bracketDepth > 0, startsExpression, !isOp("*"), !isOp("**") else { throw invalidSyntax() }
        if case .string = current.kind, case .name = previous.kind { throw invalidSyntax() }
        let mark = index
        if let next = try? parseExpression() {
            throw error("invalid syntax. Perhaps you forgot a comma?", from: previous.span.start, to: next.span.end)
        }
        index = mark
        throw invalidSyntax()
    }
}
