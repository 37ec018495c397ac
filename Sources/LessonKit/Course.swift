/// Every lesson the learner can take, in order, plus every problem found while loading them.
public struct Course: Hashable, Sendable {
    /// Lessons ordered by file name (`01-...`, `02-...`).
    public var lessons: [Lesson]
    /// Problems from every file, sorted by location. Lessons load even when some have errors.
    public var diagnostics: [LessonDiagnostic]

    public init(lessons: [Lesson] = [], diagnostics: [LessonDiagnostic] = []) {
        self.lessons = lessons
        self.diagnostics = diagnostics
    }

    /// The lesson with `id`, if any.
    public func lesson(id: String) -> Lesson? { lessons.first { $0.id == id } }

    /// The position of the lesson with `id`, if any.
    public func index(ofLesson id: String) -> Int? { lessons.firstIndex { $0.id == id } }

    /// Whether any diagnostic is an error (what makes `looplab lint` exit non-zero).
    public var hasErrors: Bool { diagnostics.containsErrors }
}
