import Foundation

/// Source text -> tokens, like CPython's `Parser/tokenizer.c`.
///
/// The whole file is tokenized up front. A lexical error ends the token list
/// with an `.error` token and is kept in `error`, so the parser reports it only
/// when it gets that far (as CPython's lazy tokenizer does).
public struct Lexer {
    /// The source with line breaks normalized to `\n`.
    public let source: [Unicode.Scalar]
    /// The lines of the source, for error messages.
    let lines: [String]
    var pos: Int
    let end: Int
    var line: Int
    /// Offset of the first scalar of the current line.
    var lineStart: Int
    /// Open brackets: the bracket and where it was opened.
    var brackets: [(Unicode.Scalar, SourcePosition)] = []
    /// Indentation columns (tabs to multiples of 8), and the same with tabs as 1, to detect TabError.
    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    var atLineStart = true
    /// When lexing an expression inside an f-string: no NEWLINE/INDENT, as if inside parentheses.
    let isSubLexer: Bool
    public private(set) var tokens: [Token] = []
    public private(set) var error: PySyntaxError?

    /// Tokenizes a whole file.
    public init(_ text: String) {
        let normalized = text.replacingCRLF()
        source = Array(normalized.unicodeScalars)
        lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        pos = 0
        end = source.count
        line = 1
        lineStart = 0
        isSubLexer = false
        run()
    }

    /// Tokenizes `range` of an already normalized source, as one bracketed expression.
    init(source: [Unicode.Scalar], lines: [String], range: Range<Int>, line: Int) {
        self.source = source
        self.lines = lines
        pos = range.lowerBound
        end = range.upperBound
        self.line = line
        var start = range.lowerBound
        while start > 0 && source[start - 1] != "\n" { start -= 1 }
        lineStart = start
        isSubLexer = true
        atLineStart = false
        run()
    }

    // MARK: - Main loop

    mutating func run() {
        do {
            while try step() {}
        } catch {
            self.error = error
            tokens.append(Token(.error, SourceSpan(start: position, end: position)))
        }
    }

    /// Scans one token (or line-start bookkeeping); false at the end.
    mutating func step() throws(PySyntaxError) -> Bool {
        if atLineStart && brackets.isEmpty && !isSubLexer {
            atLineStart = false
            if try !scanIndentation() { return true }
        }
        skipSpaces()
        guard let c = peek() else {
            try finish()
            return false
        }
        switch c {
        case "#":
            while let c = peek(), c != "\n" { pos += 1 }
        case "\\":
            try scanContinuation()
        case "\n":
            if brackets.isEmpty && !isSubLexer {
                add(.newline, from: position, to: SourcePosition(line: line, column: column + 1))
                atLineStart = true
            }
            newLine()
        default:
            try scanToken(c)
        }
        return true
    }

    mutating func scanToken(_ c: Unicode.Scalar) throws(PySyntaxError) {
        if c.isIdentifierStart {
            try scanNameOrPrefixedString()
        } else if c.isDigit || (c == "." && peek(1)?.isDigit == true) {
            try scanNumber()
        } else if c == "\"" || c == "'" {
            try scanString(prefix: "", start: position)
        } else {
            try scanOperator()
        }
    }

    /// A backslash must end the line: it joins the next line to this one.
    mutating func scanContinuation() throws(PySyntaxError) {
        guard peek(1) == "\n" else {
            if pos + 1 >= end {
                throw syntaxError("unexpected EOF while parsing", at: SourcePosition(line: line, column: column + 1))
            }
            throw syntaxError("unexpected character after line continuation character",
                              at: SourcePosition(line: line, column: column + 1))
        }
        pos += 1
        newLine()
        if pos >= end {
            throw syntaxError("unexpected EOF while parsing", at: position)
        }
    }

    mutating func scanNameOrPrefixedString() throws(PySyntaxError) {
        let start = position
        let from = pos
        while let c = peek(), c.isIdentifierContinue { pos += 1 }
        let text = String(String.UnicodeScalarView(source[from..<pos]))
        if let q = peek(), q == "\"" || q == "'", isStringPrefix(text) {
            try scanString(prefix: text.lowercased().replacingOccurrences(of: "u", with: ""), start: start)
            return
        }
        add(.name(text), from: start, to: position)
    }

    func isStringPrefix(_ text: String) -> Bool {
        ["r", "u", "b", "br", "rb", "f", "fr", "rf"].contains(text.lowercased())
    }

    /// At the end: close the logical line, unwind indentation, or complain about open brackets.
    mutating func finish() throws(PySyntaxError) {
        if isSubLexer {
            add(.endMarker, from: position, to: position)
            return
        }
        if let (bracket, where_) = brackets.last {
            throw syntaxError("'\(bracket)' was never closed", at: where_, endColumn: 0)
        }
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent {
            add(.newline, from: position, to: position)
        }
        let eof = endOfFilePosition
        while indents.count > 1 {
            indents.removeLast()
            add(.dedent, from: eof, to: eof)
        }
        add(.endMarker, from: eof, to: eof)
    }

    /// CPython places end-of-file tokens just after the last character that isn't a final line break.
    var endOfFilePosition: SourcePosition {
        guard pos > 0, source[pos - 1] == "\n" else { return position }
        return SourcePosition(line: line - 1, column: sourceLine(line - 1)?.unicodeScalars.count ?? 0)
    }

    // MARK: - Helpers

    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        pos + ahead < end ? source[pos + ahead] : nil
    }

    var column: Int { pos - lineStart }
    var position: SourcePosition { SourcePosition(line: line, column: column) }

    mutating func newLine() {
        pos += 1
        line += 1
        lineStart = pos
    }

    mutating func skipSpaces() {
        while let c = peek(), c == " " || c == "\t" || c == "\u{0C}" { pos += 1 }
    }

    mutating func add(_ kind: TokenKind, from start: SourcePosition, to stop: SourcePosition) {
        tokens.append(Token(kind, SourceSpan(start: start, end: stop)))
    }

    /// An error at a 0-based position, reported with CPython's 1-based column.
    func syntaxError(_ message: String, at p: SourcePosition, endColumn: Int? = nil,
                     kind: String = "SyntaxError") -> PySyntaxError {
        PySyntaxError(kind: kind, message: message, line: p.line, column: p.column + 1,
                      endColumn: endColumn, sourceLine: sourceLine(p.line))
    }

    func sourceLine(_ n: Int) -> String? {
        n >= 1 && n <= lines.count ? lines[n - 1] : nil
    }
}

extension String {
    /// `\r\n` and lone `\r` become `\n`, as Python's universal newlines do.
    func replacingCRLF() -> String {
        guard contains("\r") else { return self }
        return replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}

extension Unicode.Scalar {
    var isDigit: Bool { ("0"..."9").contains(self) }
    var isHexDigit: Bool { isDigit || ("a"..."f").contains(self) || ("A"..."F").contains(self) }
    var isIdentifierStart: Bool {
        self == "_" || ("a"..."z").contains(self) || ("A"..."Z").contains(self)
            || (value >= 128 && properties.isXIDStart)
    }
    var isIdentifierContinue: Bool {
        isIdentifierStart || isDigit || (value >= 128 && properties.isXIDContinue)
    }
}
