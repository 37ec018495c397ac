import TerminalKit

extension MarkdownRenderer {
    /// A box-drawn table. Columns take their natural width; when the table is
    /// too wide the widest columns shrink and their cells wrap.
    func table(_ table: Table, width: Int) -> [StyledLine] {
        let columns = table.alignments.count
        let header = table.header.map { layout.items($0, base: theme.tableHeader) }
        let rows = table.rows.map { row in row.map { layout.items($0, base: .plain) } }
        let available = width - (3 * columns + 1)
        guard available >= 3 * columns else { return narrowTable(table, width: width) }

        var widths = Array(repeating: 1, count: columns)
        var minimums = Array(repeating: 1, count: columns)
        for cells in [header] + rows {
            for (c, items) in cells.enumerated() {
                let natural = layout.wrap(items, width: Int.max / 2).map(\.width).max() ?? 0
                widths[c] = max(widths[c], natural)
                minimums[c] = max(minimums[c], min(Self.longestWord(items), 12))
            }
        }
        while widths.reduce(0, +) > available {
            // Shrink the widest column still above its minimum; then any column above 3.
            let candidates = widths.indices.filter { widths[$0] > minimums[$0] }
            let pool = candidates.isEmpty ? widths.indices.filter { widths[$0] > 3 } : candidates
            guard let c = pool.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[c] -= 1
        }

        var out = [border(glyphs.topLeft, glyphs.topMiddle, glyphs.topRight, glyphs.horizontal, widths)]
        out += row(header, widths: widths, alignments: table.alignments)
        out.append(border(glyphs.middleLeft, glyphs.cross, glyphs.middleRight, glyphs.headerHorizontal, widths))
        for cells in rows { out += row(cells, widths: widths, alignments: table.alignments) }
        out.append(border(glyphs.bottomLeft, glyphs.bottomMiddle, glyphs.bottomRight, glyphs.horizontal, widths))
        return out
    }

    private static func longestWord(_ items: [InlineLayout.Item]) -> Int {
        items.reduce(0) { longest, item in
            guard case .word(let fragments) = item else { return longest }
            return max(longest, fragments.reduce(0) { $0 + $1.width })
        }
    }

    private func border(_ left: Character, _ middle: Character, _ right: Character,
                        _ line: Character, _ widths: [Int]) -> StyledLine {
        let segments = widths.map { String(repeating: line, count: $0 + 2) }
        let text = String(left) + segments.joined(separator: String(middle)) + String(right)
        return StyledLine([StyledSpan(text, theme.tableBorder)])
    }

    private func row(_ cells: [[InlineLayout.Item]], widths: [Int], alignments: [TableAlignment]) -> [StyledLine] {
        let wrapped = zip(cells, widths).map { layout.wrap($0, width: $1) }
        let height = wrapped.map(\.count).max() ?? 1
        let bar = StyledSpan(String(glyphs.vertical), theme.tableBorder)
        return (0..<height).map { lineIndex in
            var spans = [bar]
            for (c, lines) in wrapped.enumerated() {
                let line = lineIndex < lines.count ? lines[lineIndex] : StyledLine()
                let free = widths[c] - line.width
                let left = alignments[c] == .right ? free : alignments[c] == .center ? free / 2 : 0
                spans.append(StyledSpan(String(repeating: " ", count: left + 1)))
                spans += line.spans
                spans.append(StyledSpan(String(repeating: " ", count: free - left + 1)))
                spans.append(bar)
            }
            return StyledLine(spans)
        }
    }

    /// Too many columns for the width: one "Header: value" line per cell, rows separated by blanks.
    private func narrowTable(_ table: Table, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        for row in table.rows {
            if !out.isEmpty { out.append(StyledLine()) }
            for (name, cell) in zip(table.header, row) {
                let content: [Inline] = [.strong(name), .text(": ")] + cell
                out += layout.wrap(content, width: width)
            }
        }
        return out
    }
}
