import TerminalKit

/// Inline nodes -> word-wrapped styled lines.
///
/// Text becomes a sequence of words, spaces and forced breaks. Words never
/// split unless longer than the width; CJK characters are words of their own
/// so lines may break between any two of them.
struct InlineLayout {
    let theme: Theme

    /// A piece of one word in one style.
    struct Fragment {
        var text: String
        var style: Style
        var width: Int
    }

    enum Item {
        case word([Fragment])
        case space(Style, soft: Bool)
        case lineBreak
    }

    // MARK: - Inline nodes to items

    func items(_ inlines: [Inline], base: Style) -> [Item] {
        var builder = Builder()
        add(inlines, style: base, to: &builder)
        builder.finishWord()
        return builder.removingSoftSpacesBetweenCJK()
    }

    private func add(_ inlines: [Inline], style: Style, to builder: inout Builder) {
        for inline in inlines {
            switch inline {
            case .text(let s):
                builder.add(ControlCharacters.sanitize(s), style)
            case .code(let s):
                builder.add(ControlCharacters.sanitize(s), Theme.layer(theme.inlineCode, over: style))
            case .emphasis(let children):
                add(children, style: Theme.layer(theme.emphasis, over: style), to: &builder)
            case .strong(let children):
                add(children, style: Theme.layer(theme.strong, over: style), to: &builder)
            case .link(let destination, _, let children):
                add(children, style: Theme.layer(theme.link, over: style), to: &builder)
                let shown = children.plainText
                if shown != destination && "mailto:" + shown != destination && !destination.isEmpty {
                    builder.finishWord()
                    builder.addSpace(style, soft: false)
                    builder.add("(" + ControlCharacters.sanitize(destination) + ")", Theme.layer(theme.linkURL, over: style),
                                breakable: false)
                }
            case .softBreak:
                builder.finishWord()
                builder.addSpace(style, soft: true)
            case .hardBreak:
                builder.finishWord()
                builder.items.append(.lineBreak)
            }
        }
    }

    struct Builder {
        var items: [Item] = []
        var current: [Fragment] = []

        mutating func finishWord() {
            if !current.isEmpty { items.append(.word(current)) }
            current = []
        }

        mutating func addSpace(_ style: Style, soft: Bool) {
            finishWord()
            if case .space? = items.last { return }
            items.append(.space(style, soft: soft))
        }

        mutating func append(_ ch: Character, _ style: Style) {
            let w = DisplayWidth.of(String(ch))
            if let last = current.last, last.style == style {
                current[current.count - 1].text.append(ch)
                current[current.count - 1].width += w
            } else {
                current.append(Fragment(text: String(ch), style: style, width: w))
            }
        }

        /// Adds text; `breakable: false` keeps spaces inside the word (URLs have none anyway).
        mutating func add(_ text: String, _ style: Style, breakable: Bool = true) {
            for ch in text {
                if breakable && ch.isWhitespace {
                    addSpace(style, soft: false)
                } else if ch.isClosingPunctuation, current.isEmpty, case .word(let previous)? = items.last {
                    // Keep "中文。" and "word," together: closing punctuation never starts a line.
                    items.removeLast()
                    current = previous
                    append(ch, style)
                    if ch.isWide { finishWord() }
                } else if ch.isWide {
                    if current.last?.text.last?.isOpeningPunctuation != true { finishWord() }
                    append(ch, style)
                    if !ch.isOpeningPunctuation { finishWord() }
                } else {
                    append(ch, style)
                }
            }
        }

        /// A line break between two CJK characters is not a space in CJK text.
        func removingSoftSpacesBetweenCJK() -> [Item] {
            var out: [Item] = []
            for (i, item) in items.enumerated() {
                if case .space(_, true) = item, i > 0, i + 1 < items.count,
                   case .word(let before) = items[i - 1], case .word(let after) = items[i + 1],
                   before.last?.text.last?.isWide == true, after.first?.text.first?.isWide == true {
                    continue
                }
                out.append(item)
            }
            return out
        }
    }

    // MARK: - Wrapping

    /// Lays `inlines` out in lines no wider than `width` columns (at least 2).
    func wrap(_ inlines: [Inline], width: Int, base: Style = .plain) -> [StyledLine] {
        wrap(items(inlines, base: base), width: width)
    }

    func wrap(_ items: [Item], width: Int) -> [StyledLine] {
        let width = max(width, 2)
        var lines: [[Fragment]] = []
        var line: [Fragment] = []
        var lineWidth = 0
        var pendingSpace: Style?

        func emit() {
            lines.append(line)
            line = []
            lineWidth = 0
        }
        func put(_ fragment: Fragment) {
            line.append(fragment)
            lineWidth += fragment.width
        }

        for item in items {
            switch item {
            case .space(let style, _):
                if !line.isEmpty { pendingSpace = style }
            case .lineBreak:
                emit()
                pendingSpace = nil
            case .word(let fragments):
                let w = fragments.reduce(0) { $0 + $1.width }
                let space = pendingSpace == nil ? 0 : 1
                if lineWidth + space + w <= width {
                    if let style = pendingSpace { put(Fragment(text: " ", style: style, width: 1)) }
                    fragments.forEach(put)
                } else {
                    if !line.isEmpty { emit() }
                    if w <= width {
                        fragments.forEach(put)
                    } else {
                        // Longer than a whole line: split at character boundaries.
                        for fragment in fragments {
                            for ch in fragment.text {
                                let cw = DisplayWidth.of(String(ch))
                                if lineWidth + cw > width && !line.isEmpty { emit() }
                                put(Fragment(text: String(ch), style: fragment.style, width: cw))
                            }
                        }
                    }
                }
                pendingSpace = nil
            }
        }
        if !line.isEmpty || lines.isEmpty { emit() }
        return lines.map(Self.styledLine)
    }

    /// Merges neighbouring fragments of the same style into spans.
    static func styledLine(_ fragments: [Fragment]) -> StyledLine {
        var spans: [StyledSpan] = []
        for f in fragments {
            if let last = spans.last, last.style == f.style {
                spans[spans.count - 1].text += f.text
            } else {
                spans.append(StyledSpan(f.text, f.style))
            }
        }
        return StyledLine(spans)
    }
}

extension Character {
    /// Two columns wide: CJK ideographs, kana, hangul, fullwidth forms.
    var isWide: Bool { DisplayWidth.of(String(self)) >= 2 }

    /// Punctuation that must not begin a line.
    var isClosingPunctuation: Bool {
        "、。，．！？）」』】〕》〉：；,.;:!?)]}%".contains(self)
    }

    /// Punctuation that must not end a line.
    var isOpeningPunctuation: Bool { "（「『【〔《〈".contains(self) }
}
