import LessonKit
import TerminalKit
import LoopTrace
import Testing
@testable import TutorApp

/// `Tutor.update` driven by scripted messages: navigation, quizzes, demos, predictions.
struct UpdateTests {
    @Test func startShowsWelcomeAndLessons() {
        var d = Driver()
        d.send(.start(notice: "Your progress file could not be read"))
        #expect(d.text.contains("Welcome to LoopLab"))
        #expect(d.text.contains("Your progress file could not be read"))
        #expect(d.text.contains("1. Alpha (alpha-one): 0/4 pages seen"))
        #expect(d.text.contains("2. Beta (beta): 0/1 pages seen"))
        #expect(d.model.lessonIndex == nil)
    }

    @Test func enterStartsThenTurnsPages() {
        var d = Driver()
        d.send(.start(notice: nil))
        d.lines("")
        #expect(d.model.lessonIndex == 0 && d.model.pageIndex == 0)
        #expect(d.text.contains("Welcome to alpha."))
        d.lines("", "next", "n")
        #expect(d.model.pageIndex == 3)
        d.lines("back")
        #expect(d.model.pageIndex == 2)
        #expect(d.model.progress.current == Progress.Position(lesson: "alpha-one", page: "a-quiz"))
        #expect(d.model.progress.record(for: "alpha-one").pagesSeen.count == 4)
        #expect(d.commands.contains(.saveProgress(d.model.progress)))
    }

    @Test func lastPageMovesToNextLessonAndCourseEnds() {
        var d = Driver()
        d.lines("open 1 4", "next")
        #expect(d.model.lessonIndex == 1)
        #expect(d.text.contains("That was the last page of \"Alpha\""))
        d.lines("next")
        #expect(d.text.contains("end of the course"))
        d.lines("back")
        #expect(d.model.lessonIndex == 0 && d.model.pageIndex == 3)
    }

    @Test func openByIdPrefixAndErrors() {
        var d = Driver()
        d.lines("open be")
        #expect(d.model.lessonIndex == 1)
        d.lines("open 9")
        #expect(d.text.contains("There is no lesson `9`"))
        d.lines("open alpha-one 7")
        #expect(d.text.contains("\"Alpha\" has pages 1–4"))
        d.lines("frobnicate")
        #expect(d.text.contains("Unknown command `frobnicate`"))
        d.lines("open 1")
        d.lines("back")
        #expect(d.text.contains("This is the very first page."))
    }

    @Test func answerRightAndWrongRecordsProgress() {
        var d = Driver()
        d.lines("open 1 3", "answer a")
        #expect(d.text.contains("x Not quite."))
        #expect(d.text.contains("a) wrong (your pick): Not this one."))
        #expect(d.text.contains("b) right: Yes, B."))
        #expect(d.text.contains("Letters are fun."))
        #expect(d.model.progress.record(for: "alpha-one").answers["pick"] == Progress.Answer(selection: [0], correct: false))
        d.lines("answer B")
        #expect(d.text.contains("* Right!"))
        #expect(d.model.progress.record(for: "alpha-one").answers["pick"]?.correct == true)
        d.lines("answer z")
        #expect(d.text.contains("`z` does not name an option"))
        d.lines("answer a b")
        #expect(d.text.contains("this question has one answer"))
    }

    @Test func predictionRightThenRun() {
        var d = Driver()
        d.lines("open 1 2")
        let produced = d.send(.line("run"))
        #expect(produced.isEmpty)
        #expect(d.model.mode == .predicting(demo: 0, lines: []))
        d.lines("hi")
        let run = d.send(.line(""))
        #expect(run == [.saveProgress(d.model.progress), .runDemo(token: 1, code: "print(\"hi\")")])
        #expect(d.model.progress.record(for: "alpha-one").answers["hello"] == Progress.Answer(text: "hi", correct: true))
        d.send(.demoFinished(token: 1, DemoRun(stdout: "hi\n")))
        #expect(d.model.mode == .command)
        #expect(d.text.contains("* Your prediction is right."))
        #expect(d.text.contains("output:\n| hi"))
        // Predicted once: the next run goes straight to the engine.
        #expect(d.send(.line("run")) == [.runDemo(token: 2, code: "print(\"hi\")")])
    }

    /// A demo that ran an event loop is followed by its timeline; a plain one is not.
    @Test func demoWithTasksShowsItsTimeline() {
        var d = Driver()
        d.lines("open 1 2", "run", "")
        let second: Int64 = 1_000_000_000
        let trace = Trace(program: "demo.py", instructionNanos: 25, events: [
            TraceEvent(time: 0, iteration: 0, kind: .taskCreated(task: 1, name: "Task-1", function: "main", site: "demo.py:3", parent: nil)),
            TraceEvent(time: 0, iteration: 0, kind: .handleQueued(handle: 1, task: 1, label: "start Task-1")),
            TraceEvent(time: 0, iteration: 1, kind: .iterationStarted(loop: 1, ready: 1, timers: 0)),
            TraceEvent(time: 0, iteration: 1, kind: .handleStarted(handle: 1)),
            TraceEvent(time: 0, iteration: 1, kind: .taskResumed(task: 1)),
            TraceEvent(time: 0, iteration: 1, kind: .taskSuspended(task: 1, wait: Wait(kind: .sleep, label: "sleep(1)", until: second))),
            TraceEvent(time: 0, iteration: 1, kind: .handleFinished(handle: 1)),
            TraceEvent(time: second, iteration: 2, kind: .clockJumped(to: second)),
            TraceEvent(time: second, iteration: 2, kind: .taskResumed(task: 1)),
            TraceEvent(time: second, iteration: 2, kind: .output(stream: .stdout, text: "hi\n", task: 1, thread: 0)),
            TraceEvent(time: second, iteration: 2, kind: .taskFinished(task: 1, outcome: .returned, detail: "None")),
        ])
        d.send(.demoFinished(token: 1, DemoRun(stdout: "hi\n", trace: trace)))
        #expect(d.text.contains("timeline:"))
        #expect(d.text.contains("Task-1 main()"))
        #expect(d.text.contains("sleep(1)"))
        d.lines("run")
        let before = d.text.components(separatedBy: "timeline:").count
        d.send(.demoFinished(token: 2, DemoRun(stdout: "hi\n", trace: Trace(program: "demo.py", instructionNanos: 25))))
        #expect(d.text.components(separatedBy: "timeline:").count == before, "no tasks, no timeline")
    }

    @Test func predictionWrongShowsBothAndStderrDistinctly() {
        var d = Driver()
        d.lines("open 1 2", "run", "hello", "")
        #expect(d.model.progress.record(for: "alpha-one").answers["hello"]?.correct == false)
        #expect(d.text.contains("x Not quite."))
        #expect(d.text.contains("you predicted:\n| hello"))
        d.send(.demoFinished(token: 1, DemoRun(stdout: "", stderr: "Traceback: boom\n", exitCode: 1)))
        #expect(d.text.contains("errors (stderr):\n| Traceback: boom"))
        #expect(d.text.contains("exit status 1"))
        #expect(d.text.contains("the lesson expects:\n| hi"))
    }

    @Test func emptyPredictionSkipsAndRuns() {
        var d = Driver()
        d.lines("open 1 2", "run")
        #expect(d.send(.line("")) == [.runDemo(token: 1, code: "print(\"hi\")")])
        #expect(d.model.progress.record(for: "alpha-one").answers.isEmpty)
    }

    @Test func runWithoutDemoOrEngine() {
        var d = Driver()
        d.lines("run")
        #expect(d.text.contains("No lesson is open yet"))
        d.lines("open 1", "run")
        #expect(d.text.contains("This page has no demo"))
        var model = Fixture.model()
        model.canRunDemos = false
        var e = Driver(model)
        e.lines("open 1 2", "run", "")
        #expect(e.text.contains("no Python engine"))
        #expect(e.text.contains("the lesson says it prints:\n| hi"))
    }

    @Test func hintsAreProgressiveAndUnlockTheSolution() {
        var d = Driver()
        d.lines("open 1 4")
        #expect(d.text.contains("LoopLab cannot check exercises yet"))
        d.lines("solution")
        #expect(d.text.contains("unlocks after the last hint (2 to go)"))
        d.lines("hint")
        #expect(d.text.contains("Hint 1 of 2: Use print."))
        d.lines("hint")
        #expect(d.text.contains("Hint 2 of 2"))
        #expect(d.text.contains("`solution` is now available"))
        d.lines("hint")
        #expect(d.text.contains("That was the last hint."))
        d.lines("solution")
        #expect(d.text.contains("A reference solution"))
    }

    @Test func resetAsksFirst() {
        var d = Driver()
        d.lines("open 1", "reset")
        #expect(d.model.mode == .confirmingReset)
        d.lines("n")
        #expect(d.text.contains("Reset cancelled"))
        #expect(d.model.progress.current != nil)
        d.lines("reset", "y")
        #expect(d.model.progress == Progress())
        #expect(d.commands.last == .resetProgress)
    }

    @Test func progressAndHelp() {
        var d = Driver()
        d.lines("open 1 3", "answer b", "progress", "help")
        #expect(d.text.contains("~ Alpha: 1/4 pages, 1/1 quizzes right, 0/1 exercises passed  <- you are here"))
        #expect(d.text.contains("answer CHOICE"))
    }

    @Test func quitSavesEverything() {
        var d = Driver()
        d.lines("open 1")
        let produced = d.send(.line("quit"))
        #expect(d.model.quitting)
        #expect(produced == [.saveProgress(d.model.progress), .saveHistory(d.model.history), .quit])
        #expect(d.model.history.entries == ["open 1", "quit"])
        #expect(d.text.hasSuffix(Tutor.farewell))
    }

    @Test func endOfInputQuits() {
        var d = Driver()
        d.send(.endOfInput)
        #expect(d.model.quitting)
        #expect(d.commands.last == .quit)
    }
}
