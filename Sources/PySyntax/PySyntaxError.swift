/// A syntax error, located the way CPython reports it.
///
/// Rendered by the engine as:
/// ```
///   File "demo.py", line 2
///     x = (1 +
///         ^
/// SyntaxError: '(' was never closed
/// ```
public struct PySyntaxError: Error, Sendable, Equatable {
    /// The Python exception class: "SyntaxError", "IndentationError" or "TabError".
    public var kind: String
    /// CPython's message, e.g. "invalid syntax" or "expected ':'".
    public var message: String
    /// 1-based line of the error.
    public var line: Int
    /// 1-based column of the caret (CPython's `offset`), counted in characters.
    public var column: Int
    /// 1-based exclusive end column for a `^^^` range on the same line, if any.
    public var endColumn: Int?
    /// The text of the offending line without its line break, if known.
    public var sourceLine: String?

    public init(kind: String = "SyntaxError", message: String, line: Int, column: Int,
                endColumn: Int? = nil, sourceLine: String? = nil) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
        self.endColumn = endColumn
        self.sourceLine = sourceLine
    }
}
