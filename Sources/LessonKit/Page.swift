/// One screen of a lesson: the text under a `##` heading and its interactive items, in order.
public struct Page: Hashable, Sendable, Identifiable {
    /// A slug of the title, unique within the lesson (`what-is-a-coroutine`); progress uses it.
    public var id: String
    /// The `##` heading's text (the lesson title for an introduction before the first heading).
    public var title: String
    /// The page's content in reading order: Markdown text between interactive items.
    public var blocks: [PageBlock]
    /// Where the page's heading is.
    public var location: SourceLocation

    public init(id: String, title: String, blocks: [PageBlock], location: SourceLocation) {
        self.id = id
        self.title = title
        self.blocks = blocks
        self.location = location
    }

    /// All Markdown text of the page with the interactive items left out, for the renderer.
    public var markdown: String {
        blocks.compactMap { if case .markdown(let text) = $0 { text } else { nil } }
            .joined(separator: "\n\n")
    }

    /// The interactive items in page order (markdown text left out).
    public var items: [PageBlock] { blocks.filter { !$0.isMarkdown } }

    public var demos: [Demo] { blocks.compactMap { if case .demo(let d) = $0 { d } else { nil } } }
    public var quizzes: [Quiz] { blocks.compactMap { if case .quiz(let q) = $0 { q } else { nil } } }
    public var exercises: [Exercise] { blocks.compactMap { if case .exercise(let e) = $0 { e } else { nil } } }
}

/// A piece of a page: Markdown for the renderer, or one interactive item.
/// A `predict` block is not a piece of its own: it rides on its demo (`Demo.prediction`).
public enum PageBlock: Hashable, Sendable {
    /// Plain Markdown (headings, paragraphs, ordinary code blocks), trimmed of blank edge lines.
    case markdown(String)
    case demo(Demo)
    case quiz(Quiz)
    case exercise(Exercise)

    public var isMarkdown: Bool { if case .markdown = self { true } else { false } }

    /// The item's id (nil for Markdown).
    public var itemID: String? {
        switch self {
        case .markdown: nil
        case .demo(let d): d.id
        case .quiz(let q): q.id
        case .exercise(let e): e.id
        }
    }
}
