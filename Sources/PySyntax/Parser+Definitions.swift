/// `def`, `class` and decorators.
extension Parser {
    mutating func parseDecorated() throws(PySyntaxError) -> Stmt {
        var decorators: [Expr] = []
        while try accept("@") {
            decorators.append(try parseNamedExpression())
            guard current.kind == .newline else { throw invalidSyntax() }
            try advance()
        }
        let start = self.start
        switch current.kind {
        case .name("def"): return try parseFunction(start: start, decorators: decorators, isAsync: false)
        case .name("class"): return try parseClass(start: start, decorators: decorators)
        case .name("async") where isKeyword("def", 1):
            try advance()
            return try parseFunction(start: start, decorators: decorators, isAsync: true)
        default: throw invalidSyntax()
        }
    }

    mutating func parseFunction(start: SourcePosition, decorators: [Expr], isAsync: Bool) throws(PySyntaxError) -> Stmt {
        let line = current.span.start.line
        try advance()
        let name = try expectName()
        try expect("(", "expected '('")
        bracketDepth += 1
        let arguments = try parseParameters(closer: ")", annotated: true)
        bracketDepth -= 1
        try expect(")")
        let returns = try accept("->") ? try parseExpression() : nil
        let body = try parseBlock("function definition on line \(line)")
        let def = FunctionDef(name: name, arguments: arguments, body: body, decorators: decorators,
                              returns: returns, isAsync: isAsync)
        return Stmt(.functionDef(def), span(from: start))
    }

    mutating func parseClass(start: SourcePosition, decorators: [Expr]) throws(PySyntaxError) -> Stmt {
        let line = current.span.start.line
        try advance()
        let name = try expectName()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if try accept("(") {
            (bases, keywords) = try parseCallArguments(allowGenerator: false)
        }
        let body = try parseBlock("class definition on line \(line)")
        let def = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(def), span(from: start))
    }
}
