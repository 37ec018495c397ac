/// Recognisers for the first line of each block kind. Each takes one line
/// (tabs already expanded) and returns nil when the line does not start that block.
enum BlockStarts {
    /// An opening code fence: three or more backticks or tildes.
    struct Fence {
        var indent: Int
        var character: Character
        var length: Int
        var info: String
    }

    static func fence(_ line: String) -> Fence? {
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4 else { return nil }
        let rest = line.dropFirst(indent)
        guard let ch = rest.first, ch == "`" || ch == "~" else { return nil }
        let length = rest.prefix { $0 == ch }.count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimmingSpaces()
        if ch == "`" && info.contains("`") { return nil }
        return Fence(indent: indent, character: ch, length: length, info: info)
    }

    static func isClosingFence(_ line: String, for fence: Fence) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4 else { return false }
        let rest = line.dropFirst(indent)
        let length = rest.prefix { $0 == fence.character }.count
        return length >= fence.length && rest.dropFirst(length).allSatisfy { $0 == " " }
    }

    /// `# Title`: returns the level and the title without closing hashes.
    static func atxHeading(_ line: String) -> (level: Int, text: String)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4 else { return nil }
        let rest = line.dropFirst(indent)
        let level = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let after = rest.dropFirst(level)
        guard after.isEmpty || after.first == " " else { return nil }
        var text = after.trimmingSpaces()
        // A closing sequence of #s counts only after a space (or as the whole text).
        let withoutHashes = String(text.reversed().drop { $0 == "#" }.reversed())
        if withoutHashes.isEmpty {
            text = ""
        } else if withoutHashes.last == " " {
            text = withoutHashes.trimmingSpaces()
        }
        return (level, text)
    }

    /// `===` (level 1) or `---` (level 2) under a paragraph.
    static func setextUnderline(_ line: String) -> Int? {
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4 else { return nil }
        let rest = line.dropFirst(indent).trimmingSpaces()
        guard let ch = rest.first, ch == "=" || ch == "-", rest.allSatisfy({ $0 == ch }) else { return nil }
        return ch == "=" ? 1 : 2
    }

    /// Three or more `-`, `*` or `_`, optionally separated by spaces.
    static func isThematicBreak(_ line: String) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4 else { return false }
        let marks = line.filter { $0 != " " }
        guard let ch = marks.first, "-*_".contains(ch), marks.count >= 3 else { return false }
        return marks.allSatisfy { $0 == ch }
    }

    /// The rest of a `>` line, with the marker and one following space removed.
    static func quote(_ line: String) -> String? {
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4 else { return nil }
        let rest = line.dropFirst(indent)
        guard rest.first == ">" else { return nil }
        let after = rest.dropFirst()
        return String(after.first == " " ? after.dropFirst() : after)
    }

    /// A list item marker.
    struct ListMarker {
        var kind: ListKind
        /// Number of an ordered item (0 for bullets).
        var number: Int
        /// Columns before the item's content; continuation lines need this indent.
        var contentIndent: Int
        /// The first line's content.
        var content: String

        func isCompatible(with other: ListMarker) -> Bool {
            switch (kind, other.kind) {
            case let (.bullet(a), .bullet(b)): return a == b
            case let (.ordered(_, a), .ordered(_, b)): return a == b
            default: return false
            }
        }
    }

    static func listMarker(_ line: String) -> ListMarker? {
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4 else { return nil }
        let rest = line.dropFirst(indent)
        var kind: ListKind
        var number = 0
        var markerWidth: Int
        if let ch = rest.first, "-+*".contains(ch) {
            kind = .bullet(ch)
            markerWidth = 1
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count) else { return nil }
            let delimiter = rest.dropFirst(digits.count).first
            guard let delimiter, delimiter == "." || delimiter == ")" else { return nil }
            number = Int(digits) ?? 0
            kind = .ordered(start: number, delimiter: delimiter)
            markerWidth = digits.count + 1
        }
        let after = rest.dropFirst(markerWidth)
        if after.isEmpty || after.allSatisfy({ $0 == " " }) {
            return ListMarker(kind: kind, number: number, contentIndent: indent + markerWidth + 1, content: "")
        }
        let spaces = after.prefix { $0 == " " }.count
        guard spaces > 0 else { return nil }
        // Five or more spaces: the content is indented code; the marker takes one.
        let used = spaces > 4 ? 1 : spaces
        return ListMarker(kind: kind, number: number, contentIndent: indent + markerWidth + used,
                          content: String(after.dropFirst(used)))
    }

    /// The GFM table delimiter row (`| --- | :-: |`): one alignment per column.
    static func tableDelimiter(_ line: String) -> [TableAlignment]? {
        let cells = TableCells.split(line)
        guard !cells.isEmpty, line.contains("-") else { return nil }
        var alignments: [TableAlignment] = []
        for cell in cells {
            let c = cell.trimmingSpaces()
            let left = c.hasPrefix(":"), right = c.hasSuffix(":")
            let dashes = c.dropFirst(left ? 1 : 0).dropLast(right && c.count > 1 ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        if cells.count == 1 && !line.contains("|") { return nil }
        return alignments
    }

    /// True when `line` starts a block that interrupts a paragraph.
    static func interruptsParagraph(_ line: String) -> Bool {
        if fence(line) != nil || atxHeading(line) != nil || isThematicBreak(line) || quote(line) != nil {
            return true
        }
        if let marker = listMarker(line), !marker.content.isEmpty {
            if case .ordered = marker.kind { return marker.number == 1 }
            return true
        }
        return false
    }
}

/// Splitting a table row into cells on unescaped pipes.
enum TableCells {
    static func split(_ line: String) -> [String] {
        var s = Substring(line.trimmingSpaces())
        if s.hasPrefix("|") { s = s.dropFirst() }
        if s.hasSuffix("|") && !s.hasSuffix("\\|") { s = s.dropLast() }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for ch in s {
            if escaped {
                // `\|` becomes a literal pipe; other escapes are left for the inline parser.
                current += ch == "|" ? "|" : "\\\(ch)"
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else if ch == "|" {
                cells.append(current.trimmingSpaces())
                current = ""
            } else {
                current.append(ch)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current.trimmingSpaces())
        return cells
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces.
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
