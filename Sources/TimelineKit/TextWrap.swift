import TerminalKit

/// Fitting text to columns, measured as the terminal shows it (wide characters
/// take two columns).
enum TextWrap {
    /// `text` cut to `width` columns, ending in `ellipsis` when something was cut.
    static func truncate(_ text: String, width: Int, ellipsis: String) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 0 else { return "" }
        let room = width - DisplayWidth.of(ellipsis)
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(String(character))
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return out + (room >= 0 ? ellipsis : "")
    }

    /// Words wrapped to `width` columns; continuation lines start with `indent`.
    static func wrap(_ text: String, width: Int, indent: String = "", ellipsis: String) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let w = DisplayWidth.of(word)
            if used > 0 && used + 1 + w > width {
                lines.append(line)
                line = indent
                used = DisplayWidth.of(indent)
            } else if used > 0 {
                line += " "
                used += 1
            }
            line += truncate(word, width: max(1, width - used), ellipsis: ellipsis)
            used += min(w, max(1, width - used))
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}

extension ScreenBuffer {
    /// Each row as a styled line: neighbouring cells of one style become one span.
    var styledLines: [StyledLine] {
        (0..<height).map { row in
            var spans: [StyledSpan] = []
            for column in 0..<width {
                let cell = self[row, column]
                if cell.isContinuation { continue }
                if let last = spans.last, last.style == cell.style {
                    spans[spans.count - 1].text += cell.symbol
                } else {
                    spans.append(StyledSpan(cell.symbol, cell.style))
                }
            }
            return StyledLine(spans)
        }
    }
}
