/// Lines -> block tree. A simplified CommonMark block phase: containers
/// (quotes, list items) collect their lines, strip their markers and parse the
/// result recursively; leaf blocks are recognised by `BlockStarts`.
struct BlockParser {
    private let lines: [SourceLine]
    private var index = 0

    static func parse(_ lines: [SourceLine]) -> [Block] {
        var parser = BlockParser(lines: lines)
        return parser.parseBlocks()
    }

    private init(lines: [SourceLine]) { self.lines = lines }

    private mutating func parseBlocks() -> [Block] {
        var blocks: [Block] = []
        while index < lines.count {
            if lines[index].isBlank {
                index += 1
                continue
            }
            let block = parseFencedCode() ?? parseHeading() ?? parseThematicBreak() ?? parseQuote()
                ?? parseList() ?? parseIndentedCode() ?? parseTable() ?? parseParagraph()
            blocks.append(block)
        }
        return blocks
    }

    // MARK: - Leaf blocks

    private mutating func parseFencedCode() -> Block? {
        guard let fence = BlockStarts.fence(lines[index].text) else { return nil }
        let first = lines[index].number
        var last = first
        var code: [String] = []
        index += 1
        while index < lines.count {
            let line = lines[index]
            index += 1
            last = line.number
            if BlockStarts.isClosingFence(line.text, for: fence) { break }
            code.append(line.droppingIndent(fence.indent).text)
        }
        let block = CodeBlock(info: fence.info, code: code.joined(separator: "\n"), isFenced: true)
        return Block(.codeBlock(block), lines: SourceLines(first, last))
    }

    private mutating func parseHeading() -> Block? {
        guard let (level, text) = BlockStarts.atxHeading(lines[index].text) else { return nil }
        let number = lines[index].number
        index += 1
        return Block(.heading(level: level, content: InlineParser.parse(text)), lines: SourceLines(number, number))
    }

    private mutating func parseThematicBreak() -> Block? {
        guard BlockStarts.isThematicBreak(lines[index].text) else { return nil }
        let number = lines[index].number
        index += 1
        return Block(.thematicBreak, lines: SourceLines(number, number))
    }

    private mutating func parseIndentedCode() -> Block? {
        guard lines[index].indent >= 4 else { return nil }
        var code: [SourceLine] = []
        while index < lines.count, lines[index].isBlank || lines[index].indent >= 4 {
            code.append(lines[index].droppingIndent(4))
            index += 1
        }
        while let last = code.last, last.isBlank {
            code.removeLast()
        }
        let block = CodeBlock(info: "", code: code.map(\.text).joined(separator: "\n"), isFenced: false)
        return Block(.codeBlock(block), lines: SourceLines(code[0].number, code[code.count - 1].number))
    }

    private mutating func parseTable() -> Block? {
        guard index + 1 < lines.count, lines[index].text.contains("|"),
              let alignments = BlockStarts.tableDelimiter(lines[index + 1].text) else { return nil }
        let header = TableCells.split(lines[index].text)
        guard header.count == alignments.count else { return nil }
        let first = lines[index].number
        index += 2
        var rows: [[[Inline]]] = []
        while index < lines.count, !lines[index].isBlank, !BlockStarts.interruptsParagraph(lines[index].text) {
            var cells = TableCells.split(lines[index].text)
            cells = Array(cells.prefix(header.count)) + Array(repeating: "", count: max(0, header.count - cells.count))
            rows.append(cells.map(InlineParser.parse))
            index += 1
        }
        let table = Table(alignments: alignments, header: header.map(InlineParser.parse), rows: rows)
        return Block(.table(table), lines: SourceLines(first, lines[index - 1].number))
    }

    /// Paragraph lines up to a blank line or an interrupting block; a setext
    /// underline turns them into a heading.
    private mutating func parseParagraph() -> Block {
        var text: [String] = [lines[index].text.drop { $0 == " " }.description]
        let first = lines[index].number
        index += 1
        while index < lines.count {
            let line = lines[index]
            if line.isBlank { break }
            if let level = BlockStarts.setextUnderline(line.text) {
                index += 1
                let content = InlineParser.parse(text.joined(separator: "\n").trimmingSpaces())
                return Block(.heading(level: level, content: content), lines: SourceLines(first, line.number))
            }
            if line.indent < 4 && BlockStarts.interruptsParagraph(line.text) { break }
            if index + 1 < lines.count, line.text.contains("|"),
               let alignments = BlockStarts.tableDelimiter(lines[index + 1].text),
               alignments.count == TableCells.split(line.text).count { break }
            text.append(String(line.text.drop { $0 == " " }))
            index += 1
        }
        let joined = text.joined(separator: "\n")
        let trimmed = String(joined.reversed().drop { $0 == " " }.reversed())
        return Block(.paragraph(InlineParser.parse(trimmed)), lines: SourceLines(first, lines[index - 1].number))
    }

    // MARK: - Containers

    private mutating func parseQuote() -> Block? {
        guard BlockStarts.quote(lines[index].text) != nil else { return nil }
        var inner: [SourceLine] = []
        while index < lines.count {
            let line = lines[index]
            if let rest = BlockStarts.quote(line.text) {
                inner.append(SourceLine(text: rest, number: line.number))
            } else if !line.isBlank, let previous = inner.last, !previous.isBlank,
                      !BlockStarts.interruptsParagraph(line.text) {
                // Lazy continuation of a quoted paragraph.
                inner.append(line)
            } else {
                break
            }
            index += 1
        }
        let range = SourceLines(inner[0].number, inner[inner.count - 1].number)
        return Block(.blockQuote(BlockParser.parse(inner)), lines: range)
    }

    private mutating func parseList() -> Block? {
        guard let firstMarker = BlockStarts.listMarker(lines[index].text) else { return nil }
        var items: [ListItem] = []
        var isTight = true
        while index < lines.count, let marker = BlockStarts.listMarker(lines[index].text),
              marker.isCompatible(with: firstMarker), !BlockStarts.isThematicBreak(lines[index].text) {
            var itemLines = [SourceLine(text: marker.content, number: lines[index].number)]
            index += 1
            while index < lines.count {
                let line = lines[index]
                if line.isBlank {
                    itemLines.append(SourceLine(text: "", number: line.number))
                } else if line.indent >= marker.contentIndent {
                    itemLines.append(line.droppingIndent(marker.contentIndent))
                } else if let previous = itemLines.last, !previous.isBlank,
                          !BlockStarts.interruptsParagraph(line.text), BlockStarts.listMarker(line.text) == nil {
                    itemLines.append(line)  // lazy paragraph continuation
                } else {
                    break
                }
                index += 1
            }
            var trailingBlank = 0
            while let last = itemLines.last, last.isBlank, itemLines.count > 1 {
                itemLines.removeLast()
                trailingBlank += 1
            }
            let blocks = BlockParser.parse(itemLines)
            let range = SourceLines(itemLines[0].number, itemLines[itemLines.count - 1].number)
            items.append(ListItem(blocks: blocks, lines: range))
            if zip(blocks, blocks.dropFirst()).contains(where: { $1.lines.first > $0.lines.last + 1 }) {
                isTight = false
            }
            let continues = index < lines.count && BlockStarts.listMarker(lines[index].text)
                .map { $0.isCompatible(with: firstMarker) } == true
            if trailingBlank > 0 && continues { isTight = false }
            if trailingBlank > 0 && !continues {
                index -= trailingBlank  // the blank lines belong after the list
            }
        }
        let list = MarkdownList(kind: firstMarker.kind, isTight: isTight, items: items)
        return Block(.list(list), lines: SourceLines(items[0].lines.first, items[items.count - 1].lines.last))
    }
}
