import Foundation
import LessonKit
import TerminalKit
import Testing
@testable import TutorApp

/// `TutorProgram` against a `FakeTerminal`: line-by-line driving, the raw-terminal loop,
/// and progress that survives a restart.
struct ProgramTests {
    func program(_ terminal: FakeTerminal, store: ProgressStore?, history: String? = nil,
                 runner: (any DemoRunner)? = FakeDemoRunner(fallback: DemoRun(stdout: "hi\n"))) -> TutorProgram {
        let loaded = store?.load()
        var model = TutorModel(course: Fixture.course, progress: loaded?.progress ?? Progress(),
                               interactive: terminal.isTTY, ascii: true, size: terminal.size)
        model.theme = .plain
        return TutorProgram(model: model, terminal: terminal, colorMode: .none, store: store,
                            historyPath: history, runner: runner, runDemosInBackground: false)
    }

    @Test func lineByLineWithoutATerminal() {
        let terminal = FakeTerminal(isTTY: false)
        terminal.type("open 1 2\nrun\nhi\n\nnext\nanswer b\n")
        let tutor = program(terminal, store: nil)
        tutor.run()
        let out = terminal.output
        #expect(!out.contains("\u{1B}"))
        #expect(out.contains("Welcome to LoopLab"))
        #expect(out.contains("* Your prediction is right.\noutput:\n| hi\n"))
        #expect(out.contains("* Right!"))
        #expect(out.hasSuffix(Tutor.farewell + "\n"))
        #expect(!out.contains("looplab> "))
        #expect(tutor.model.quitting)
    }

    @Test func linesSplitAcrossReadsAndCRLF() {
        let terminal = FakeTerminal(isTTY: false)
        terminal.input = [.bytes(Array("op".utf8)), .bytes(Array("en 2\r\nprog".utf8)), .bytes(Array("ress".utf8))]
        let tutor = program(terminal, store: nil)
        tutor.run()
        #expect(tutor.model.lessonIndex == 1)
        #expect(terminal.output.contains("Your progress"))
    }

    @Test func progressPersistsAcrossRunsAndResumes() throws {
        let folder = Fixture.temporaryDirectory()
        let store = ProgressStore(url: folder.appendingPathComponent("looplab/progress.json"))
        let history = folder.appendingPathComponent("looplab/history").path
        let first = FakeTerminal(isTTY: false)
        first.type("open 1 3\nanswer b\nquit\n")
        program(first, store: store, history: history).run()

        let saved = store.load().progress
        #expect(saved.current == Progress.Position(lesson: "alpha-one", page: "a-quiz"))
        #expect(saved.record(for: "alpha-one").answers["pick"]?.correct == true)
        #expect(History.load(from: history).entries == ["open 1 3", "answer b", "quit"])

        let second = FakeTerminal(isTTY: false)
        second.type("\n")
        let tutor = program(second, store: store)
        tutor.run()
        #expect(second.output.contains("Welcome back! You were reading \"A quiz\" in \"Alpha\""))
        #expect(tutor.model.lessonIndex == 0 && tutor.model.pageIndex == 2)
        #expect(second.output.contains("You answered b before (right)"))
    }

    @Test func corruptProgressIsSetAsideWithANotice() throws {
        let folder = Fixture.temporaryDirectory()
        let url = folder.appendingPathComponent("progress.json")
        try Data("{ not json".utf8).write(to: url)
        let store = ProgressStore(url: url)
        let loaded = store.load()
        #expect(loaded.notice != nil)
        let terminal = FakeTerminal(isTTY: false)
        terminal.type("open 2\n")
        let model = TutorModel(course: Fixture.course, progress: loaded.progress, interactive: false, ascii: true)
        TutorProgram(model: model, terminal: terminal, colorMode: .none, store: store, historyPath: nil,
                     runner: nil, runDemosInBackground: false).run(notice: loaded.notice)
        #expect(terminal.output.contains("moved it to"))
        #expect(store.load().progress.current?.lesson == "beta")
    }

    @Test func interactiveLoopDrawsFramesAndRestoresTheScreen() {
        let terminal = FakeTerminal(size: TerminalSize(rows: 30, columns: 60), isTTY: true)
        terminal.type("open 2\r")
        terminal.type("run\r")
        terminal.input.append(.bytes([0x04]))  // Ctrl-D
        let tutor = program(terminal, store: nil)
        tutor.run()
        let out = terminal.output
        #expect(out.hasPrefix(ANSI.enterAlternateScreen))
        #expect(out.contains("print(1)"))
        #expect(out.contains("hi"))
        #expect(out.hasSuffix(ANSI.restoreAll + Tutor.farewell + "\n"))
        #expect(tutor.model.quitting)
        // Frames are written whole: one write per frame, no partial draws.
        #expect(terminal.writes.count < 12)
    }

    @Test func interactiveResizeRedrawsAtTheNewSize() {
        let terminal = FakeTerminal(size: TerminalSize(rows: 10, columns: 50), isTTY: true)
        terminal.type("help\r")
        let tutor = program(terminal, store: nil)
        terminal.whenInputRunsOut = .endOfInput
        tutor.dispatch(.resize(TerminalSize(rows: 12, columns: 30)))
        #expect(tutor.model.size == TerminalSize(rows: 12, columns: 30))
        tutor.run()
        #expect(terminal.output.contains(ANSI.eraseScreen))
    }

    @Test func saveFailureIsReportedOnce() throws {
        let folder = Fixture.temporaryDirectory()
        let blocker = folder.appendingPathComponent("file")
        try Data().write(to: blocker)
        let store = ProgressStore(url: blocker.appendingPathComponent("progress.json"))  // a folder that is a file
        let terminal = FakeTerminal(isTTY: false)
        terminal.type("open 1\nnext\n")
        program(terminal, store: store).run()
        let count = terminal.output.components(separatedBy: "Could not save your progress").count - 1
        #expect(count == 1)
    }
}
