/// Adjacent string literals, concatenated into one `Constant` or `JoinedStr`.
extension Parser {
    /// A piece of an f-string while it is being assembled.
    enum StringPiece {
        case text(String)
        case value(Expr)
        /// `{x=}`: the text "x=" followed by the value.
        case selfDocumenting(String, Expr)
    }

    mutating func parseStrings() throws(PySyntaxError) -> Expr {
        let start = self.start
        var pieces: [StringPiece] = []
        var bytes: [UInt8]?
        var sawText = false
        var sawFormatted = false
        var firstSpan: SourceSpan?
        while case .string(let literal) = current.kind {
            let token = try advance()
            let whole = SourceSpan(start: start, end: token.span.end)
            firstSpan = firstSpan ?? token.span
            if literal.isBytes != (bytes != nil) && (sawText || bytes != nil) {
                throw error("cannot mix bytes and nonbytes literals", from: token.span.end, to: token.span.end)
            }
            let body = lexer.source[literal.bodyStart..<literal.bodyEnd]
            if literal.isBytes {
                bytes = (bytes ?? []) + (try decode(token) { () throws(StringDecoder.DecodeError) in
                    try StringDecoder.decodeBytes(body, isRaw: literal.isRaw)
                })
            } else if literal.isFormatted {
                sawText = true
                sawFormatted = true
                var scanner = FStringScanner(parser: self, literal: literal, token: token, whole: whole)
                pieces += try scanner.scan()
            } else {
                sawText = true
                pieces.append(.text(try decode(token) { () throws(StringDecoder.DecodeError) in
                    try StringDecoder.decode(body, isRaw: literal.isRaw)
                }))
            }
        }
        let span = span(from: start)
        if let bytes { return Expr(.constant(.bytes(bytes)), span) }
        if !sawFormatted {
            let text = pieces.map { if case .text(let t) = $0 { t } else { "" } }.joined()
            return Expr(.constant(.string(text)), span)
        }
        let values = Parser.join(pieces, span: span).map { Parser.respan($0, to: span) }
        return Expr(.joinedString(values), span)
    }

    func decode<T>(_ token: Token, _ body: () throws(StringDecoder.DecodeError) -> T) throws(PySyntaxError) -> T {
        do {
            return try body()
        } catch {
            // CPython blames the whole literal for non-ASCII bytes, and its end for bad escapes.
            let at = error.message.hasPrefix("bytes") ? token.span.start : token.span.end
            throw self.error(error.message, from: at, to: at)
        }
    }

    /// CPython gives every piece of an f-string the span of the whole concatenation;
    /// only the expressions inside fields keep their own.
    static func respan(_ piece: Expr, to span: SourceSpan) -> Expr {
        guard case .formattedValue(let value, let conversion, var spec) = piece.kind else {
            return Expr(piece.kind, span)
        }
        if let s = spec, case .joinedString(let inner) = s.kind {
            spec = Expr(.joinedString(inner.map { respan($0, to: span) }), s.span)
        }
        return Expr(.formattedValue(value: value, conversion: conversion, formatSpec: spec), span)
    }

    /// Merges neighbouring text pieces and drops empty ones, as CPython does.
    static func join(_ pieces: [StringPiece], span: SourceSpan) -> [Expr] {
        var values: [Expr] = []
        var text = ""
        for piece in pieces {
            switch piece {
            case .text(let t):
                text += t
            case .selfDocumenting(let t, let e):
                text += t
                if !text.isEmpty { values.append(Expr(.constant(.string(text)), span)) }
                text = ""
                values.append(e)
            case .value(let e):
                if !text.isEmpty { values.append(Expr(.constant(.string(text)), span)) }
                text = ""
                values.append(e)
            }
        }
        if !text.isEmpty { values.append(Expr(.constant(.string(text)), span)) }
        return values
    }
}
