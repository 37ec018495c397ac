/// Statements on one logical line: `x = 1; pass`, imports, `return`, `raise`...
extension Parser {
    /// One statement line: a compound statement, or simple statements joined by `;`.
    mutating func parseStatement() throws(PySyntaxError) -> [Stmt] {
        if current.kind == .indent { throw invalidSyntax() }
        if let compound = try parseCompoundStatement() { return [compound] }
        var body: [Stmt] = []
        repeat {
            if current.kind == .newline { break }
            body.append(try parseSimpleStatement())
        } while try accept(";")
        guard current.kind == .newline else { throw invalidSyntax() }
        try advance()
        return body
    }

    mutating func parseSimpleStatement() throws(PySyntaxError) -> Stmt {
        let start = self.start
        let kind: StmtKind
        switch current.kind {
        case .name("pass"): try advance(); kind = .pass
        case .name("break"): try advance(); kind = .break
        case .name("continue"): try advance(); kind = .continue
        case .name("return"): kind = try parseReturn()
        case .name("raise"): kind = try parseRaise()
        case .name("global"): try advance(); kind = .global(try parseNameList())
        case .name("nonlocal"): try advance(); kind = .nonlocal(try parseNameList())
        case .name("del"): kind = try parseDelete()
        case .name("assert"): kind = try parseAssert()
        case .name("import"): kind = try parseImport()
        case .name("from"): kind = try parseImportFrom()
        default: kind = try parseExpressionStatement()
        }
        return Stmt(kind, span(from: start))
    }

    mutating func parseReturn() throws(PySyntaxError) -> StmtKind {
        try advance()
        return .return(startsExpression ? try parseStarExpressions() : nil)
    }

    mutating func parseRaise() throws(PySyntaxError) -> StmtKind {
        try advance()
        guard startsExpression else { return .raise(exception: nil, cause: nil) }
        let exception = try parseExpression()
        let cause = try acceptKeyword("from") ? try parseExpression() : nil
        return .raise(exception: exception, cause: cause)
    }

    mutating func parseNameList() throws(PySyntaxError) -> [String] {
        var names = [try expectName()]
        while try accept(",") { names.append(try expectName()) }
        return names
    }

    mutating func parseDelete() throws(PySyntaxError) -> StmtKind {
        try advance()
        var targets: [Expr] = []
        repeat {
            if current.kind == .newline || isOp(";") { break }
            let target = try parseBitOr()
            try checkTarget(target, deleting: true)
            targets.append(target)
        } while try accept(",")
        if targets.isEmpty { throw invalidSyntax() }
        return .delete(targets)
    }

    mutating func parseAssert() throws(PySyntaxError) -> StmtKind {
        try advance()
        let test = try parseExpression()
        let message = try accept(",") ? try parseExpression() : nil
        return .assert(test: test, message: message)
    }

    // MARK: - Imports

    mutating func parseImport() throws(PySyntaxError) -> StmtKind {
        try advance()
        var names: [Alias] = []
        repeat {
            names.append(try parseAlias(dotted: true))
        } while try accept(",")
        return .import(names)
    }

    mutating func parseImportFrom() throws(PySyntaxError) -> StmtKind {
        try advance()
        var level = 0
        while isOp(".") || isOp("...") {
            level += isOp(".") ? 1 : 3
            try advance()
        }
        let module = level > 0 && isKeyword("import") ? nil : try parseDottedName()
        try expectKeyword("import")
        if isOp("*") {
            let star = try advance()
            return .importFrom(module: module, names: [Alias(name: "*", asname: nil, span: star.span)], level: level)
        }
        let parenthesized = try accept("(")
        var names: [Alias] = []
        repeat {
            if parenthesized && isOp(")") { break }
            if !names.isEmpty && !parenthesized && current.kind == .newline {
                throw error("trailing comma not allowed without surrounding parentheses", at: current)
            }
            names.append(try parseAlias(dotted: false))
        } while try accept(",")
        if parenthesized { try expect(")") }
        return .importFrom(module: module, names: names, level: level)
    }

    mutating func parseAlias(dotted: Bool) throws(PySyntaxError) -> Alias {
        let start = self.start
        let name = dotted ? try parseDottedName() : try expectName()
        let asname = try acceptKeyword("as") ? try expectName() : nil
        return Alias(name: name, asname: asname, span: span(from: start))
    }

    mutating func parseDottedName() throws(PySyntaxError) -> String {
        var name = try expectName()
        while try accept(".") { name += "." + (try expectName()) }
        return name
    }

    /// Whether the current token can begin an expression.
    var startsExpression: Bool {
        switch current.kind {
        case .name(let word):
            return !pythonKeywords.contains(word)
                || ["None", "True", "False", "not", "lambda", "await", "yield"].contains(word)
        case .number, .string: return true
        case .op(let op): return ["(", "[", "{", "-", "+", "~", "*", "...", "**"].contains(op)
        default: return false
        }
    }
}
