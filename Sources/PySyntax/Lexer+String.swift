/// String literals: finds where each one ends. Decoding happens in `StringDecoder`.
extension Lexer {
    /// Scans from the opening quote; `start` is where the prefix began.
    mutating func scanString(prefix: String, start: SourcePosition) throws(PySyntaxError) {
        let quote = peek()!
        let isTriple = peek(1) == quote && peek(2) == quote
        pos += isTriple ? 3 : 1
        let bodyStart = pos
        while true {
            guard let c = peek() else {
                let kind = isTriple ? "unterminated triple-quoted string literal" : "unterminated string literal"
                // A final line break doesn't start a new line for CPython's count.
                let last = pos > 0 && source[pos - 1] == "\n" ? line - 1 : line
                throw syntaxError("\(kind) (detected at line \(last))", at: start)
            }
            if c == "\\" {
                pos += 1
                if peek() == "\n" { newLine() } else if peek() != nil { pos += 1 }
            } else if c == quote && (!isTriple || (peek(1) == quote && peek(2) == quote)) {
                break
            } else if c == "\n" {
                if !isTriple {
                    throw syntaxError("unterminated string literal (detected at line \(line))", at: start)
                }
                newLine()
            } else {
                pos += 1
            }
        }
        let bodyEnd = pos
        pos += isTriple ? 3 : 1
        let token = StringToken(prefix: prefix, bodyStart: bodyStart, bodyEnd: bodyEnd, isTriple: isTriple)
        add(.string(token), from: start, to: position)
    }
}
