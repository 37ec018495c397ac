import LessonKit
import TerminalKit
import Testing
@testable import TutorApp

/// The interactive side: key events through the line editor, Tab, Ctrl-C, Ctrl-D, the pager.
struct KeyTests {
    @Test func typedCommandIsEchoedAndRun() {
        var d = Driver(Fixture.model(interactive: true))
        d.type("open 2\r")
        #expect(d.model.lessonIndex == 1)
        #expect(d.text.contains("looplab> open 2"))
        #expect(d.model.history.entries == ["open 2"])
    }

    @Test func tabCompletesCommandsAndLessonIDs() {
        var d = Driver(Fixture.model(interactive: true))
        d.type("op")
        d.send(.key(.tab))
        #expect(d.model.editor.text == "open")
        d.type(" alpha-o")
        d.send(.key(.tab))
        #expect(d.model.editor.text == "open alpha-one")
        #expect(TutorCommandTable.completions(line: "p", cursor: 1, lessonIDs: []) == ["page", "progress"])
        #expect(TutorCommandTable.completions(line: "open alpha-", cursor: 11, lessonIDs: ["alpha-one", "beta"]) == ["one"])
    }

    @Test func editingKeysAndHistoryRecall() {
        var d = Driver(Fixture.model(interactive: true))
        d.type("help\r")
        d.type("xyz")
        d.send(.key(.control("a")))
        d.send(.key(.control("k")))
        #expect(d.model.editor.text == "")
        d.send(.key(.up))
        #expect(d.model.editor.text == "help")
        d.send(.key(.control("w")))
        #expect(d.model.editor.text == "")
    }

    @Test func ctrlCClearsLineThenExplains() {
        var d = Driver(Fixture.model(interactive: true))
        d.type("open")
        d.send(.key(.control("c")))
        #expect(d.model.editor.text == "")
        #expect(!d.model.quitting)
        d.send(.key(.control("c")))
        #expect(d.text.contains("To leave, type `quit` or press Ctrl-D"))
    }

    @Test func ctrlCCancelsPredictionAndRunningDemo() {
        var d = Driver(Fixture.model(interactive: true))
        d.type("open 1 2\rrun\r")
        #expect(d.model.mode == .predicting(demo: 0, lines: []))
        d.send(.key(.control("c")))
        #expect(d.model.mode == .command)
        #expect(d.text.contains("Prediction cancelled"))
        d.type("run\r\r")
        #expect(d.model.mode == .running(token: 1, demo: 0))
        d.send(.key(.character("x")))
        #expect(d.model.mode == .running(token: 1, demo: 0))
        d.send(.key(.control("c")))
        #expect(d.text.contains("Demo cancelled."))
        let before = d.model.transcript.count
        d.send(.demoFinished(token: 1, DemoRun(stdout: "late\n")))
        #expect(d.model.transcript.count == before)
    }

    @Test func ctrlDLeavesOnlyOnAnEmptyLine() {
        var d = Driver(Fixture.model(interactive: true))
        d.type("ab")
        d.send(.key(.left))
        d.send(.key(.control("d")))
        #expect(d.model.editor.text == "a")
        #expect(!d.model.quitting)
        d.send(.key(.control("u")))
        d.send(.key(.control("d")))
        #expect(d.model.quitting)
        #expect(d.commands.last == .quit)
    }

    @Test func longPagesOpenThePager() {
        var d = Driver(Fixture.model(interactive: true, size: TerminalSize(rows: 8, columns: 40)))
        d.type("open 1 4\r")
        guard case .paging(let pager) = d.model.mode else {
            Issue.record("expected the pager, got \(d.model.mode)")
            return
        }
        #expect(pager.top == 0)
        d.send(.key(.character(" ")))
        guard case .paging(let scrolled) = d.model.mode else { return }
        #expect(scrolled.top == 7)
        d.send(.resize(TerminalSize(rows: 10, columns: 30)))
        guard case .paging(let resized) = d.model.mode else { return }
        #expect(resized.top == 7 && resized.height == 10)
        d.send(.key(.character("q")))
        #expect(d.model.mode == .command)
    }

    @Test func linesModeNeverPages() {
        var d = Driver(Fixture.model(interactive: false, size: TerminalSize(rows: 5, columns: 40)))
        d.lines("open 1 4")
        #expect(d.model.mode == .command)
    }
}
