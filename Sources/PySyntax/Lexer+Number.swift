/// Number literals, following CPython's tokenizer (`tok_get`, `verify_end_of_number`).
extension Lexer {
    mutating func scanNumber() throws(PySyntaxError) {
        let start = position
        let from = pos
        if peek() == "0", let p = peek(1), "xXoObB".unicodeScalars.contains(p) {
            try scanPrefixedInteger()
        } else {
            try scanDecimal(start: start)
        }
        let text = String(String.UnicodeScalarView(source[from..<pos]))
        if let c = peek(), c == "j" || c == "J" {
            pos += 1
            throw syntaxError("complex numbers are not supported by LoopLab's engine", at: start,
                              endColumn: column + 1)
        }
        try verifyEndOfNumber(kind: text.hasPrefix("0x") || text.hasPrefix("0X") ? "hexadecimal"
                              : text.hasPrefix("0o") || text.hasPrefix("0O") ? "octal"
                              : text.hasPrefix("0b") || text.hasPrefix("0B") ? "binary" : "decimal")
        add(.number(text), from: start, to: position)
    }

    /// `0x1f`, `0o17`, `0b1_0`.
    mutating func scanPrefixedInteger() throws(PySyntaxError) {
        let radixChar = peek(1)!.properties.lowercaseMapping
        pos += 2
        let (name, isValid): (String, (Unicode.Scalar) -> Bool) = switch radixChar {
        case "x": ("hexadecimal", { $0.isHexDigit })
        case "o": ("octal", { ("0"..."7").contains($0) })
        default: ("binary", { $0 == "0" || $0 == "1" })
        }
        var digits = 0
        while true {
            if peek() == "_" { pos += 1 }
            guard let c = peek(), isValid(c) else { break }
            pos += 1
            digits += 1
        }
        if let c = peek(), c.isDigit {
            pos += 1
            throw errorBeforeCursor("invalid digit '\(c)' in \(name) literal")
        }
        if digits == 0 || source[pos - 1] == "_" {
            throw errorBeforeCursor("invalid \(name) literal")
        }
    }

    /// Integer part, fraction and exponent of a decimal literal.
    mutating func scanDecimal(start: SourcePosition) throws(PySyntaxError) {
        var isFloat = false
        if peek() != "." {
            let from = pos
            try scanDigits()
            let digits = source[from..<pos].filter { $0 != "_" }
            if digits.count > 1, digits.first == "0", digits.contains(where: { $0 != "0" }),
               peek() != ".", peek() != "e", peek() != "E" {
                throw syntaxError(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    at: start, endColumn: column)
            }
        }
        if peek() == "." {
            isFloat = true
            pos += 1
            if let c = peek(), c.isDigit { try scanDigits() }
        }
        if let e = peek(), e == "e" || e == "E" {
            let mark = pos
            pos += 1
            if let s = peek(), s == "+" || s == "-" { pos += 1 }
            if let c = peek(), c.isDigit {
                try scanDigits()
            } else if pos > mark + 1 {
                throw errorBeforeCursor("invalid decimal literal")
            } else {
                pos = mark  // `1e`: the `e` is left for verifyEndOfNumber to reject.
            }
        }
        _ = isFloat
    }

    /// Digits with single underscores between them.
    mutating func scanDigits() throws(PySyntaxError) {
        while let c = peek(), c.isDigit {
            pos += 1
            if peek() == "_" {
                pos += 1
                guard let d = peek(), d.isDigit else { throw errorBeforeCursor("invalid decimal literal") }
            }
        }
    }

    /// A number may not run straight into a name, except a few keywords (`1if x else y`).
    mutating func verifyEndOfNumber(kind: String) throws(PySyntaxError) {
        guard let c = peek(), c.isIdentifierContinue else { return }
        for keyword in ["and", "else", "for", "if", "in", "is", "not", "or"] where matches(keyword) {
            return
        }
        pos += 1
        throw syntaxError("invalid \(kind) literal", at: SourcePosition(line: line, column: column - 2))
    }

    /// CPython reports these errors at the scalar just consumed.
    func errorBeforeCursor(_ message: String) -> PySyntaxError {
        syntaxError(message, at: SourcePosition(line: line, column: column - 1))
    }
}
