import Foundation
import Testing
@testable import TerminalKit

/// Types each character of `text` as a key.
private func keys(_ text: String) -> [KeyEvent] { text.map { .character($0) } }

@Suite struct LineEditorTests {
    /// Runs keys through a fresh editor and returns it with the last action.
    private func run(_ keys: [KeyEvent], editor: LineEditor = LineEditor()) -> (LineEditor, LineEditAction) {
        var editor = editor
        var last = LineEditAction.none
        for key in keys { last = editor.handle(key) }
        return (editor, last)
    }

    @Test func typingAndSubmitting() {
        let (editor, action) = run(keys("print(1)") + [.enter])
        #expect(action == .submit("print(1)"))
        #expect(editor.state.text == "")
        #expect(editor.history.entries == ["print(1)"])
    }

    @Test func cursorMovementAndInsertion() {
        let (editor, _) = run(keys("ac") + [.left] + keys("b") + [.home] + keys(">") + [.end] + keys("!")
                              + [.control("a"), .control("f"), .control("f"), .control("b")] + keys("_"))
        #expect(editor.state.text == ">_abc!")
        #expect(editor.state.cursor == 2)
    }

    @Test func movingPastEitherEndRingsTheBell() {
        #expect(run([.left]).1 == .bell)
        #expect(run(keys("a") + [.right]).1 == .bell)
        #expect(run([.backspace]).1 == .bell)
    }

    @Test func backspaceAndDelete() {
        let (editor, _) = run(keys("abcd") + [.left, .left, .backspace, .delete])
        #expect(editor.state.text == "ad")
        #expect(editor.state.cursor == 1)
        let (atEnd, action) = run(keys("ab") + [.control("d")])
        #expect(action == .bell, "Ctrl-D at the end of a non-empty line deletes nothing")
        #expect(atEnd.state.text == "ab")
        let (_, deleted) = run(keys("ab") + [.home, .control("d")])
        #expect(deleted == .redraw)
    }

    @Test func ctrlDOnEmptyLineIsEndOfFileAndCtrlCCancels() {
        #expect(run([.control("d")]).1 == .endOfFile)
        let (editor, action) = run(keys("await x") + [.control("c")])
        #expect(action == .cancel)
        #expect(editor.state == LineEditState())
        #expect(editor.history.entries.isEmpty)
    }

    @Test func killCommandsAndYank() {
        var (editor, _) = run(keys("await asyncio.sleep(1)") + [.left, .left, .left, .control("k")])
        #expect(editor.state.text == "await asyncio.sleep")
        (editor, _) = run([.control("w")], editor: editor)
        #expect(editor.state.text == "await ")
        (editor, _) = run([.control("y")], editor: editor)
        #expect(editor.state.text == "await asyncio.sleep")
        (editor, _) = run([.left, .left, .left, .left, .left, .control("u")], editor: editor)
        #expect(editor.state.text == "sleep")
        #expect(editor.state.cursor == 0)
    }

    @Test func ctrlWSkipsTrailingSpacesAndAltBackspaceStopsAtPunctuation() {
        var (editor, _) = run(keys("foo bar  ") + [.control("w")])
        #expect(editor.state.text == "foo ")
        (editor, _) = run(keys("asyncio.sleep") + [.modified(.backspace, .alt)])
        #expect(editor.state.text == "asyncio.")
    }

    @Test func wordMovement() {
        let (editor, _) = run(keys("one two three") + [.alt("b"), .alt("b")])
        #expect(editor.state.cursor == 4)
        let (forward, _) = run([.modified(.right, .control)], editor: editor)
        #expect(forward.state.cursor == 7)
    }

    @Test func ctrlLAsksForAClearScreen() {
        let (editor, action) = run(keys("x") + [.control("l")])
        #expect(action == .clearScreen)
        #expect(editor.state.text == "x")
    }

    @Test func controlCharactersAreNeverInserted() {
        let (editor, _) = run([.character("\u{1B}"), .paste("a\tb\r\nc\u{07}")])
        #expect(editor.state.text == "a b c")
    }

    @Test func combiningMarkJoinsThePreviousCharacter() {
        let (editor, _) = run(keys("e") + [.character("\u{301}")])
        #expect(editor.state.buffer == ["é"])
        #expect(editor.state.cursor == 1)
    }

    // MARK: History

    @Test func historyNavigationKeepsTheDraft() {
        let history = History(entries: ["first", "second"])
        var (editor, _) = run(keys("dra") + [.up], editor: LineEditor(history: history))
        #expect(editor.state.text == "second")
        (editor, _) = run([.up], editor: editor)
        #expect(editor.state.text == "first")
        #expect(run([.up], editor: editor).1 == .bell)
        (editor, _) = run([.down, .down], editor: editor)
        #expect(editor.state.text == "dra")
        #expect(editor.state.cursor == 3)
        #expect(run([.down], editor: editor).1 == .bell)
    }

    @Test func submittingARecalledEntryDoesNotDuplicateIt() {
        let (editor, action) = run([.up, .enter], editor: LineEditor(history: History(entries: ["x = 1"])))
        #expect(action == .submit("x = 1"))
        #expect(editor.history.entries == ["x = 1"])
    }

    // MARK: Completion

    private let names = ["asyncio.gather", "asyncio.get_event_loop", "asyncio.get_running_loop", "asyncio.sleep", "print"]
    private func completingEditor() -> LineEditor {
        let names = self.names
        return LineEditor(completer: { line, cursor in
            let chars = Array(line)
            let start = LineEditor.completionWordStart(before: cursor, in: chars)
            let word = String(chars[start..<cursor])
            return names.filter { $0.hasPrefix(word) }
        })
    }

    @Test func singleMatchCompletes() {
        let (editor, action) = run(keys("await asyncio.sl") + [.tab], editor: completingEditor())
        #expect(action == .redraw)
        #expect(editor.state.text == "await asyncio.sleep")
    }

    @Test func severalMatchesCompleteTheCommonPrefixThenListOnSecondTab() {
        var (editor, action) = run(keys("x = asyncio.ge") + [.tab], editor: completingEditor())
        #expect(action == .redraw)
        #expect(editor.state.text == "x = asyncio.get_")
        (editor, action) = run([.tab], editor: editor)
        #expect(action == .bell)
        #expect(editor.state.tabPending)
        (editor, action) = run([.tab], editor: editor)
        #expect(action == .showCompletions(["asyncio.get_event_loop", "asyncio.get_running_loop"]))
        #expect(editor.state.text == "x = asyncio.get_")
    }

    @Test func secondTabListsCandidatesUntilTheNextKey() {
        var (editor, action) = run(keys("asyncio.") + [.tab, .tab], editor: completingEditor())
        #expect(action == .showCompletions(["asyncio.gather", "asyncio.get_event_loop", "asyncio.get_running_loop", "asyncio.sleep"]))
        #expect(editor.state.completionCandidates.count == 4)
        (editor, action) = run(keys("s"), editor: editor)
        #expect(editor.state.completionCandidates.isEmpty)
        #expect(!editor.state.tabPending)
    }

    @Test func tabWithoutMatchesRingsTheBell() {
        #expect(run(keys("zzz") + [.tab], editor: completingEditor()).1 == .bell)
        #expect(run(keys("zzz") + [.tab]).1 == .bell, "no completer")
    }
}

@Suite struct LineRenderTests {
    @Test func cursorColumnCountsWideCharacters() {
        var state = LineEditState(text: "中文ab")
        #expect(state.render(prompt: ">>> ", width: 80).cursorColumn == 4 + 6)
        state.cursor = 1
        #expect(state.render(prompt: ">>> ", width: 80).cursorColumn == 4 + 2)
        #expect(state.render(prompt: "中> ", width: 80).cursorColumn == 4 + 2)
    }

    @Test func shortLinesAreShownWhole() {
        let render = LineEditState(text: "print(1)").render(prompt: ">>> ", width: 20)
        #expect(render.plainText == ">>> print(1)")
        #expect(render.cursorColumn == 12)
    }

    @Test func longLinesScrollHorizontallyToKeepTheCursorVisible() {
        var state = LineEditState(text: "abcdefghijklmnop")
        // 4 prompt columns + 6 for text.
        var render = state.render(prompt: "> : ", width: 10)
        #expect(render.visibleText == "lmnop")
        #expect(render.cursorColumn == 9)
        state.cursor = 0
        render = state.render(prompt: "> : ", width: 10)
        #expect(render.visibleText == "abcdef")
        #expect(render.cursorColumn == 4)
    }

    @Test func scrollingNeverSplitsAWideCharacter() {
        var state = LineEditState(text: "中文字符")
        state.cursor = 3
        let render = state.render(prompt: "", width: 5)
        #expect(render.visibleText == "字符", "中 and 文 scroll off; the cursor on 符 needs two columns")
        #expect(render.cursorColumn == 2)
        #expect(DisplayWidth.of(render.visibleText) <= 5)
    }

    @Test func refreshSequenceIsOneWrite() {
        let render = LineEditState(text: "x").render(prompt: StyledLine([StyledSpan(">>> ", Style(foreground: .green))]), width: 80)
        #expect(render.refreshSequence(mode: .ansi16) == "\r\u{1B}[0;32m>>> \u{1B}[0mx\u{1B}[K\r\u{1B}[5C")
        #expect(render.refreshSequence(mode: .none) == "\r>>> x\u{1B}[K\r\u{1B}[5C")
    }
}

@Suite struct HistoryTests {
    private func temporaryPath() -> String {
        NSTemporaryDirectory() + "looplab-history-\(UUID().uuidString)/history"
    }

    @Test func dedupesConsecutiveAndSkipsBlank() {
        var history = History()
        for line in ["a", "a", "  ", "b", "a", ""] { history.add(line) }
        #expect(history.entries == ["a", "b", "a"])
    }

    @Test func maxSizeDropsTheOldest() {
        var history = History(maxSize: 3)
        for line in ["1", "2", "3", "4"] { history.add(line) }
        #expect(history.entries == ["2", "3", "4"])
    }

    @Test func roundTripThroughAFile() throws {
        let path = temporaryPath()
        let history = History(entries: ["print('a\\nb')", "line\nbreak", "中文", "back\\slash"])
        try history.save(to: path)
        #expect(History.load(from: path) == history)
        let files = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(files == ["history"], "no temporary file is left behind")
    }

    @Test func missingFileIsEmpty() {
        #expect(History.load(from: temporaryPath()).entries.isEmpty)
    }

    @Test func corruptFileKeepsWhatIsReadable() throws {
        let path = temporaryPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var bytes = Array("good\n".utf8)
        bytes += [0xFF, 0xFE, 0x0A, 0x00, 0x01, 0x0A]
        bytes += Array("also good\r\ntrailing\\".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let history = History.load(from: path, maxSize: 10)
        #expect(history.entries == ["good", "\u{FFFD}\u{FFFD}", "also good", "trailing\\"])
    }

    @Test func loadRespectsMaxSize() throws {
        let path = temporaryPath()
        try History(entries: ["1", "2", "3"]).save(to: path)
        #expect(History.load(from: path, maxSize: 2).entries == ["2", "3"])
    }
}
