/// Lesson file text -> `Lesson` plus diagnostics. Never fails: a problem becomes a diagnostic
/// and parsing carries on, so one mistake never hides the rest of the file.
///
/// The format (documented for instructors in `Lessons/README.md`):
/// a `---` front-matter header, an optional `# Title`, then one page per `##` heading.
/// Fenced blocks whose info string is `python demo`, `quiz`, `predict` or `exercise`
/// become interactive items; every other fence stays in the page's Markdown.
struct LessonParser {
    let path: String
    let lines: [String]
    let validator: CodeValidator?
    var diagnostics: [LessonDiagnostic] = []
    var header = Header()
    var pages: [PageBuilder] = []
    /// Text before the first `##` heading, which becomes an introduction page.
    var intro: PageBuilder?
    var headingTitle: String?
    var itemIDs: [String: SourceLocation] = [:]

    init(path: String, text: String, validator: CodeValidator?) {
        self.path = path
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        self.validator = validator
    }

    /// Parses `text` (the contents of the file at `path`).
    static func parse(path: String, text: String, validator: CodeValidator? = nil) -> (Lesson, [LessonDiagnostic]) {
        var parser = LessonParser(path: path, text: text, validator: validator)
        let lesson = parser.run()
        return (lesson, parser.diagnostics)
    }

    // MARK: - Driver

    mutating func run() -> Lesson {
        var index = parseHeader()
        while index < lines.count {
            index = parseLine(at: index)
        }
        return finish()
    }

    /// Handles the line at `index` (and, for a fence, the whole block); returns the next index.
    private mutating func parseLine(at index: Int) -> Int {
        let line = lines[index]
        if let fence = Fence(opening: line) {
            return parseFence(fence, at: index)
        }
        if let title = Self.heading(line, level: 2) {
            pages.append(PageBuilder(title: title, location: location(index)))
        } else if pages.isEmpty, intro == nil || intro!.isBlank, headingTitle == nil,
                  let title = Self.heading(line, level: 1) {
            headingTitle = title
        } else {
            appendText(line, at: index)
        }
        return index + 1
    }

    /// Reads a fenced block starting at `start`; returns the index after its closing fence.
    private mutating func parseFence(_ fence: Fence, at start: Int) -> Int {
        var end = start + 1
        while end < lines.count, !fence.isClosed(by: lines[end]) { end += 1 }
        let closed = end < lines.count
        let body = lines[(start + 1)..<end].map { fence.dedent($0) }
        let next = closed ? end + 1 : end
        let kind = classify(fence, at: start)
        if kind != .plain, !closed {
            report(.error, "the ```\(fence.info) block is never closed", at: start, column: fence.indent + 1)
        }
        switch kind {
        case .plain:
            for i in start..<next { appendText(lines[i], at: i) }
        case .demo: addDemo(body, fence: fence, at: start)
        case .quiz(let quizKind): addQuiz(body, kind: quizKind, fence: fence, at: start)
        case .predict: addPrediction(body, fence: fence, at: start)
        case .exercise: addExercise(body, fence: fence, at: start)
        }
        return next
    }

    // MARK: - Pages

    private mutating func appendText(_ line: String, at index: Int) {
        if pages.isEmpty {
            if intro == nil { intro = PageBuilder(title: "", location: location(index)) }
            intro!.appendText(line)
        } else {
            pages[pages.count - 1].appendText(line)
        }
    }

    /// Appends an item to the current page, creating the introduction page when needed.
    mutating func appendItem(_ block: PageBlock) {
        if pages.isEmpty {
            if intro == nil { intro = PageBuilder(title: "", location: location(0)) }
            intro!.append(block)
        } else {
            pages[pages.count - 1].append(block)
        }
    }

    /// The page items are being added to right now.
    var currentPage: PageBuilder? { pages.last ?? intro }

    mutating func withCurrentPage<T>(_ body: (inout PageBuilder) -> T) -> T? {
        if !pages.isEmpty { return body(&pages[pages.count - 1]) }
        if intro != nil { return body(&intro!) }
        return nil
    }

    /// A fresh id for the next item of `kind` on the current page (`page-id.quiz-2`).
    func derivedID(_ kind: String) -> String {
        let page = currentPage
        let count = (page?.blocks.filter { $0.kindName == kind }.count ?? 0) + 1
        return "\(page.map { Self.slug($0.title) } ?? "introduction").\(kind)-\(count)"
    }

    /// Records an item id; reports a duplicate within the lesson.
    mutating func claim(_ id: String, at index: Int) {
        let here = location(index)
        if let first = itemIDs[id] {
            report(.error, "duplicate item id '\(id)' (first used at line \(first.line))", at: index)
        } else {
            itemIDs[id] = here
        }
    }

    private mutating func finish() -> Lesson {
        let stem = Self.fileStem(path)
        let title = header.title ?? headingTitle ?? ""
        if title.isEmpty {
            report(.error, "the lesson has no title: add 'title:' to the header", at: 0)
        }
        var builders = pages
        if let intro, !intro.isBlank {
            var page = intro
            page.title = title.isEmpty ? stem : title
            builders.insert(page, at: 0)
        }
        var used = Set<String>()
        var built: [Page] = []
        for builder in builders {
            if builder.isBlank {
                diagnostics.append(LessonDiagnostic(.warning, "page '\(builder.title)' is empty", at: builder.location))
            }
            var id = builder.title.isEmpty ? "page" : Self.slug(builder.title)
            if used.contains(id) {
                var n = 2
                while used.contains("\(id)-\(n)") { n += 1 }
                id = "\(id)-\(n)"
            }
            used.insert(id)
            built.append(builder.build(id: id))
        }
        if built.isEmpty {
            report(.error, "the lesson has no pages: start each page with a '## ' heading", at: 0)
        }
        var lesson = Lesson(id: header.id ?? stem, title: title.isEmpty ? stem : title,
                            summary: header.summary ?? "", prerequisites: header.requires,
                            pages: built, source: path, location: location(0))
        lesson.prerequisitesLocation = header.requires.isEmpty ? nil : location(header.requiresLine, column: 1)
        return lesson
    }

    // MARK: - Helpers

    func location(_ index: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: path, line: index + 1, column: column)
    }

    mutating func report(_ severity: LessonDiagnostic.Severity, _ message: String, at index: Int, column: Int = 1) {
        diagnostics.append(LessonDiagnostic(severity, message, at: location(index, column: column)))
    }

    /// The text of an ATX heading of exactly `level` (`## Title` -> `Title`), if `line` is one.
    static func heading(_ line: String, level: Int) -> String? {
        let marks = String(repeating: "#", count: level)
        guard line.hasPrefix(marks + " ") || line == marks else { return nil }
        var text = line.dropFirst(level).trimmingSpaces
        while text.hasSuffix("#") { text = String(text.dropLast()).trimmingSpaces }
        return text
    }

    /// `Running Two Things at Once!` -> `running-two-things-at-once`.
    static func slug(_ title: String) -> String {
        var out = ""
        for ch in title.lowercased() {
            if ch.isLetter || ch.isNumber { out.append(ch) } else if !out.hasSuffix("-") { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        while out.hasPrefix("-") { out.removeFirst() }
        return out.isEmpty ? "page" : out
    }

    /// `Lessons/01-coroutines.zh.md` -> `coroutines`: the id a lesson without one falls back to.
    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var stem = name.split(separator: ".").first.map(String.init) ?? name
        if let dash = stem.firstIndex(of: "-"), stem[..<dash].allSatisfy(\.isNumber), !stem[..<dash].isEmpty {
            stem = String(stem[stem.index(after: dash)...])
        }
        return stem
    }
}

/// A page while it is being read.
struct PageBuilder {
    var title: String
    var location: SourceLocation
    var blocks: [PageBlock] = []
    var pendingText: [String] = []

    init(title: String, location: SourceLocation) {
        self.title = title
        self.location = location
    }

    var isBlank: Bool { blocks.isEmpty && pendingText.allSatisfy { $0.trimmingSpaces.isEmpty } }

    mutating func appendText(_ line: String) { pendingText.append(line) }

    mutating func append(_ block: PageBlock) {
        flush()
        blocks.append(block)
    }

    /// Turns pending text lines into a Markdown block, trimming blank lines at both ends.
    mutating func flush() {
        var text = pendingText
        pendingText = []
        while text.first?.trimmingSpaces.isEmpty == true { text.removeFirst() }
        while text.last?.trimmingSpaces.isEmpty == true { text.removeLast() }
        if !text.isEmpty { blocks.append(.markdown(text.joined(separator: "\n"))) }
    }

    func build(id: String) -> Page {
        var copy = self
        copy.flush()
        return Page(id: id, title: title, blocks: copy.blocks, location: location)
    }
}

extension PageBlock {
    /// `demo`, `quiz`, `exercise` or `markdown`: used to derive item ids.
    var kindName: String {
        switch self {
        case .markdown: "markdown"
        case .demo: "demo"
        case .quiz: "quiz"
        case .exercise: "exercise"
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let chars = Array(self)
        var start = 0, end = chars.count
        while start < end, chars[start] == " " || chars[start] == "\t" { start += 1 }
        while end > start, chars[end - 1] == " " || chars[end - 1] == "\t" { end -= 1 }
        return String(chars[start..<end])
    }
}
