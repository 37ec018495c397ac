/// Indentation: INDENT/DEDENT tokens from a stack of columns, as in CPython's tokenizer.
extension Lexer {
    /// Measures the indentation at the start of a line and emits INDENT/DEDENT.
    /// Returns false for a blank or comment-only line, which is skipped whole.
    mutating func scanIndentation() throws(PySyntaxError) -> Bool {
        var col = 0
        var alt = 0
        while let c = peek() {
            if c == " " {
                col += 1; alt += 1
            } else if c == "\t" {
                col = (col / 8 + 1) * 8; alt += 1
            } else if c == "\u{0C}" {
                col = 0; alt = 0
            } else {
                break
            }
            pos += 1
        }
        switch peek() {
        case nil:
            return true
        case "#", "\n":
            while let c = peek(), c != "\n" { pos += 1 }
            if peek() == "\n" { newLine() }
            atLineStart = true
            return false
        case "\\":
            return true
        default:
            try applyIndentation(col: col, alt: alt)
            return true
        }
    }

    mutating func applyIndentation(col: Int, alt: Int) throws(PySyntaxError) {
        let here = position
        if col == indents.last! {
            if alt != altIndents.last! { throw tabError() }
        } else if col > indents.last! {
            if alt <= altIndents.last! { throw tabError() }
            indents.append(col)
            altIndents.append(alt)
            add(.indent, from: SourcePosition(line: line, column: 0), to: here)
        } else {
            while indents.count > 1 && col < indents.last! {
                indents.removeLast()
                altIndents.removeLast()
                add(.dedent, from: here, to: here)
            }
            if col != indents.last! {
                // CPython points past the end of the offending line.
                let length = sourceLine(line)?.unicodeScalars.count ?? column
                throw syntaxError("unindent does not match any outer indentation level",
                                  at: SourcePosition(line: line, column: length), kind: "IndentationError")
            }
            if alt != altIndents.last! { throw tabError() }
        }
    }

    func tabError() -> PySyntaxError {
        syntaxError("inconsistent use of tabs and spaces in indentation",
                    at: SourcePosition(line: line, column: 0), kind: "TabError")
    }
}
