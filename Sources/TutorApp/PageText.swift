import Foundation
import LessonKit

/// A lesson page as Markdown for the renderer: its text with demos, quizzes and exercises
/// written out, each saying which command acts on it.
enum PageText {
    static func markdown(page: Page, lesson: Lesson, record: LessonKit.Progress.LessonRecord) -> String {
        var parts = ["## \(page.title)"]
        let demoCount = page.demos.count
        var demoNumber = 0
        for block in page.blocks {
            switch block {
            case .markdown(let text):
                parts.append(text)
            case .demo(let demo):
                demoNumber += 1
                let command = demoCount > 1 ? "run \(demoNumber)" : "run"
                var text = "**Demo** (type `\(command)` to run it)\n\n" + fenced(demo.code, language: "python")
                if demo.prediction != nil {
                    text += record.answers[demo.id] == nil
                        ? "\n\n*Before it runs, you will be asked to predict what it prints.*"
                        : "\n\n*You have already made your prediction for this demo.*"
                }
                parts.append(text)
            case .quiz(let quiz):
                parts.append(quizText(quiz, previous: record.answers[quiz.id]))
            case .exercise(let exercise):
                parts.append(exerciseText(exercise))
            }
        }
        return parts.joined(separator: "\n\n")
    }

    static func quizText(_ quiz: Quiz, previous: LessonKit.Progress.Answer?) -> String {
        let how = quiz.kind == .multiple ? "pick every right option, e.g. `answer a c`" : "answer with `answer a`, `answer b`, ..."
        var text = "**Quiz** (\(how))\n\n\(quiz.question)\n"
        for (index, option) in quiz.options.enumerated() {
            text += "\n- **\(Quiz.label(index)))** \(option.text.replacingOccurrences(of: "\n", with: " "))"
        }
        if let previous {
            let picked = previous.selection.map(Quiz.label).joined(separator: " ")
            text += "\n\n*You answered `\(picked)` before (\(previous.correct ? "right" : "not right")). You can answer again.*"
        }
        return text
    }

    static func exerciseText(_ exercise: Exercise) -> String {
        var text = "**Exercise**\n\n\(exercise.prompt)"
        if !exercise.starter.isEmpty {
            text += "\n\nStart from:\n\n" + fenced(exercise.starter, language: "python")
        }
        let hints = exercise.hints.count
        text += "\n\n*LoopLab cannot check exercises yet: that arrives in a later version. "
        text += "Save your code to a file and try it with `looplab run FILE.py`. "
        if hints > 0 {
            text += "`hint` reveals \(hints == 1 ? "the hint" : "\(hints) hints one at a time"); `solution` unlocks after the last one.*"
        } else {
            text += "`solution` shows a reference solution.*"
        }
        return text
    }

    /// A fenced code block whose fence is longer than any backtick run inside the code.
    static func fenced(_ code: String, language: String) -> String {
        var longest = 0, run = 0
        for c in code {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let body = code.hasSuffix("\n") ? String(code.dropLast()) : code
        return "\(fence)\(language)\n\(body)\n\(fence)"
    }
}
