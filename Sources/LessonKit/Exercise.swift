/// A code exercise (an ```` ```exercise ```` block): a task, code to start from, what the
/// checker must see, hints revealed one at a time, and a reference solution.
public struct Exercise: Hashable, Sendable, Identifiable {
    public var id: String
    /// Markdown text of the task.
    public var prompt: String
    /// Code the learner starts editing. May be empty.
    public var starter: String
    /// What a passing program must do; the exercise checker (outside LessonKit) runs these.
    public var checks: [ExerciseCheck]
    /// Hints in the order they are revealed.
    public var hints: [String]
    /// A reference solution that passes every check. Lint requires one.
    public var solution: String
    public var location: SourceLocation

    public init(id: String, prompt: String, starter: String = "", checks: [ExerciseCheck] = [],
                hints: [String] = [], solution: String = "", location: SourceLocation) {
        self.id = id
        self.prompt = prompt
        self.starter = starter
        self.checks = checks
        self.hints = hints
        self.solution = solution
        self.location = location
    }

    /// The checks that can be decided from the code alone, applied to `code`:
    /// the messages of those that fail (empty when they all pass).
    public func failedSourceChecks(in code: String) -> [String] {
        checks.compactMap { check in
            switch check {
            case .codeContains(let text) where !code.contains(text):
                "the code must contain `\(text)`"
            case .codeLacks(let text) where code.contains(text):
                "the code must not contain `\(text)`"
            default:
                nil
            }
        }
    }
}

/// One thing an exercise's checker must see.
public enum ExerciseCheck: Hashable, Sendable {
    /// The program prints exactly this (compared like `Prediction.check`).
    case output(String)
    /// The printed output contains this line.
    case outputContains(String)
    /// The source code contains this text (for instance `asyncio.gather`).
    case codeContains(String)
    /// The source code does not contain this text (for instance `time.sleep`).
    case codeLacks(String)
}
