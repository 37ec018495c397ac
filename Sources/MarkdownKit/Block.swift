/// A block-level node with the source lines it came from.
public struct Block: Equatable, Sendable {
    /// What the block is.
    public var kind: Kind
    /// Where the block is in the source.
    public var lines: SourceLines

    public init(_ kind: Kind, lines: SourceLines) {
        self.kind = kind
        self.lines = lines
    }

    /// One case per Markdown block concept.
    public indirect enum Kind: Equatable, Sendable {
        /// `# Title` (ATX) or a setext underline; `level` is 1...6.
        case heading(level: Int, content: [Inline])
        /// Consecutive text lines.
        case paragraph([Inline])
        /// Lines starting with `>`.
        case blockQuote([Block])
        /// A bullet or ordered list.
        case list(MarkdownList)
        /// A fenced or indented code block.
        case codeBlock(CodeBlock)
        /// A GFM pipe table.
        case table(Table)
        /// `---`, `***` or `___`.
        case thematicBreak
    }
}

/// A bullet or ordered list.
public struct MarkdownList: Equatable, Sendable {
    /// Bullets or numbers.
    public var kind: ListKind
    /// Tight lists have no blank lines between items (rendered compactly).
    public var isTight: Bool
    /// The items, in order.
    public var items: [ListItem]

    public init(kind: ListKind, isTight: Bool, items: [ListItem]) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
    }
}

/// How list items are marked.
public enum ListKind: Equatable, Sendable {
    /// `-`, `+` or `*`.
    case bullet(Character)
    /// `1.` or `1)`; `start` is the first item's number.
    case ordered(start: Int, delimiter: Character)
}

/// One list item: any blocks, including nested lists.
public struct ListItem: Equatable, Sendable {
    /// The item's content.
    public var blocks: [Block]
    /// Where the item is in the source.
    public var lines: SourceLines

    public init(blocks: [Block], lines: SourceLines) {
        self.blocks = blocks
        self.lines = lines
    }
}

/// A code block. Lessons mark interactive parts with info strings such as `python demo`.
public struct CodeBlock: Equatable, Sendable {
    /// The text after the opening fence, verbatim but trimmed (`""` for indented code).
    public var info: String
    /// The code, lines joined with `\n`, without a trailing newline.
    public var code: String
    /// False for indented code blocks.
    public var isFenced: Bool

    public init(info: String, code: String, isFenced: Bool) {
        self.info = info
        self.code = code
        self.isFenced = isFenced
    }

    /// The first word of the info string, lowercased (`"python"` for `python demo`).
    public var language: String? {
        let word = info.split(separator: " ", maxSplits: 1).first.map { $0.lowercased() }
        return word?.isEmpty == false ? word : nil
    }
}

/// A GFM pipe table.
public struct Table: Equatable, Sendable {
    /// One entry per column.
    public var alignments: [TableAlignment]
    /// Header cells, one per column.
    public var header: [[Inline]]
    /// Body rows; every row has exactly one cell per column.
    public var rows: [[[Inline]]]

    public init(alignments: [TableAlignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

/// Column alignment from the delimiter row (`:--`, `:-:`, `--:`).
public enum TableAlignment: String, Equatable, Sendable {
    case none, left, center, right
}
