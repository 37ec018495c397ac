/// One lexical token. Strings keep their raw extent: the parser decodes them,
/// because f-strings contain expressions that need the parser.
public struct Token: Sendable {
    public var kind: TokenKind
    public var span: SourceSpan
    public init(_ kind: TokenKind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

public enum TokenKind: Equatable, Sendable {
    /// An identifier or keyword (keywords are told apart by the parser).
    case name(String)
    /// A number exactly as written.
    case number(String)
    case string(StringToken)
    /// An operator or delimiter, e.g. `+`, `**=`, `(`, `->`.
    case op(String)
    case newline
    case indent
    case dedent
    case endMarker
    /// Where the lexer stopped with an error; the parser throws it when it gets here.
    case error
}

/// A string literal's parts, as scalar offsets into the lexer's source.
public struct StringToken: Equatable, Sendable {
    /// The prefix, lowercased (`""`, `"rb"`, `"f"`...); `u` is dropped.
    public var prefix: String
    /// Offset of the first scalar after the opening quotes.
    public var bodyStart: Int
    /// Offset of the closing quotes.
    public var bodyEnd: Int
    /// Whether the literal is triple-quoted.
    public var isTriple: Bool

    public var isRaw: Bool { prefix.contains("r") }
    public var isBytes: Bool { prefix.contains("b") }
    public var isFormatted: Bool { prefix.contains("f") }
}

/// Python's hard keywords.
let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
]
