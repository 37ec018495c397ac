import LessonKit
import TerminalKit
import Testing
@testable import TutorApp

/// Whole screens at a fixed size, compared as arrays of strings (ratatui style).
struct ViewTests {
    func screen(_ d: Driver, width: Int = 40, height: Int = 8) -> [String] {
        TutorView.view(d.model, width: width, height: height).map(\.plainText)
    }

    @Test func welcomeScreen() {
        var d = Driver(Fixture.model(interactive: true, size: TerminalSize(rows: 8, columns: 40)))
        d.send(.start(notice: nil))
        #expect(screen(d, height: 12) == [
            " LoopLab            help - Ctrl-D quits ",
            "Welcome to LoopLab: learn Python's",
            "asyncio, one short page at a time.",
            "Lessons",
            "    1. Alpha (alpha-one): 0/4 pages seen",
            "    2. Beta (beta): 0/1 pages seen",
            "Press Enter to start the first lesson,",
            "or type `open N` to pick one.",
            "`help` lists every command. Tab",
            "completes; Ctrl-D leaves.",
            "looplab> ",
            "",
        ])
    }

    @Test func transcriptScrollsAndPromptShowsTypedText() {
        // The model's screen is tall enough for the page (no pager); the view is cut to 8 rows.
        var d = Driver(Fixture.model(interactive: true, size: TerminalSize(rows: 30, columns: 40)))
        d.send(.start(notice: nil))
        d.type("open 2\r")
        d.type("ru")
        let frame = TutorView.frame(d.model, width: 40, height: 8)
        #expect(frame.lines.map(\.plainText) == [
            " LoopLab - Beta - page 1/1              ",
            "",
            "Demo (type run to run it)",
            "",
            "  | print(1)",
            "`run` - Enter: end of course - `back` -",
            "`help`",
            "looplab> ru",
        ])
        #expect(frame.cursor == Position(row: 7, column: 11))
    }

    @Test func pagerScreen() {
        var d = Driver(Fixture.model(interactive: true, size: TerminalSize(rows: 6, columns: 40)))
        d.type("open 1 4\r")
        let lines = screen(d, height: 6)
        #expect(lines.count == 6)
        #expect(lines[0] == "")
        #expect(lines[1] == "Lesson 1/2 - Alpha - page 4/4")
        #expect(lines[5].hasPrefix("-- more ("))
    }

    @Test func completionCandidatesShowAbovePrompt() {
        var d = Driver(Fixture.model(interactive: true, size: TerminalSize(rows: 6, columns: 40)))
        d.type("p")
        d.send(.key(.tab))
        d.send(.key(.tab))
        let lines = screen(d, height: 6)
        #expect(lines == [" LoopLab            help - Ctrl-D quits ", "page  progress", "looplab> p", "", "", ""])
    }
}
