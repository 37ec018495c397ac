/// Compound statements: `if`, `while`, `for`, `try`, `with`, and blocks.
extension Parser {
    /// Parses a compound statement, or returns nil if the line doesn't start one.
    mutating func parseCompoundStatement() throws(PySyntaxError) -> Stmt? {
        switch current.kind {
        case .name("if"): return try parseIf()
        case .name("while"): return try parseWhile()
        case .name("for"): return try parseFor(start: start, isAsync: false)
        case .name("try"): return try parseTry()
        case .name("with"): return try parseWith(start: start, isAsync: false)
        case .name("def"): return try parseFunction(start: start, decorators: [], isAsync: false)
        case .name("class"): return try parseClass(start: start, decorators: [])
        case .name("async"): return try parseAsync()
        case .op("@"): return try parseDecorated()
        case .name("match") where looksLikeMatchStatement:
            throw error("'match' statement is not supported by LoopLab's engine", at: current)
        default: return nil
        }
    }

    mutating func parseAsync() throws(PySyntaxError) -> Stmt {
        let start = self.start
        try advance()
        switch current.kind {
        case .name("def"): return try parseFunction(start: start, decorators: [], isAsync: true)
        case .name("for"): return try parseFor(start: start, isAsync: true)
        case .name("with"): return try parseWith(start: start, isAsync: true)
        default: throw invalidSyntax()
        }
    }

    /// `match` is a soft keyword: `match x:` opens a statement, `match = 3` doesn't.
    var looksLikeMatchStatement: Bool {
        if case .op(let op) = peek(1).kind, !["(", "[", "{", "-", "*", "~", "+"].contains(op) { return false }
        if [.newline, .endMarker].contains(peek(1).kind) { return false }
        var i = index + 1
        while i < tokens.count, tokens[i].kind != .newline, tokens[i].kind != .endMarker { i += 1 }
        return i > index + 1 && tokens[i - 1].kind == .op(":")
    }

    // MARK: - Blocks

    /// `':' block`. `header` names the statement for CPython's indentation message,
    /// e.g. "'if' statement on line 3".
    mutating func parseBlock(_ header: String, colonForced: Bool = true) throws(PySyntaxError) -> [Stmt] {
        if !isOp(":") {
            if colonForced || current.kind == .newline { throw error("expected ':'", at: current) }
            throw invalidSyntax()
        }
        try advance()
        guard current.kind == .newline else { return try parseStatement() }
        try advance()
        guard current.kind == .indent else {
            if lexer.error != nil, current.kind == .error { try throwIfLexerError() }
            throw error("expected an indented block after \(header)", at: current, kind: "IndentationError")
        }
        try advance()
        var body: [Stmt] = []
        while current.kind != .dedent && current.kind != .endMarker {
            body += try parseStatement()
        }
        try advance()
        return body
    }

    mutating func parseIf() throws(PySyntaxError) -> Stmt {
        let start = self.start
        let keyword = isKeyword("if") ? "if" : "elif"
        let line = start.line
        try advance()
        let test = try parseNamedExpression()
        try diagnoseStrayEquals(test)
        let body = try parseBlock("'\(keyword)' statement on line \(line)", colonForced: false)
        var orelse: [Stmt] = []
        if isKeyword("elif") {
            orelse = [try parseIf()]
        } else if isKeyword("else") {
            orelse = try parseElse()
        }
        return Stmt(.if(test: test, body: body, orelse: orelse), span(from: start))
    }

    mutating func parseElse() throws(PySyntaxError) -> [Stmt] {
        let line = start.line
        try advance()
        return try parseBlock("'else' statement on line \(line)")
    }

    mutating func parseWhile() throws(PySyntaxError) -> Stmt {
        let start = self.start
        try advance()
        let test = try parseNamedExpression()
        try diagnoseStrayEquals(test)
        let body = try parseBlock("'while' statement on line \(start.line)", colonForced: false)
        let orelse = isKeyword("else") ? try parseElse() : []
        return Stmt(.while(test: test, body: body, orelse: orelse), span(from: start))
    }

    mutating func parseFor(start: SourcePosition, isAsync: Bool) throws(PySyntaxError) -> Stmt {
        let line = current.span.start.line
        try advance()
        let target = try parseTargetList()
        try expectKeyword("in")
        let iter = try parseStarExpressions()
        let body = try parseBlock("'for' statement on line \(line)", colonForced: false)
        let orelse = isKeyword("else") ? try parseElse() : []
        return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse, isAsync: isAsync),
                    span(from: start))
    }
}
