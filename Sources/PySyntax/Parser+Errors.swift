/// Building syntax errors located the way CPython locates them.
extension Parser {
    /// The generic error at the current token. As in CPython, a lexical error
    /// anywhere later in the file wins over a bare "invalid syntax".
    func invalidSyntax() -> PySyntaxError {
        if let lexical = lexer.error { return prefixed(lexical) }
        if current.kind == .indent {
            return PySyntaxError(kind: "IndentationError", message: "unexpected indent", line: current.span.end.line,
                                 column: current.span.end.column, sourceLine: lexer.sourceLine(current.span.end.line))
        }
        if current.kind == .dedent {
            return error("unexpected unindent", at: current, kind: "IndentationError")
        }
        return error("invalid syntax", at: current)
    }

    /// An error covering one token.
    func error(_ message: String, at token: Token, kind: String = "SyntaxError") -> PySyntaxError {
        error(message, from: token.span.start, to: token.span.end, kind: kind)
    }

    /// An error covering a node's span.
    func error(_ message: String, span: SourceSpan) -> PySyntaxError {
        error(message, from: span.start, to: span.end)
    }

    func error(_ message: String, from start: SourcePosition, to end: SourcePosition,
               kind: String = "SyntaxError") -> PySyntaxError {
        let endColumn = end.line == start.line ? end.column + 1 : nil
        return prefixed(PySyntaxError(kind: kind, message: message, line: start.line, column: start.column + 1,
                                      endColumn: endColumn, sourceLine: lexer.sourceLine(start.line)))
    }

    /// Errors inside f-string expressions carry CPython's `f-string: ` prefix.
    func prefixed(_ error: PySyntaxError) -> PySyntaxError {
        guard isFString, !error.message.hasPrefix("f-string") else { return error }
        var copy = error
        copy.message = "f-string: " + error.message
        return copy
    }
}
