import Foundation
import Testing
@testable import LessonKit

/// The real lessons in `Lessons/` must load with zero problems and prove the format.
@Suite struct CourseLintTests {
    func realCourse() -> Course {
        LessonLoader().loadCourse(builtin: [], directories: [lessonsFolder])
    }

    @Test func realLessonsHaveNoProblems() {
        let course = realCourse()
        #expect(course.diagnostics.isEmpty, "\(rendered(course.diagnostics).joined(separator: "\n"))")
        #expect(course.lessons.map(\.id) == ["concurrency", "coroutines", "gather-and-tasks"])
    }

    @Test func everyLessonHasADemoAndAQuiz() {
        let course = realCourse()
        for lesson in course.lessons {
            #expect(lesson.pages.count >= 3, "\(lesson.id)")
            #expect(!lesson.demos.isEmpty, "\(lesson.id)")
            #expect(!lesson.quizzes.isEmpty, "\(lesson.id)")
            for quiz in lesson.quizzes {
                #expect(quiz.grade(quiz.correctIndices).isCorrect, "\(quiz.id)")
            }
        }
        #expect(course.lessons.contains { $0.demos.contains { $0.prediction != nil } })
        #expect(course.lessons.contains { !$0.exercises.isEmpty })
    }

    @Test func exerciseStartersDoNotPassTheirCodeChecks() {
        for exercise in realCourse().lessons.flatMap(\.exercises) {
            let hasCodeChecks = exercise.checks.contains { if case .codeContains = $0 { true } else { false } }
            if hasCodeChecks {
                #expect(!exercise.failedSourceChecks(in: exercise.starter).isEmpty, "\(exercise.id)")
            }
        }
    }

    /// The complete example lesson in `Lessons/README.md` must itself be a valid lesson.
    @Test func readmeExampleLessonIsValid() throws {
        let readme = try String(contentsOfFile: lessonsFolder + "/README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "`````markdown\n"))
        let end = try #require(readme.range(of: "\n`````", range: start.upperBound..<readme.endIndex))
        let example = String(readme[start.upperBound..<end.lowerBound])
        let real = LessonLoader.readFiles(at: [lessonsFolder]).0
        let course = LessonLoader().load(layers: [real, [LessonFile(path: "90-example.md", text: example)]])
        #expect(course.diagnostics.isEmpty, "\(rendered(course.diagnostics).joined(separator: "\n"))")
        let lesson = try #require(course.lesson(id: "sleep-basics"))
        #expect(lesson.pages.count == 4)
        #expect(lesson.demos.first?.prediction?.expectedOutput == "short woke up\nlong woke up")
        #expect(lesson.exercises.first?.hints.count == 1)
    }
}
