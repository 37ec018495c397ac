/// Operators and delimiters, longest match first, plus bracket matching.
extension Lexer {
    static let operators: [String] = [
        "**=", "//=", ">>=", "<<=", "...",
        "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>",
        "@=", "^=", "|=",
        "!", "%", "&", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "@", "[", "]",
        "^", "{", "|", "}", "~",
    ].sorted { $0.count > $1.count }

    mutating func scanOperator() throws(PySyntaxError) {
        let start = position
        for op in Lexer.operators where matches(op) {
            if op == "!" { break }
            pos += op.unicodeScalars.count
            try trackBracket(op, at: start)
            add(.op(op), from: start, to: position)
            return
        }
        throw invalidCharacter(peek()!)
    }

    func matches(_ op: String) -> Bool {
        var i = pos
        for s in op.unicodeScalars {
            guard i < end, source[i] == s else { return false }
            i += 1
        }
        return true
    }

    mutating func trackBracket(_ op: String, at start: SourcePosition) throws(PySyntaxError) {
        switch op {
        case "(", "[", "{":
            brackets.append((op.unicodeScalars.first!, start))
        case ")", "]", "}":
            guard let (open, openedAt) = brackets.popLast() else {
                throw syntaxError("unmatched '\(op)'", at: start)
            }
            let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
            if op.unicodeScalars.first! != expected {
                var message = "closing parenthesis '\(op)' does not match opening parenthesis '\(open)'"
                if openedAt.line != start.line { message += " on line \(openedAt.line)" }
                throw syntaxError(message, at: start)
            }
        default:
            break
        }
    }

    func invalidCharacter(_ c: Unicode.Scalar) -> PySyntaxError {
        if c == "$" || c == "?" || c == "`" || c == "!" {
            return syntaxError("invalid syntax", at: position)
        }
        let hex = String(c.value, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if c.properties.isWhitespace || c.properties.generalCategory == .format {
            return syntaxError("invalid non-printable character U+\(code)", at: position)
        }
        return syntaxError("invalid character '\(c)' (U+\(code))", at: position)
    }
}
