/// A choice question (a ```` ```quiz ```` block): the learner picks one option, or several
/// for a `quiz multiple`, and every option explains itself once the answer is in.
public struct Quiz: Hashable, Sendable, Identifiable {
    /// Whether exactly one option is right, or any number of them.
    public enum Kind: String, Hashable, Sendable {
        case single, multiple
    }

    /// One answer the learner can pick.
    public struct Option: Hashable, Sendable {
        /// Markdown text of the option.
        public var text: String
        public var isCorrect: Bool
        /// Why this option is right or wrong; shown after answering. May be empty.
        public var explanation: String
        public var location: SourceLocation

        public init(text: String, isCorrect: Bool, explanation: String = "", location: SourceLocation) {
            self.text = text
            self.isCorrect = isCorrect
            self.explanation = explanation
            self.location = location
        }
    }

    public var id: String
    /// Markdown text of the question.
    public var question: String
    public var kind: Kind
    public var options: [Option]
    /// Shown after any answer (`> ` lines after the options). May be empty.
    public var explanation: String
    public var location: SourceLocation

    public init(id: String, question: String, kind: Kind, options: [Option],
                explanation: String = "", location: SourceLocation) {
        self.id = id
        self.question = question
        self.kind = kind
        self.options = options
        self.explanation = explanation
        self.location = location
    }

    /// Indices of the correct options.
    public var correctIndices: Set<Int> {
        Set(options.indices.filter { options[$0].isCorrect })
    }

    /// The label the learner types for option `index`: `a`, `b`, `c`...
    public static func label(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(97 + index))) : String(index + 1)
    }

    /// Reads a typed answer: letters (`b`, `a c`, `a,c`) or 1-based numbers (`2`, `1 3`).
    /// Returns nil when a part names no option or nothing was chosen.
    public func parseSelection(_ answer: String) -> Set<Int>? {
        let parts = answer.lowercased().split { $0 == "," || $0 == " " || $0 == "\t" }
        var picked = Set<Int>()
        for part in parts {
            if let number = Int(part), (1...options.count).contains(number) {
                picked.insert(number - 1)
            } else if part.count == 1, let scalar = part.unicodeScalars.first,
                      scalar.value >= 97, Int(scalar.value) - 97 < options.count {
                picked.insert(Int(scalar.value) - 97)
            } else {
                return nil
            }
        }
        return picked.isEmpty ? nil : picked
    }

    /// Grades a selection of option indices. Out-of-range indices are ignored.
    /// A single-choice quiz answered with several options is wrong.
    public func grade(_ selection: Set<Int>) -> QuizVerdict {
        let picked = selection.filter { options.indices.contains($0) }
        let feedback = options.indices.map { index in
            QuizVerdict.OptionFeedback(index: index, label: Quiz.label(index),
                                       selected: picked.contains(index),
                                       isCorrect: options[index].isCorrect,
                                       explanation: options[index].explanation)
        }
        let right = picked == correctIndices && !picked.isEmpty
        return QuizVerdict(isCorrect: right, options: feedback, explanation: explanation)
    }
}

/// The result of grading a quiz answer: right or wrong, and what each option means.
public struct QuizVerdict: Hashable, Sendable {
    /// How one option relates to the learner's answer.
    public struct OptionFeedback: Hashable, Sendable {
        public var index: Int
        /// `a`, `b`, ...
        public var label: String
        public var selected: Bool
        public var isCorrect: Bool
        public var explanation: String

        /// Picked and correct, or left out and wrong.
        public var isRightChoice: Bool { selected == isCorrect }
    }

    public var isCorrect: Bool
    /// Every option, in order.
    public var options: [OptionFeedback]
    /// The quiz-wide explanation, if any.
    public var explanation: String

    /// The options the learner picked.
    public var selected: [OptionFeedback] { options.filter(\.selected) }
    /// Correct options the learner left out.
    public var missed: [OptionFeedback] { options.filter { $0.isCorrect && !$0.selected } }
    /// Wrong options the learner picked.
    public var wrongPicks: [OptionFeedback] { options.filter { !$0.isCorrect && $0.selected } }
}
