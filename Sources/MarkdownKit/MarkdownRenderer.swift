import TerminalKit

/// Markdown -> styled terminal lines, wrapped to a fixed width.
///
/// Pure: no I/O. Every output line is at most `width` columns wide (CJK
/// characters count as two), and no span contains control characters.
public struct MarkdownRenderer: Sendable {
    /// Narrower widths are raised to this, so nested gutters always leave room for text.
    public static let minimumWidth = 20
    /// Nested quotes and lists stop indenting when less than this would be left.
    static let minimumContentWidth = 8

    /// Columns available.
    public var width: Int
    /// Styles per role; `.plain` for no styling at all.
    public var theme: Theme
    /// Unicode box drawing or ASCII.
    public var glyphs: Glyphs

    public init(width: Int, theme: Theme = .standard, glyphs: Glyphs = .unicode) {
        self.width = max(width, Self.minimumWidth)
        self.theme = theme
        self.glyphs = glyphs
    }

    // MARK: - Public API

    /// Parses and renders `markdown`.
    public func render(_ markdown: String) -> [StyledLine] {
        render(Document(parsing: markdown))
    }

    /// Renders a parsed document; blocks are separated by one blank line.
    public func render(_ document: Document) -> [StyledLine] {
        render(document.blocks)
    }

    /// Renders some blocks, e.g. a lesson section without its exercises.
    public func render(_ blocks: [Block]) -> [StyledLine] {
        self.blocks(blocks, width: width, depth: 0, tight: false)
    }

    /// The document as unstyled text lines joined by `\n`, without trailing spaces:
    /// for pipes, NO_COLOR and screen readers.
    public func plainText(_ document: Document) -> String {
        var renderer = self
        renderer.theme = .plain
        return renderer.render(document)
            .map { String($0.plainText.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }

    /// Plain rendering of `markdown` at `width` columns.
    public static func plainText(_ markdown: String, width: Int = 80, glyphs: Glyphs = .unicode) -> String {
        MarkdownRenderer(width: width, theme: .plain, glyphs: glyphs).plainText(Document(parsing: markdown))
    }

    // MARK: - Blocks

    var layout: InlineLayout { InlineLayout(theme: theme) }

    func blocks(_ blocks: [Block], width: Int, depth: Int, tight: Bool) -> [StyledLine] {
        var out: [StyledLine] = []
        for (i, block) in blocks.enumerated() {
            if i > 0 && !tight { out.append(StyledLine()) }
            out += self.block(block, width: width, depth: depth)
        }
        return out
    }

    func block(_ block: Block, width: Int, depth: Int) -> [StyledLine] {
        switch block.kind {
        case .heading(let level, let content):
            return heading(level: level, content: content, width: width)
        case .paragraph(let content):
            return layout.wrap(content, width: width)
        case .blockQuote(let children):
            // Deep nesting: stop indenting rather than overflow the width.
            if width - 2 < Self.minimumContentWidth {
                return blocks(children, width: width, depth: depth, tight: false)
            }
            let inner = blocks(children, width: width - 2, depth: depth, tight: false)
            let bar = StyledSpan(glyphs.quoteBar, theme.quoteGutter)
            return Self.prefixed(inner, first: [bar, StyledSpan(" ")], rest: [bar, StyledSpan(" ")], blank: [bar])
        case .list(let list):
            return self.list(list, width: width, depth: depth)
        case .codeBlock(let code):
            return codeBlock(code, width: width)
        case .table(let table):
            return self.table(table, width: width)
        case .thematicBreak:
            return [StyledLine([StyledSpan(String(repeating: glyphs.rule, count: width), theme.rule)])]
        }
    }

    private func heading(level: Int, content: [Inline], width: Int) -> [StyledLine] {
        let style = level == 1 ? theme.heading1 : level == 2 ? theme.heading2 : theme.heading
        var content = content
        if theme.marksHeadings && level >= 3 {
            content.insert(.text(String(repeating: "#", count: level) + " "), at: 0)
        }
        var lines = layout.wrap(content, width: width, base: style)
        if level <= 2 {
            let ruleWidth = max(1, lines.map(\.width).max() ?? 1)
            let ch = level == 1 ? glyphs.heavyRule : glyphs.rule
            lines.append(StyledLine([StyledSpan(String(repeating: ch, count: ruleWidth), theme.headingRule)]))
        }
        return lines
    }

    private func list(_ list: MarkdownList, width: Int, depth: Int) -> [StyledLine] {
        let markers: [String] = list.items.indices.map { i in
            switch list.kind {
            case .bullet: return glyphs.bullets[depth % glyphs.bullets.count]
            case .ordered(let start, let delimiter): return "\(start + i)\(delimiter)"
            }
        }
        let markerWidth = markers.map(DisplayWidth.of).max() ?? 1
        let indent = markerWidth + 1
        let hanging = width - indent >= Self.minimumContentWidth
        var out: [StyledLine] = []
        for (item, marker) in zip(list.items, markers) {
            if !out.isEmpty && !list.isTight { out.append(StyledLine()) }
            // Numbers are right-aligned so their text lines up.
            let pad = String(repeating: " ", count: markerWidth - DisplayWidth.of(marker))
            let first = [StyledSpan(pad), StyledSpan(marker, theme.listMarker), StyledSpan(" ")]
            let contentWidth = hanging ? width - indent : width
            let content = blocks(item.blocks, width: contentWidth, depth: depth + 1, tight: list.isTight)
            if content.isEmpty || !hanging {
                // Too deep to indent further: the marker gets a line of its own.
                out.append(StyledLine([StyledSpan(pad), StyledSpan(marker, theme.listMarker)]))
                out += content
                continue
            }
            let rest = [StyledSpan(String(repeating: " ", count: indent))]
            out += Self.prefixed(content, first: first, rest: rest, blank: [])
        }
        return out
    }

    /// Prefixes the first line with `first`, later lines with `rest`, and empty lines with `blank`.
    static func prefixed(_ lines: [StyledLine], first: [StyledSpan], rest: [StyledSpan],
                         blank: [StyledSpan]) -> [StyledLine] {
        lines.enumerated().map { i, line in
            if i > 0 && line.spans.isEmpty { return StyledLine(blank) }
            return StyledLine((i == 0 ? first : rest).filter { !$0.text.isEmpty } + line.spans)
        }
    }
}
