import Testing
@testable import LessonKit

@Suite struct QuizTests {
    let here = SourceLocation(file: "q.md", line: 1)

    func quiz(_ kind: Quiz.Kind, correct: Set<Int>) -> Quiz {
        Quiz(id: "q", question: "?", kind: kind, options: (0..<3).map {
            Quiz.Option(text: "o\($0)", isCorrect: correct.contains($0), explanation: "why \($0)", location: here)
        }, location: here)
    }

    @Test func singleChoice() {
        let q = quiz(.single, correct: [1])
        let right = q.grade([1])
        #expect(right.isCorrect)
        #expect(right.options.map(\.explanation) == ["why 0", "why 1", "why 2"])
        #expect(right.selected.map(\.label) == ["b"])
        let wrong = q.grade([0])
        #expect(!wrong.isCorrect)
        #expect(wrong.wrongPicks.map(\.index) == [0])
        #expect(wrong.missed.map(\.index) == [1])
        #expect(!q.grade([0, 1]).isCorrect)
        #expect(!q.grade([]).isCorrect)
    }

    @Test func multipleChoiceNeedsExactlyTheCorrectSet() {
        let q = quiz(.multiple, correct: [0, 2])
        #expect(q.grade([0, 2]).isCorrect)
        #expect(!q.grade([0]).isCorrect)
        #expect(!q.grade([0, 1, 2]).isCorrect)
        #expect(q.grade([0, 2, 9]).isCorrect, "out-of-range indices are ignored")
    }

    @Test func parsingTypedAnswers() {
        let q = quiz(.multiple, correct: [0])
        #expect(q.parseSelection("b") == [1])
        #expect(q.parseSelection("A, c") == [0, 2])
        #expect(q.parseSelection("1 3") == [0, 2])
        #expect(q.parseSelection("d") == nil)
        #expect(q.parseSelection("4") == nil)
        #expect(q.parseSelection("  ") == nil)
        #expect(Quiz.label(0) == "a" && Quiz.label(25) == "z")
    }
}
