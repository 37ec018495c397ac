/// What the learner has done: saved as versioned JSON by `ProgressStore`.
public struct Progress: Codable, Hashable, Sendable {
    /// The file format version this build writes. A file with a newer version is set aside.
    public static let currentVersion = 1

    /// Where the learner is: a lesson and a page within it (page ids survive edits to other pages).
    public struct Position: Codable, Hashable, Sendable {
        public var lesson: String
        public var page: String

        public init(lesson: String, page: String) {
            self.lesson = lesson
            self.page = page
        }
    }

    /// A recorded answer to a quiz (option indices) or a prediction (text).
    public struct Answer: Codable, Hashable, Sendable {
        /// Chosen option indices for a quiz; empty for a prediction.
        public var selection: [Int]
        /// The typed text for a prediction; nil for a quiz.
        public var text: String?
        public var correct: Bool

        public init(selection: [Int] = [], text: String? = nil, correct: Bool) {
            self.selection = selection
            self.text = text
            self.correct = correct
        }
    }

    /// Everything recorded for one lesson.
    public struct LessonRecord: Codable, Hashable, Sendable {
        /// Ids of the pages the learner has opened.
        public var pagesSeen: Set<String> = []
        /// Latest answer per quiz id or demo id (for predictions).
        public var answers: [String: Answer] = [:]
        /// Ids of exercises that passed their checks.
        public var exercisesPassed: Set<String> = []

        public init() {}
    }

    /// A warning written into the file for anyone who opens it.
    public var note = "LoopLab progress. Edit at your own risk: `looplab reset` starts over."
    public var version = Progress.currentVersion
    /// Where `looplab` resumes; nil before the first lesson.
    public var current: Position?
    /// Records keyed by lesson id.
    public var lessons: [String: LessonRecord] = [:]

    public init() {}

    // MARK: - Recording

    /// Moves the resume point to `page` of `lesson` and marks the page seen.
    public mutating func visit(lesson: String, page: String) {
        current = Position(lesson: lesson, page: page)
        lessons[lesson, default: LessonRecord()].pagesSeen.insert(page)
    }

    /// Records a graded quiz answer.
    public mutating func recordQuiz(lesson: String, quiz: String, selection: Set<Int>, correct: Bool) {
        lessons[lesson, default: LessonRecord()].answers[quiz] = Answer(selection: selection.sorted(), correct: correct)
    }

    /// Records a predict-the-output answer, keyed by the demo's id.
    public mutating func recordPrediction(lesson: String, demo: String, text: String, correct: Bool) {
        lessons[lesson, default: LessonRecord()].answers[demo] = Answer(text: text, correct: correct)
    }

    /// Records an exercise that passed.
    public mutating func recordExercisePassed(lesson: String, exercise: String) {
        lessons[lesson, default: LessonRecord()].exercisesPassed.insert(exercise)
    }

    // MARK: - Reading

    /// The record for `lesson` (empty if the learner never opened it).
    public func record(for lesson: String) -> LessonRecord { lessons[lesson] ?? LessonRecord() }

    /// Whether every page of `lesson` has been seen.
    public func isComplete(_ lesson: Lesson) -> Bool {
        let seen = record(for: lesson.id).pagesSeen
        return !lesson.pages.isEmpty && lesson.pages.allSatisfy { seen.contains($0.id) }
    }

    /// Where to resume in `course`: the saved position when it still exists (a page that
    /// vanished resumes at its lesson's first page), otherwise the first lesson's first page.
    /// Returns (lesson index, page index), or nil for an empty course.
    public func resumePoint(in course: Course) -> (lesson: Int, page: Int)? {
        guard !course.lessons.isEmpty else { return nil }
        guard let current, let lessonIndex = course.index(ofLesson: current.lesson) else { return (0, 0) }
        return (lessonIndex, course.lessons[lessonIndex].pageIndex(id: current.page) ?? 0)
    }

    /// A plain-text summary for `looplab progress`: one line per lesson.
    public func summary(of course: Course) -> String {
        var lines: [String] = []
        for lesson in course.lessons {
            let record = record(for: lesson.id)
            let seen = lesson.pages.filter { record.pagesSeen.contains($0.id) }.count
            let quizzes = lesson.quizzes.map(\.id)
            let right = quizzes.filter { record.answers[$0]?.correct == true }.count
            let exercises = lesson.exercises.map(\.id)
            let passed = exercises.filter { record.exercisesPassed.contains($0) }.count
            let mark = isComplete(lesson) ? "✓" : (seen > 0 ? "…" : " ")
            var line = "\(mark) \(lesson.title): \(seen)/\(lesson.pages.count) pages"
            if !quizzes.isEmpty { line += ", \(right)/\(quizzes.count) quizzes right" }
            if !exercises.isEmpty { line += ", \(passed)/\(exercises.count) exercises passed" }
            if current?.lesson == lesson.id { line += "  ← you are here" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
