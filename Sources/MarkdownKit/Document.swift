/// A parsed Markdown document: the root of the block tree.
public struct Document: Equatable, Sendable {
    /// Top-level blocks in source order.
    public var blocks: [Block]

    public init(blocks: [Block]) { self.blocks = blocks }

    /// Parses Markdown. Never fails: anything unrecognised is paragraph text.
    /// Control characters in `source` are replaced by visible placeholders and
    /// tabs are expanded, so no node ever holds raw escape sequences.
    public init(parsing source: String) {
        self.blocks = BlockParser.parse(SourceLine.split(source))
    }
}
