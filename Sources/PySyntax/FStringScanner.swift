/// Splits one f-string literal into text and `{...}` replacement fields, like
/// CPython 3.11's `Parser/string_parser.c`. Field expressions are lexed and parsed
/// straight from the source, so their spans point into the real file.
struct FStringScanner {
    let parser: Parser
    let literal: StringToken
    /// The f-string token, for error locations.
    let token: Token
    /// From the first literal of the concatenation to the end of this one (format specs use it).
    let whole: SourceSpan
    var source: [Unicode.Scalar] { parser.lexer.source }
    var end: Int { literal.bodyEnd }

    init(parser: Parser, literal: StringToken, token: Token, whole: SourceSpan) {
        self.parser = parser
        self.literal = literal
        self.token = token
        self.whole = whole
    }

    mutating func scan() throws(PySyntaxError) -> [Parser.StringPiece] {
        var i = literal.bodyStart
        return try scanPieces(&i, inFormatSpec: false)
    }

    /// Text and fields until the end of the literal, or until the `}` closing a format spec.
    func scanPieces(_ i: inout Int, inFormatSpec: Bool) throws(PySyntaxError) -> [Parser.StringPiece] {
        var pieces: [Parser.StringPiece] = []
        var raw: [Unicode.Scalar] = []
        func flush() throws(PySyntaxError) {
            guard !raw.isEmpty else { return }
            let text = try parser.decode(token) { () throws(StringDecoder.DecodeError) in
                try StringDecoder.decode(raw[...], isRaw: literal.isRaw)
            }
            pieces.append(.text(text))
            raw = []
        }
        while i < end {
            let c = source[i]
            if c == "{" && !(i + 1 < end && source[i + 1] == "{" && !inFormatSpec) {
                try flush()
                i += 1
                pieces.append(try scanField(&i))
            } else if c == "{" || (c == "}" && i + 1 < end && source[i + 1] == "}" && !inFormatSpec) {
                raw.append(c)
                i += 2
            } else if c == "}" {
                if inFormatSpec { break }
                throw error("f-string: single '}' is not allowed")
            } else if c == "\\" && !literal.isRaw && i + 1 < end {
                let isNamed = source[i + 1] == "N" && i + 2 < end && source[i + 2] == "{"
                let stop = isNamed ? (source[i...].firstIndex(of: "}") ?? i + 1) : i + 1
                raw.append(contentsOf: source[i...min(stop, end - 1)])
                i = stop + 1
            } else {
                raw.append(c)
                i += 1
            }
        }
        try flush()
        return pieces
    }

    /// A replacement field after its `{`, through its `}`.
    func scanField(_ i: inout Int) throws(PySyntaxError) -> Parser.StringPiece {
        let exprStart = i
        try skipExpression(&i)
        let expression = try parseExpression(exprStart..<i)
        var selfDocumenting: String?
        if i < end && source[i] == "=" {
            i += 1
            while i < end && (source[i] == " " || source[i] == "\t") { i += 1 }
            selfDocumenting = String(String.UnicodeScalarView(source[exprStart..<i]))
        }
        var conversion: Character?
        if i < end && source[i] == "!" {
            i += 1
            guard i < end else { throw error("f-string: expecting '}'") }
            guard ["s", "r", "a"].contains(source[i]) else {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(source[i])
            i += 1
        }
        var formatSpec: Expr?
        if i < end && source[i] == ":" {
            i += 1
            let pieces = try scanPieces(&i, inFormatSpec: true)
            formatSpec = Expr(.joinedString(Parser.join(pieces, span: whole)), whole)
        }
        guard i < end, source[i] == "}" else { throw error("f-string: expecting '}'") }
        i += 1
        if selfDocumenting != nil && conversion == nil && formatSpec == nil { conversion = "r" }
        let value = Expr(.formattedValue(value: expression, conversion: conversion, formatSpec: formatSpec), whole)
        guard let selfDocumenting else { return .value(value) }
        return .selfDocumenting(selfDocumenting, value)
    }

    /// Moves past the expression part of a field: up to `!`, `:`, `=` or `}` outside brackets and strings.
    func skipExpression(_ i: inout Int) throws(PySyntaxError) {
        var depth = 0
        var quote: Unicode.Scalar?
        while i < end {
            let c = source[i]
            if c == "\\" {
                // 3.11 rejects backslashes anywhere in the expression, strings included.
                throw error("f-string expression part cannot include a backslash")
            } else if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "#" {
                throw error("f-string expression part cannot include '#'")
            } else if c == "(" || c == "[" || c == "{" {
                depth += 1
            } else if (c == ")" || c == "]") && depth == 0 {
                throw error("f-string: unmatched '\(c)'")
            } else if c == ")" || c == "]" || (c == "}" && depth > 0) {
                depth -= 1
            } else if depth == 0 && isFieldEnd(at: i) {
                return
            }
            i += 1
        }
        throw error("f-string: expecting '}'")
    }

    func isFieldEnd(at i: Int) -> Bool {
        let c = source[i]
        let next = i + 1 < end ? source[i + 1] : nil
        switch c {
        case "}", ":": return true
        case "!": return next != "="
        case "=":
            let previous = source[i - 1]
            return next != "=" && !["=", "!", "<", ">"].contains(previous)
        default: return false
        }
    }

    /// Lexes and parses a field's expression in place.
    func parseExpression(_ range: Range<Int>) throws(PySyntaxError) -> Expr {
        if range.isEmpty, range.upperBound < end, ["!", ":", "="].contains(source[range.upperBound]) {
            throw error("f-string: expression required before '\(source[range.upperBound])'")
        }
        if source[range].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
            throw error("f-string: empty expression not allowed")
        }
        let line = token.span.start.line + source[literal.bodyStart..<range.lowerBound].filter { $0 == "\n" }.count
        let lexer = Lexer(source: source, lines: parser.lexer.lines, range: range, line: line)
        var sub = Parser(lexer: lexer, isFString: true)
        sub.bracketDepth = 1
        let expr = sub.isKeyword("yield") ? try sub.parseYield() : try sub.parseStarExpressions()
        try sub.throwIfLexerError()
        if sub.current.kind != .endMarker { try sub.diagnoseMissingComma(after: expr) }
        return expr
    }

    /// CPython reports f-string errors just past the literal's end.
    func error(_ message: String) -> PySyntaxError {
        let end = token.span.end
        return PySyntaxError(message: message, line: end.line, column: end.column + 1, endColumn: end.column + 1,
                             sourceLine: parser.lexer.sourceLine(end.line))
    }
}
