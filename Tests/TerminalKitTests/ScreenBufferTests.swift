import Testing
@testable import TerminalKit

@Suite struct ScreenBufferTests {
    private let red = Style(foreground: .red)

    @Test func writeClipsAtTheRightEdgeAndToMaxWidth() {
        var buffer = ScreenBuffer(width: 6, height: 2)
        let end = buffer.write("hello world", at: Position(row: 0, column: 2))
        buffer.write("abcdef", at: Position(row: 1, column: 1), maxWidth: 3)
        buffer.write("ignored", at: Position(row: 5, column: 0))
        #expect(end == 6)
        #expect(buffer.lines == ["  hell", " abc  "])
    }

    @Test func wideCharactersTakeTwoCells() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("a中b", at: Position(row: 0, column: 0))
        #expect(buffer[0, 1] == Cell("中"))
        #expect(buffer[0, 2].isContinuation)
        #expect(buffer[0, 3] == Cell("b"))
        #expect(buffer.lines == ["a中b  "])
    }

    @Test func wideCharacterThatDoesNotFitLeavesABlank() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("abc中", at: Position(row: 0, column: 0))
        #expect(buffer.lines == ["abc "])
        #expect(!buffer.cells.contains { $0.isContinuation })
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(lines: ["中文字"], width: 6)
        buffer.write("x", at: Position(row: 0, column: 1))   // right half of 中
        buffer.write("y", at: Position(row: 0, column: 2))   // left half of 文
        #expect(buffer.lines == [" xy 字"])
        var shifted = ScreenBuffer(lines: ["中文字"], width: 6)
        shifted.write("日", at: Position(row: 0, column: 1))  // straddles 中 and 文
        #expect(shifted.lines == [" 日 字"])
    }

    @Test func controlCharactersNeverLandInCells() {
        var buffer = ScreenBuffer(width: 8, height: 1)
        buffer.write("a\u{1B}[2Jb", at: Position(row: 0, column: 0))
        #expect(buffer.lines == ["a^[[2Jb "])
    }

    @Test func negativeColumnsClipOnTheLeft() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("中abc", at: Position(row: 0, column: -1))
        #expect(buffer.lines == [" abc"])
    }

    // MARK: Diff

    @Test func identicalFramesProduceNothing() {
        let frame = ScreenBuffer(lines: ["abc", "def"], width: 3)
        #expect(ScreenBuffer.diff(from: frame, to: frame, mode: .ansi256) == "")
    }

    @Test func oneChangedCellIsOneMoveAndOneCharacter() {
        let before = ScreenBuffer(lines: ["abc", "def"], width: 3)
        var after = before
        after.write("X", at: Position(row: 1, column: 2))
        #expect(ScreenBuffer.diff(from: before, to: after, mode: .ansi16) == "\u{1B}[2;3HX")
    }

    @Test func adjacentChangesShareOneCursorMove() {
        let before = ScreenBuffer(lines: ["abcdef"], width: 6)
        var after = before
        after.write("XY", at: Position(row: 0, column: 1))
        after.write("Z", at: Position(row: 0, column: 5))
        #expect(ScreenBuffer.diff(from: before, to: after, mode: .ansi16) == "\u{1B}[1;2HXY\u{1B}[1;6HZ")
    }

    @Test func styleIsEmittedOnlyWhenItChangesAndResetAtTheEnd() {
        let before = ScreenBuffer(width: 4, height: 1)
        var after = before
        after.write("ab", style: red, at: Position(row: 0, column: 0))
        after.write("c", at: Position(row: 0, column: 2))
        #expect(ScreenBuffer.diff(from: before, to: after, mode: .ansi16) == "\u{1B}[1;1H\u{1B}[0;31mab\u{1B}[0mc")
        #expect(ScreenBuffer.diff(from: before, to: after, mode: .none) == "\u{1B}[1;1Habc")
        var styledEnd = before
        styledEnd.write("z", style: red, at: Position(row: 0, column: 3))
        #expect(ScreenBuffer.diff(from: before, to: styledEnd, mode: .ansi256) == "\u{1B}[1;4H\u{1B}[0;31mz\u{1B}[0m")
    }

    @Test func styleOnlyChangeRedrawsTheCell() {
        let before = ScreenBuffer(lines: ["ab"], width: 2)
        var after = before
        after.write("b", style: red, at: Position(row: 0, column: 1))
        #expect(ScreenBuffer.diff(from: before, to: after, mode: .ansi16) == "\u{1B}[1;2H\u{1B}[0;31mb\u{1B}[0m")
    }

    @Test func wideCharacterIsWrittenOnceAndAdvancesTheCursorTwo() {
        let before = ScreenBuffer(lines: ["abcde"], width: 5)
        var after = before
        after.write("中x", at: Position(row: 0, column: 1))
        #expect(ScreenBuffer.diff(from: before, to: after, mode: .ansi16) == "\u{1B}[1;2H中x")
    }

    @Test func replacingAWideCharacterWithNarrowOnesRewritesBothCells() {
        let before = ScreenBuffer(lines: ["中b"], width: 3)
        let after = ScreenBuffer(lines: ["xyb"], width: 3)
        #expect(ScreenBuffer.diff(from: before, to: after, mode: .ansi16) == "\u{1B}[1;1Hxy")
    }

    @Test func applyingTheDiffReproducesTheNextFrame() {
        // Replays the diff on a tiny terminal model that understands CUP and text.
        let before = ScreenBuffer(lines: ["hello", "world", "中文 ok"], width: 7)
        let after = ScreenBuffer(lines: ["help!", "world", "ok 中文"], width: 7)
        var screen = before
        var cursor = Position(row: 0, column: 0)
        var rest = Substring(ScreenBuffer.diff(from: before, to: after, mode: .none))
        while !rest.isEmpty {
            if rest.hasPrefix("\u{1B}[") {
                let body = rest.dropFirst(2).prefix { $0 != "H" }
                let parts = body.split(separator: ";").map { Int($0)! }
                cursor = Position(row: parts[0] - 1, column: parts[1] - 1)
                rest = rest.dropFirst(2 + body.count + 1)
            } else {
                let c = rest.removeFirst()
                cursor.column = screen.write(String(c), at: cursor)
            }
        }
        #expect(screen.lines == after.lines)
    }

    @Test func sizeChangeErasesAndRedrawsEverything() {
        let before = ScreenBuffer(lines: ["ab"], width: 2)
        let after = ScreenBuffer(lines: ["ab", "c "], width: 2)
        #expect(ScreenBuffer.diff(from: before, to: after, mode: .ansi16) == "\u{1B}[0m\u{1B}[2J\u{1B}[1;1Hab\u{1B}[2;1Hc")
    }
}

@Suite struct PagerTests {
    /// 10 lines on a 5-row screen: 4 content rows plus the status line.
    private func pager() -> Pager {
        Pager(lines: (1...10).map { StyledLine(plain: "line \($0)") }, height: 5)
    }

    private func visible(_ pager: Pager) -> [String] { pager.visibleLines.map(\.plainText) }

    @Test func startsAtTheTop() {
        let p = pager()
        #expect(visible(p) == ["line 1", "line 2", "line 3", "line 4"])
        #expect(p.statusLine == "-- more (40%) --  space: next page  q: quit")
        #expect(!p.atEnd)
    }

    @Test func pagingForwardStopsAtTheLastFullScreen() {
        var p = pager()
        #expect(p.handle(.character(" ")) == .redraw)
        #expect(visible(p).first == "line 5")
        #expect(p.handle(.pageDown) == .redraw)
        #expect(visible(p) == ["line 7", "line 8", "line 9", "line 10"])
        #expect(p.atEnd)
        #expect(p.statusLine == "-- end --  b: back  q: quit")
        #expect(p.handle(.character("f")) == .none)
    }

    @Test func lineAndJumpKeys() {
        var p = pager()
        #expect(p.handle(.character("k")) == .none, "already at the top")
        _ = p.handle(.character("j"))
        _ = p.handle(.enter)
        _ = p.handle(.down)
        #expect(p.top == 3)
        _ = p.handle(.up)
        #expect(p.top == 2)
        _ = p.handle(.character("G"))
        #expect(p.top == 6)
        _ = p.handle(.character("b"))
        #expect(p.top == 2)
        _ = p.handle(.pageUp)
        #expect(p.top == 0)
        _ = p.handle(.end)
        _ = p.handle(.character("g"))
        #expect(p.top == 0)
    }

    @Test func quitKeys() {
        var p = pager()
        #expect(p.handle(.character("q")) == .quit)
        #expect(p.handle(.control("c")) == .quit)
        #expect(p.handle(.character("x")) == .none)
    }

    @Test func shortContentIsAlreadyAtTheEnd() {
        var p = Pager(lines: [StyledLine(plain: "only")], height: 24)
        #expect(p.atEnd)
        #expect(p.percent == 100)
        #expect(p.handle(.character(" ")) == .none)
    }

    @Test func resizeKeepsTopInRange() {
        var p = pager()
        _ = p.handle(.character("G"))
        p.resize(height: 9)
        #expect(p.top == 2)
        #expect(visible(p).last == "line 10")
        #expect(p.atEnd)
    }
}
