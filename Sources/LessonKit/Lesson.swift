/// One lesson file turned into a model: a header plus the pages a learner steps through.
public struct Lesson: Hashable, Sendable, Identifiable {
    /// Stable identifier from the header (`id:`); progress and prerequisites refer to it.
    public var id: String
    public var title: String
    /// One-line description for lesson lists; empty when the header has none.
    public var summary: String
    /// Ids of lessons a learner should finish first (`requires:` in the header).
    public var prerequisites: [String]
    public var pages: [Page]
    /// Path of the file the lesson came from, as given to the loader.
    public var source: String
    /// Where the header starts (line 1 of the file).
    public var location: SourceLocation
    /// Translated versions keyed by language code (`zh` for `NAME.zh.md`).
    public var translations: [String: Lesson]
    /// Where the header's `requires:` line is, for reporting a prerequisite that names no lesson.
    public var prerequisitesLocation: SourceLocation?

    public init(id: String, title: String, summary: String = "", prerequisites: [String] = [],
                pages: [Page] = [], source: String, location: SourceLocation? = nil,
                translations: [String: Lesson] = [:]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.prerequisites = prerequisites
        self.pages = pages
        self.source = source
        self.location = location ?? SourceLocation(file: source, line: 1)
        self.translations = translations
    }

    /// The lesson in `language` when a translation exists, otherwise the lesson itself.
    public func localized(_ language: String?) -> Lesson {
        guard let language else { return self }
        if let exact = translations[language] { return exact }
        // "zh_CN.UTF-8" or "zh-CN" fall back to "zh".
        let base = String(language.prefix { $0.isLetter })
        return translations[base] ?? self
    }

    /// The index of the page with `id`, if any.
    public func pageIndex(id: String) -> Int? { pages.firstIndex { $0.id == id } }

    /// Every quiz in the lesson, in page order.
    public var quizzes: [Quiz] { pages.flatMap(\.quizzes) }
    /// Every demo in the lesson, in page order.
    public var demos: [Demo] { pages.flatMap(\.demos) }
    /// Every exercise in the lesson, in page order.
    public var exercises: [Exercise] { pages.flatMap(\.exercises) }
}
