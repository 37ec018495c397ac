import Foundation
import LessonKit
import LoopTrace
import TerminalKit

// MARK: - Demos, predictions, quizzes, exercises, progress

extension TutorStep {
    /// The open page, or a message saying there is none.
    mutating func requirePage() -> (Lesson, Page)? {
        guard let lesson = model.lesson, let page = model.page else {
            say("No lesson is open yet: press Enter to start, or `open N`.")
            return nil
        }
        return (lesson, page)
    }

    // MARK: Demos

    mutating func run(_ arguments: [String]) {
        guard let (lesson, page) = requirePage() else { return }
        let demos = page.demos
        guard !demos.isEmpty else {
            say("This page has no demo to run.")
            return
        }
        var index = 0
        if let argument = arguments.first {
            guard let number = Int(argument), number >= 1, number <= demos.count else {
                say(demos.count == 1 ? "This page has one demo: just type `run`." : "This page has \(demos.count) demos: `run 1` to `run \(demos.count)`.", .failure)
                return
            }
            index = number - 1
        }
        let demo = demos[index]
        if demo.prediction != nil, model.progress.record(for: lesson.id).answers[demo.id] == nil {
            model.mode = .predicting(demo: index, lines: [])
            say("Predict first: what will this demo print? Type it line by line and finish with an empty line. (An empty first line skips predicting; Ctrl-C cancels.)", .notice)
            return
        }
        startRun(demo: index)
    }

    mutating func finishPrediction(demo index: Int, lines: [String]) {
        model.mode = .command
        guard let (lesson, page) = requirePage(), page.demos.indices.contains(index),
              let prediction = page.demos[index].prediction else { return }
        let demo = page.demos[index]
        if lines.isEmpty {
            say("No prediction this time.", .dim)
        } else {
            let text = lines.joined(separator: "\n")
            let right = prediction.check(text)
            model.progress.recordPrediction(lesson: lesson.id, demo: demo.id, text: text, correct: right)
            saveProgress()
            if right {
                say("\(model.mark("✓", "*")) Your prediction is right.", .success)
            } else {
                say("\(model.mark("✗", "x")) Not quite. Compare what you predicted with what the demo prints:", .failure)
                model.add(.output(label: "you predicted:", text: text, tone: .normal))
            }
        }
        startRun(demo: index)
    }

    mutating func startRun(demo index: Int) {
        guard let (_, page) = requirePage() else { return }
        let demo = page.demos[index]
        guard model.canRunDemos else {
            say("This build of LoopLab has no Python engine, so demos cannot run.", .notice)
            if let prediction = demo.prediction {
                model.add(.output(label: "the lesson says it prints:", text: prediction.expectedOutput, tone: .stdout))
            }
            return
        }
        let token = model.nextRunToken
        model.nextRunToken += 1
        model.mode = .running(token: token, demo: index)
        commands.append(.runDemo(token: token, code: demo.code))
    }

    mutating func demoFinished(token: Int, _ run: DemoRun) {
        guard case .running(let current, let index) = model.mode, current == token else { return }  // cancelled
        model.mode = .command
        model.add(.output(label: "output:", text: run.stdout, tone: .stdout))
        if !run.stderr.isEmpty {
            model.add(.output(label: "errors (stderr):", text: run.stderr, tone: .stderr))
        }
        if run.exitCode != 0 {
            say("The program ended with exit status \(run.exitCode).", .notice)
        }
        if let trace = run.trace, trace.ranTasks {
            model.add(.timeline(trace))
        }
        if let page = model.page, page.demos.indices.contains(index), let prediction = page.demos[index].prediction,
           Prediction.normalize(run.stdout) != Prediction.normalize(prediction.expectedOutput) {
            say("Note: this differs from what the lesson expects, which is shown below. LoopLab's engine may be at fault; please report it.", .notice)
            model.add(.output(label: "the lesson expects:", text: prediction.expectedOutput, tone: .stdout))
        }
    }

    // MARK: Quizzes

    mutating func answer(_ text: String) {
        guard let (lesson, page) = requirePage() else { return }
        let quizzes = page.quizzes
        guard !quizzes.isEmpty else {
            say("This page has no quiz.")
            return
        }
        let record = model.progress.record(for: lesson.id)
        let quiz = quizzes.first { record.answers[$0.id]?.correct != true } ?? quizzes[0]
        let last = Quiz.label(quiz.options.count - 1)
        guard !text.isEmpty else {
            say("Answer with the letter of an option: `answer a` to `answer \(last)`.")
            return
        }
        guard let selection = quiz.parseSelection(text) else {
            say("`\(text)` does not name an option: pick from a to \(last).", .failure)
            return
        }
        let verdict = quiz.grade(selection)
        model.progress.recordQuiz(lesson: lesson.id, quiz: quiz.id, selection: selection, correct: verdict.isCorrect)
        saveProgress()
        if verdict.isCorrect {
            say("\(model.mark("✓", "*")) Right!", .success)
        } else if quiz.kind == .single && selection.count > 1 {
            say("\(model.mark("✗", "x")) Not quite: this question has one answer.", .failure)
        } else {
            say("\(model.mark("✗", "x")) Not quite.", .failure)
        }
        var feedback = ""
        for option in verdict.options {
            let verdictWord = option.isCorrect ? model.mark("✓ right", "right") : model.mark("✗ wrong", "wrong")
            let picked = option.selected ? " (your pick)" : ""
            let why = option.explanation.isEmpty ? "" : ": " + option.explanation.replacingOccurrences(of: "\n", with: " ")
            feedback += "- **\(option.label))** \(verdictWord)\(picked)\(why)\n"
        }
        if !verdict.explanation.isEmpty {
            feedback += "\n" + verdict.explanation
        }
        model.add(.markdown(feedback))
        if !verdict.isCorrect { say("Have another go with `answer ...`, or press Enter to move on.", .dim) }
    }

    // MARK: Exercises

    mutating func hint() {
        guard let (_, page) = requirePage() else { return }
        guard let exercise = page.exercises.first else {
            say("This page has no exercise.")
            return
        }
        guard !exercise.hints.isEmpty else {
            say("This exercise has no hints; `solution` shows a reference solution.")
            return
        }
        let shown = model.hintsShown[exercise.id, default: 0]
        guard shown < exercise.hints.count else {
            say("That was the last hint. Type `solution` to see a reference solution.", .dim)
            return
        }
        model.hintsShown[exercise.id] = shown + 1
        model.add(.markdown("**Hint \(shown + 1) of \(exercise.hints.count)**: " + exercise.hints[shown]))
        if shown + 1 == exercise.hints.count {
            say("That was the last hint; `solution` is now available.", .dim)
        }
    }

    /// The reference solution unlocks once every hint has been shown, or once the exercise passed.
    mutating func solution() {
        guard let (lesson, page) = requirePage() else { return }
        guard let exercise = page.exercises.first else {
            say("This page has no exercise.")
            return
        }
        let shown = model.hintsShown[exercise.id, default: 0]
        let passed = model.progress.record(for: lesson.id).exercisesPassed.contains(exercise.id)
        guard shown >= exercise.hints.count || passed else {
            let left = exercise.hints.count - shown
            say("Not yet: the solution unlocks after the last hint (\(left) to go). Type `hint`.", .notice)
            return
        }
        model.add(.markdown("**A reference solution**\n\n" + PageText.fenced(exercise.solution, language: "python")))
    }

    // MARK: Progress

    mutating func showProgress() {
        say("Your progress", .heading)
        var summary = model.progress.summary(of: model.course)
        if model.ascii {
            summary = summary.replacingOccurrences(of: "✓", with: "x").replacingOccurrences(of: "…", with: "~")
                .replacingOccurrences(of: "←", with: "<-")
        }
        for line in summary.split(separator: "\n", omittingEmptySubsequences: false) { say(String(line)) }
    }

    mutating func resetProgress() {
        model.progress = LessonKit.Progress()
        model.hintsShown = [:]
        commands.append(.resetProgress)
        say("All progress was reset.", .notice)
    }
}

private extension Trace {
    /// Demos that ran tasks get a timeline; plain programs have nothing to draw.
    var ranTasks: Bool {
        events.contains { event in
            if case .taskCreated = event.kind { return true }
            return false
        }
    }
}
