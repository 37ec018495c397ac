/// An opening code fence (```` ``` ```` or `~~~`, CommonMark rules) and its info string.
struct Fence {
    var character: Character
    var count: Int
    /// Spaces before the fence (0 to 3); removed from body lines too.
    var indent: Int
    /// Everything after the fence characters, trimmed: `python demo id=hello`.
    var info: String

    /// Reads `line` as an opening fence, or returns nil.
    init?(opening line: String) {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let first = rest.first, first == "`" || first == "~" else { return nil }
        let count = rest.prefix { $0 == first }.count
        guard count >= 3 else { return nil }
        let info = rest.dropFirst(count).trimmingSpaces
        if first == "`", info.contains("`") { return nil }
        self.character = first
        self.count = count
        self.indent = indent
        self.info = info
    }

    /// Whether `line` closes this fence.
    func isClosed(by line: String) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return false }
        let rest = line.dropFirst(indent)
        let run = rest.prefix { $0 == character }.count
        return run >= count && rest.dropFirst(run).trimmingSpaces.isEmpty
    }

    /// A body line without the fence's indentation.
    func dedent(_ line: String) -> String {
        var dropped = 0
        var rest = Substring(line)
        while dropped < indent, rest.first == " " {
            rest = rest.dropFirst()
            dropped += 1
        }
        return String(rest)
    }

    /// The info string's bare words (`python`, `demo`).
    var words: [String] {
        info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init).filter { !$0.contains("=") }
    }

    /// The info string's `key=value` attributes, in order.
    var attributes: [(key: String, value: String)] {
        info.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { (word: Substring) -> (key: String, value: String)? in
            guard let eq = word.firstIndex(of: "=") else { return nil }
            var value = String(word[eq...].dropFirst())
            if value.count >= 2, value.first == "\"", value.last == "\"" { value = String(value.dropFirst().dropLast()) }
            return (String(word[..<eq]), value)
        }
    }
}

/// What a fenced block is for.
enum BlockKind: Equatable {
    /// Ordinary code shown as is: stays in the page's Markdown.
    case plain
    case demo
    case quiz(Quiz.Kind)
    case predict
    case exercise
}

extension LessonParser {
    /// The interactive kinds, for messages.
    static let knownKinds = ["python demo", "quiz", "quiz multiple", "predict", "exercise"]
    static let pythonNames: Set<String> = ["python", "py", "python3"]

    /// Decides what a fence is, reporting info strings that look like ours but are not.
    mutating func classify(_ fence: Fence, at index: Int) -> BlockKind {
        let words = fence.words
        guard let first = words.first?.lowercased() else { return .plain }
        let column = fence.indent + fence.count + 1
        let kind: BlockKind?
        var allowed: Set<String> = []
        switch first {
        case _ where Self.pythonNames.contains(first):
            if words.count == 1, fence.attributes.isEmpty { return .plain }
            kind = words.count == 2 && words[1] == "demo" ? .demo : nil
            allowed = ["id"]
        case "quiz":
            switch words.dropFirst().first {
            case nil, "single": kind = words.count <= 2 ? .quiz(.single) : nil
            case "multiple": kind = words.count == 2 ? .quiz(.multiple) : nil
            default: kind = nil
            }
            allowed = ["id"]
        case "predict":
            kind = words.count == 1 ? .predict : nil
            allowed = ["demo"]
        case "exercise":
            kind = words.count == 1 ? .exercise : nil
            allowed = ["id"]
        default:
            if let near = Self.nearestKind(first) {
                report(.error, "unknown block kind '\(fence.info)' (did you mean '\(near)'?)", at: index, column: column)
            }
            return .plain
        }
        guard let kind else {
            report(.error, "unknown block kind '\(fence.info)'; interactive blocks are: "
                   + Self.knownKinds.map { "```" + $0 }.joined(separator: ", "), at: index, column: column)
            return .plain
        }
        for attribute in fence.attributes where !allowed.contains(attribute.key) {
            report(.warning, "unknown attribute '\(attribute.key)' on a ```\(first) block (known: \(allowed.sorted().joined(separator: ", ")))",
                   at: index, column: column)
        }
        for attribute in fence.attributes where attribute.key == "id" || attribute.key == "demo" {
            if !Self.isValidID(attribute.value) {
                report(.error, "'\(attribute.value)' is not a valid id: use letters, digits, '-', '_' and '.'", at: index, column: column)
            }
        }
        return kind
    }

    /// The interactive kind `word` is probably a typo of (edit distance 1 or 2), if any.
    static func nearestKind(_ word: String) -> String? {
        let kinds = ["quiz", "predict", "exercise", "demo"]
        return kinds.first { editDistance(word, $0) <= 2 && word.count >= 3 }
            .map { $0 == "demo" ? "python demo" : $0 }
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = old
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }

    /// Ids are letters, digits, `-`, `_` and `.`.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }
}
