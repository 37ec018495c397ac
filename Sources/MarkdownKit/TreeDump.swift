/// A readable dump of the block tree with source lines, used as a test oracle:
///
///     Document
///       Heading level=1 @1
///         Text "Title"
///       Paragraph @3-4
///         Text "Hello "
///         Emphasis
///           Text "world"
public enum TreeDump {
    /// The dump of `document`, one node per line, two spaces per level.
    public static func dump(_ document: Document) -> String {
        var out = ["Document"]
        for block in document.blocks { dump(block, depth: 1, into: &out) }
        return out.joined(separator: "\n")
    }

    private static func line(_ depth: Int, _ text: String) -> String {
        String(repeating: "  ", count: depth) + text
    }

    private static func dump(_ block: Block, depth: Int, into out: inout [String]) {
        let at = block.lines.description
        switch block.kind {
        case .heading(let level, let content):
            out.append(line(depth, "Heading level=\(level) \(at)"))
            dump(content, depth: depth + 1, into: &out)
        case .paragraph(let content):
            out.append(line(depth, "Paragraph \(at)"))
            dump(content, depth: depth + 1, into: &out)
        case .blockQuote(let blocks):
            out.append(line(depth, "BlockQuote \(at)"))
            for b in blocks { dump(b, depth: depth + 1, into: &out) }
        case .list(let list):
            let kind: String
            switch list.kind {
            case .bullet(let c): kind = "bullet(\(c))"
            case .ordered(let start, let d): kind = "ordered(start=\(start), \(d))"
            }
            out.append(line(depth, "List \(kind) \(list.isTight ? "tight" : "loose") \(at)"))
            for item in list.items {
                out.append(line(depth + 1, "Item \(item.lines)"))
                for b in item.blocks { dump(b, depth: depth + 2, into: &out) }
            }
        case .codeBlock(let code):
            let kind = code.isFenced ? "fenced" : "indented"
            out.append(line(depth, "CodeBlock \(kind) info=\(code.info.debugDescription) \(at)"))
            for codeLine in code.code.split(separator: "\n", omittingEmptySubsequences: false) {
                out.append(line(depth + 1, "| " + codeLine))
            }
        case .table(let table):
            out.append(line(depth, "Table \(table.alignments.map(\.rawValue).joined(separator: ",")) \(at)"))
            for (name, row) in [("Header", table.header)] + table.rows.map({ ("Row", $0) }) {
                out.append(line(depth + 1, name))
                for cell in row {
                    out.append(line(depth + 2, "Cell"))
                    dump(cell, depth: depth + 3, into: &out)
                }
            }
        case .thematicBreak:
            out.append(line(depth, "ThematicBreak \(at)"))
        }
    }

    private static func dump(_ inlines: [Inline], depth: Int, into out: inout [String]) {
        for inline in inlines {
            switch inline {
            case .text(let s): out.append(line(depth, "Text \(s.debugDescription)"))
            case .code(let s): out.append(line(depth, "Code \(s.debugDescription)"))
            case .emphasis(let c):
                out.append(line(depth, "Emphasis"))
                dump(c, depth: depth + 1, into: &out)
            case .strong(let c):
                out.append(line(depth, "Strong"))
                dump(c, depth: depth + 1, into: &out)
            case .link(let destination, let title, let c):
                let t = title.map { " title=\($0.debugDescription)" } ?? ""
                out.append(line(depth, "Link \(destination.debugDescription)\(t)"))
                dump(c, depth: depth + 1, into: &out)
            case .softBreak: out.append(line(depth, "SoftBreak"))
            case .hardBreak: out.append(line(depth, "HardBreak"))
            }
        }
    }
}
