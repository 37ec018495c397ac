/// The front-matter header: `key: value` lines between two `---` lines at the top of the file.
struct Header {
    var id: String?
    var title: String?
    var summary: String?
    var requires: [String] = []
    var requiresLine = 0
}

extension LessonParser {
    static let headerKeys = ["id", "title", "summary", "requires"]

    /// Reads the header if the file starts with one; returns the index of the first body line.
    mutating func parseHeader() -> Int {
        guard lines.first?.trimmingSpaces == "---" else {
            report(.error, "missing header: start the file with '---', 'id: ...', 'title: ...', '---'", at: 0)
            return 0
        }
        var index = 1
        while index < lines.count, lines[index].trimmingSpaces != "---" {
            parseHeaderLine(lines[index], at: index)
            index += 1
        }
        if index == lines.count {
            report(.error, "the header is never closed: add a '---' line after it", at: 0)
            return 1
        }
        if header.id == nil {
            report(.error, "the header has no 'id:'", at: 0)
        }
        return index + 1
    }

    private mutating func parseHeaderLine(_ line: String, at index: Int) {
        let text = line.trimmingSpaces
        if text.isEmpty || text.hasPrefix("#") { return }
        guard let colon = text.firstIndex(of: ":") else {
            report(.error, "expected 'key: value' in the header", at: index)
            return
        }
        let key = text[..<colon].trimmingSpaces.lowercased()
        let value = Self.unquote(text[text.index(after: colon)...].trimmingSpaces)
        let column = (line.firstIndex(of: ":").map { line.distance(from: line.startIndex, to: $0) } ?? 0) + 3
        switch key {
        case "id":
            if !Self.isValidID(value) {
                report(.error, "'\(value)' is not a valid lesson id: use letters, digits, '-', '_' and '.'", at: index, column: column)
            }
            header.id = value
        case "title": header.title = value
        case "summary": header.summary = value
        case "requires", "prerequisites":
            var list = value
            if list.hasPrefix("["), list.hasSuffix("]") { list = String(list.dropFirst().dropLast()) }
            header.requires = list.split(separator: ",").map { Self.unquote($0.trimmingSpaces) }.filter { !$0.isEmpty }
            header.requiresLine = index
        default:
            report(.warning, "unknown header key '\(key)' (known: \(Self.headerKeys.joined(separator: ", ")))", at: index)
        }
    }

    /// `"text"` or `'text'` -> `text`.
    static func unquote(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else { return text }
        return String(text.dropFirst().dropLast())
    }
}
