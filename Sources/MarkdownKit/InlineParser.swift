/// Text -> inline nodes. Follows CommonMark's two passes: scan into text,
/// code, links and delimiter runs, then pair `*`/`_` runs into emphasis.
struct InlineParser {
    private let chars: [Character]
    private var position = 0
    private var pieces: [Piece] = []
    private var text = ""
    /// Indexes of `[` pieces still waiting for `]`.
    private var brackets: [Int] = []

    static func parse(_ source: String) -> [Inline] {
        var parser = InlineParser(chars: Array(source))
        parser.scan()
        return Emphasis.resolve(parser.pieces)
    }

    private init(chars: [Character]) { self.chars = chars }

    private func char(_ offset: Int = 0) -> Character? {
        let i = position + offset
        return i >= 0 && i < chars.count ? chars[i] : nil
    }

    private mutating func flushText() {
        if !text.isEmpty { pieces.append(.node(.text(text))) }
        text = ""
    }

    private mutating func append(_ inline: Inline) {
        flushText()
        pieces.append(.node(inline))
    }

    // MARK: - Scanning

    private mutating func scan() {
        while let ch = char() {
            switch ch {
            case "\\": scanBackslash()
            case "`": scanCode()
            case "*", "_": scanDelimiterRun(ch)
            case "[":
                flushText()
                brackets.append(pieces.count)
                pieces.append(.bracket)
                position += 1
            case "]": scanCloseBracket()
            case "<": if !scanAutolink() { text.append(ch); position += 1 }
            case "&": scanEntity()
            case "\n": scanLineBreak()
            case "h", "w":
                if !scanBareURL() { text.append(ch); position += 1 }
            default:
                text.append(ch)
                position += 1
            }
        }
        flushText()
    }

    private mutating func scanBackslash() {
        if let next = char(1), next.isASCII, next.isPunctuation || next.isSymbol {
            text.append(next)
            position += 2
        } else if char(1) == "\n" {
            append(.hardBreak)
            position += 2
            skipLeadingSpaces()
        } else {
            text.append("\\")
            position += 1
        }
    }

    private mutating func scanCode() {
        let run = runLength(of: "`", at: position)
        var search = position + run
        while search < chars.count {
            if chars[search] == "`" {
                let closing = runLength(of: "`", at: search)
                if closing == run {
                    var content = String(chars[(position + run)..<search]).replacingNewlines()
                    if content.count >= 2, content.first == " ", content.last == " ",
                       !content.allSatisfy({ $0 == " " }) {
                        content = String(content.dropFirst().dropLast())
                    }
                    append(.code(content))
                    position = search + closing
                    return
                }
                search += closing
            } else {
                search += 1
            }
        }
        text += String(repeating: "`", count: run)
        position += run
    }

    private func runLength(of ch: Character, at start: Int) -> Int {
        var end = start
        while end < chars.count, chars[end] == ch { end += 1 }
        return end - start
    }

    private mutating func scanDelimiterRun(_ ch: Character) {
        let count = runLength(of: ch, at: position)
        let before = char(-1) ?? " "
        let after = position + count < chars.count ? chars[position + count] : " "
        let leftFlanking = !after.isWhitespace && (!after.isMarkdownPunctuation || before.isWhitespace || before.isMarkdownPunctuation)
        let rightFlanking = !before.isWhitespace && (!before.isMarkdownPunctuation || after.isWhitespace || after.isMarkdownPunctuation)
        var canOpen = leftFlanking, canClose = rightFlanking
        if ch == "_" {
            canOpen = leftFlanking && (!rightFlanking || before.isMarkdownPunctuation)
            canClose = rightFlanking && (!leftFlanking || after.isMarkdownPunctuation)
        }
        flushText()
        pieces.append(.delimiter(Delimiter(character: ch, count: count, originalCount: count,
                                           canOpen: canOpen, canClose: canClose)))
        position += count
    }

    private mutating func scanLineBreak() {
        var trailing = 0
        while text.hasSuffix(" ") {
            text.removeLast()
            trailing += 1
        }
        append(trailing >= 2 ? .hardBreak : .softBreak)
        position += 1
        skipLeadingSpaces()
    }

    private mutating func skipLeadingSpaces() {
        while char() == " " { position += 1 }
    }

    // MARK: - Links

    private mutating func scanCloseBracket() {
        position += 1
        guard let opener = brackets.popLast() else {
            text.append("]")
            return
        }
        let save = position
        guard let (destination, title) = scanLinkTail() else {
            position = save
            text.append("]")
            return
        }
        flushText()
        let content = Emphasis.resolve(Array(pieces[(opener + 1)...]))
        pieces.removeSubrange(opener...)
        pieces.append(.node(.link(destination: destination, title: title, content: content)))
        brackets.removeAll()  // links may not contain links
    }

    /// `(destination "title")` right after `]`.
    private mutating func scanLinkTail() -> (String, String?)? {
        guard char() == "(" else { return nil }
        position += 1
        skipWhitespace()
        var destination = ""
        if char() == "<" {
            position += 1
            while let c = char(), c != ">", c != "\n" { destination.append(c); position += 1 }
            guard char() == ">" else { return nil }
            position += 1
        } else {
            var depth = 0
            while let c = char(), !c.isWhitespace {
                if c == "(" { depth += 1 }
                if c == ")" { if depth == 0 { break }; depth -= 1 }
                if c == "\\", let next = char(1), next.isASCII, next.isPunctuation || next.isSymbol {
                    destination.append(next)
                    position += 2
                    continue
                }
                destination.append(c)
                position += 1
            }
        }
        skipWhitespace()
        var title: String?
        if let open = char(), open == "\"" || open == "'" || open == "(" {
            let close: Character = open == "(" ? ")" : open
            position += 1
            var t = ""
            while let c = char(), c != close { t.append(c); position += 1 }
            guard char() == close else { return nil }
            position += 1
            title = t
            skipWhitespace()
        }
        guard char() == ")" else { return nil }
        position += 1
        return (destination, title)
    }

    private mutating func skipWhitespace() {
        while let c = char(), c == " " || c == "\n" { position += 1 }
    }

    /// `<https://example.com>` or `<someone@example.com>`.
    private mutating func scanAutolink() -> Bool {
        var end = position + 1
        while end < chars.count, chars[end] != ">", chars[end] != "<", !chars[end].isWhitespace { end += 1 }
        guard end < chars.count, chars[end] == ">" else { return false }
        let body = String(chars[(position + 1)..<end])
        if let colon = body.firstIndex(of: ":"), (2...32).contains(body.distance(from: body.startIndex, to: colon)),
           body.first?.isLetter == true, body[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) {
            append(.link(destination: body, title: nil, content: [.text(body)]))
        } else if let at = body.firstIndex(of: "@"), at != body.startIndex, body[body.index(after: at)...].contains(".") {
            append(.link(destination: "mailto:" + body, title: nil, content: [.text(body)]))
        } else {
            return false
        }
        position = end + 1
        return true
    }

    /// GFM extended autolinks: `https://…`, `http://…` and `www.…` at a word start.
    private mutating func scanBareURL() -> Bool {
        if let before = char(-1), !(before.isWhitespace || "(*_~".contains(before)) { return false }
        let rest = chars[position...].prefix(8)
        let prefixes = ["https://", "http://", "www."]
        guard prefixes.contains(where: { rest.starts(with: $0) }) else { return false }
        var end = position
        while end < chars.count, !chars[end].isWhitespace, chars[end] != "<" { end += 1 }
        var url = chars[position..<end]
        while let last = url.last {
            if "?!.,:*_~'\"".contains(last) {
                url = url.dropLast()
            } else if last == ")" && url.filter({ $0 == ")" }).count > url.filter({ $0 == "(" }).count {
                url = url.dropLast()
            } else {
                break
            }
        }
        let shown = String(url)
        guard shown.count > (shown.hasPrefix("www.") ? 4 : shown.hasPrefix("https") ? 8 : 7) else { return false }
        let destination = shown.hasPrefix("www.") ? "http://" + shown : shown
        append(.link(destination: destination, title: nil, content: [.text(shown)]))
        position += url.count
        return true
    }

    // MARK: - Entities

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "copy": "©", "mdash": "—", "ndash": "–", "hellip": "…", "rarr": "→", "larr": "←",
    ]

    /// `&amp;`, `&#27;`, `&#x1b;`. Decoded text is sanitised like the source,
    /// so `&#27;` cannot smuggle an escape character in.
    private mutating func scanEntity() {
        var end = position + 1
        while end < chars.count, end - position <= 10, chars[end] != ";" { end += 1 }
        if end < chars.count, chars[end] == ";" {
            let name = String(chars[(position + 1)..<end])
            if let decoded = Self.decodeEntity(name) {
                text += ControlCharacters.sanitize(decoded)
                position = end + 1
                return
            }
        }
        text.append("&")
        position += 1
    }

    private static func decodeEntity(_ name: String) -> String? {
        if let named = namedEntities[name] { return named }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        guard let value, !digits.isEmpty else { return nil }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return String(scalar)
    }
}

extension Character {
    /// ASCII or Unicode punctuation, as CommonMark's flanking rules use it.
    var isMarkdownPunctuation: Bool { isPunctuation || isSymbol }
}

extension String {
    func replacingNewlines() -> String { String(map { $0 == "\n" ? " " : $0 }) }
}
