/// A place in a lesson file: 1-based line and column (columns count characters).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The lesson file's path as it was given to the loader (for built-in lessons, `Lessons/NAME.md`).
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the prefix compilers use, so editors can jump to it.
    public var description: String { "\(file):\(line):\(column)" }
}
