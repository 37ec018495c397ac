/// Inline content of a paragraph, heading or table cell.
public indirect enum Inline: Equatable, Sendable {
    /// Literal text (escapes and entities already resolved, control characters replaced).
    case text(String)
    /// `*text*` or `_text_`.
    case emphasis([Inline])
    /// `**text**` or `__text__`.
    case strong([Inline])
    /// `` `code` ``, with its content verbatim.
    case code(String)
    /// `[text](url "title")`, `<https://…>` or a bare `https://…` URL.
    /// Autolinks carry their URL as the only text child.
    case link(destination: String, title: String?, content: [Inline])
    /// A line break inside a paragraph that renders as a space.
    case softBreak
    /// Two trailing spaces or a backslash before a line break.
    case hardBreak
}

extension Inline {
    /// The text a reader sees, without markup.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): return s
        case .emphasis(let c), .strong(let c), .link(_, _, let c): return c.plainText
        case .softBreak: return " "
        case .hardBreak: return "\n"
        }
    }
}

extension Array where Element == Inline {
    /// The text a reader sees, without markup.
    public var plainText: String { map(\.plainText).joined() }
}
