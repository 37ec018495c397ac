/// Tokens -> AST: a hand-written recursive-descent parser for Python 3.11's grammar
/// (CPython: `Grammar/python.gram`), with CPython's error messages.
public struct Parser {
    var tokens: [Token]
    var index = 0
    /// The lexer, for the source text, its lines and any lexical error.
    let lexer: Lexer
    /// Whether errors come from inside an f-string (messages get an `f-string: ` prefix).
    let isFString: Bool
    /// Open brackets around the current position, for "Perhaps you forgot a comma?".
    var bracketDepth = 0

    init(lexer: Lexer, isFString: Bool = false) {
        self.lexer = lexer
        self.tokens = lexer.tokens
        self.isFString = isFString
    }

    /// Parses a whole file. `allowTopLevelAwait` lets `await`/`async for`/`async with`
    /// appear at module level (for an asyncio REPL later). The parser itself accepts
    /// them anywhere, as CPython's does; placement is checked by the compiler.
    public static func parseModule(_ source: String, allowTopLevelAwait: Bool = false) throws(PySyntaxError) -> Module {
        var parser = Parser(lexer: Lexer(source))
        var body: [Stmt] = []
        while true {
            try parser.throwIfLexerError()
            if parser.current.kind == .endMarker { break }
            if parser.current.kind == .newline {
                parser.index += 1
                continue
            }
            body += try parser.parseStatement()
        }
        return Module(body: body)
    }

    // MARK: - Token access

    var current: Token { tokens[index] }
    func peek(_ n: Int) -> Token { tokens[min(index + n, tokens.count - 1)] }
    /// End of the last token consumed, skipping NEWLINE/INDENT/DEDENT so a block ends with its last statement.
    var previousEnd: SourcePosition {
        var i = max(index - 1, 0)
        while i > 0, [.newline, .indent, .dedent].contains(tokens[i].kind) { i -= 1 }
        return tokens[i].span.end
    }
    var start: SourcePosition { current.span.start }

    func isOp(_ op: String, _ ahead: Int = 0) -> Bool { peek(ahead).kind == .op(op) }
    func isKeyword(_ word: String, _ ahead: Int = 0) -> Bool { peek(ahead).kind == .name(word) }

    /// Consumes the current token.
    @discardableResult
    mutating func advance() throws(PySyntaxError) -> Token {
        try throwIfLexerError()
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func accept(_ op: String) throws(PySyntaxError) -> Bool {
        guard isOp(op) else { return false }
        try advance()
        return true
    }

    mutating func acceptKeyword(_ word: String) throws(PySyntaxError) -> Bool {
        guard isKeyword(word) else { return false }
        try advance()
        return true
    }

    /// Consumes `op` or fails with `invalid syntax` (or `message`) at the current token.
    mutating func expect(_ op: String, _ message: String? = nil) throws(PySyntaxError) {
        guard isOp(op) else {
            if let message { throw error(message, at: current) }
            throw invalidSyntax()
        }
        try advance()
    }

    mutating func expectKeyword(_ word: String) throws(PySyntaxError) {
        guard isKeyword(word) else { throw invalidSyntax() }
        try advance()
    }

    /// An identifier that isn't a keyword.
    mutating func expectName() throws(PySyntaxError) -> String {
        guard case .name(let name) = current.kind, !pythonKeywords.contains(name) else { throw invalidSyntax() }
        try advance()
        return name
    }

    var currentName: String? {
        if case .name(let name) = current.kind, !pythonKeywords.contains(name) { return name }
        return nil
    }

    func span(from start: SourcePosition) -> SourceSpan {
        SourceSpan(start: start, end: previousEnd)
    }

    mutating func throwIfLexerError() throws(PySyntaxError) {
        if current.kind == .error, let error = lexer.error { throw prefixed(error) }
    }
}
