import TerminalKit

extension MarkdownRenderer {
    /// Info-string languages highlighted as Python.
    static let pythonLanguages: Set<String> = ["python", "py", "python3", "py3", "pycon"]

    /// A code block: indented behind a gutter, hard-wrapped at the width,
    /// Python highlighted by `PythonHighlighter`.
    func codeBlock(_ block: CodeBlock, width: Int) -> [StyledLine] {
        let gutter = StyledSpan("  " + glyphs.codeBar, theme.codeGutter)
        let available = max(width - 4, 1)
        if width < 6 {
            // Too deep for a gutter: the code alone, hard-wrapped.
            return source(of: block).flatMap { Self.hardWrap($0, width: max(width, 2)) }
        }
        var out: [StyledLine] = []
        for spans in source(of: block) {
            for line in Self.hardWrap(spans, width: available) {
                out.append(StyledLine(line.spans.isEmpty ? [gutter] : [gutter, StyledSpan(" ")] + line.spans))
            }
        }
        return out
    }

    /// The code's lines as spans, highlighted when the language is Python.
    private func source(of block: CodeBlock) -> [[StyledSpan]] {
        if let language = block.language, Self.pythonLanguages.contains(language) {
            return PythonHighlighter.lines(block.code).map { tokens in
                tokens.map { StyledSpan(ControlCharacters.sanitize($0.text), theme.style(for: $0.role)) }
            }
        } else {
            return block.code.split(separator: "\n", omittingEmptySubsequences: false).map {
                [StyledSpan(ControlCharacters.sanitize(String($0)), theme.code)]
            }
        }
    }

    /// Splits spans into lines of at most `width` columns at character boundaries.
    static func hardWrap(_ spans: [StyledSpan], width: Int) -> [StyledLine] {
        var lines: [[InlineLayout.Fragment]] = [[]]
        var lineWidth = 0
        for span in spans {
            for ch in span.text {
                let w = DisplayWidth.of(String(ch))
                if lineWidth + w > width && !lines[lines.count - 1].isEmpty {
                    lines.append([])
                    lineWidth = 0
                }
                lines[lines.count - 1].append(InlineLayout.Fragment(text: String(ch), style: span.style, width: w))
                lineWidth += w
            }
        }
        return lines.map(InlineLayout.styledLine)
    }
}
