import LoopTrace
import TerminalKit
import Testing
@testable import TimelineKit

/// Playback driven by scripted keys and ticks: the state after them, the loop's
/// queues at that point, and the frame drawn.
@Suite struct PlaybackTests {
    static let size = TerminalSize(rows: 30, columns: 100)

    func playback(_ name: String = "gather_count", glyphs: ChartGlyphs = .unicode) throws -> Playback {
        Playback(model: try Fixtures.model(name), glyphs: glyphs)
    }

    /// Feeds keys (each character a key press) to a fresh playback.
    func press(_ keys: String, on playback: Playback, from state: PlaybackState? = nil) -> PlaybackState {
        var state = state ?? playback.initialState(size: Self.size)
        for key in keys { state = playback.update(state, .key(.character(key))) }
        return state
    }

    @Test func startsPlayingAtTheBeginning() throws {
        let state = try playback().initialState(size: Self.size)
        #expect(state.cursor == 0)
        #expect(state.playing)
        #expect(state.speedLabel == "×1")
    }

    @Test func spacePausesAndStepsMoveOneEventAtATime() throws {
        let p = try playback()
        let state = press(" ...", on: p)
        #expect(!state.playing)
        #expect(state.cursor == 3)
        let back = press(",", on: p, from: state)
        #expect(back.cursor == 2)
        #expect(back.position <= state.position)
    }

    @Test func nStepsWholeLoopIterations() throws {
        let p = try playback()
        let state = press("nn", on: p)
        let snapshot = p.snapshot(state)
        #expect(snapshot.iteration == 2)
        // Iteration 2 will run the three count() steps main's gather queued.
        #expect(snapshot.ready.map(\.task) == [2, 3, 4])
        #expect(snapshot.runThisIteration == 3)
        #expect(snapshot.timers.isEmpty)
        #expect(p.snapshot(press("b", on: p, from: state)).iteration == 1)
    }

    @Test func theTimerHeapHoldsTheSleepsBeforeTheClockJumps() throws {
        let p = try playback()
        let state = press("nnn", on: p)
        let snapshot = p.snapshot(state)
        #expect(snapshot.iteration == 3)
        #expect(snapshot.ready.isEmpty)
        #expect(snapshot.timers.map(\.task) == [2, 3, 4])
        #expect(snapshot.timers.allSatisfy { abs($0.due - 1_000_000_000) < 1_000_000 })
        #expect(snapshot.tasks[1]?.wait?.label == "gather(Task-2, Task-3, Task-4)")
        #expect(snapshot.stateCounts.waiting == 4)
    }

    @Test func speedGoesUpAndDownWithinLimits() throws {
        let p = try playback()
        #expect(press("++", on: p).speedLabel == "×4")
        #expect(press("-", on: p).speedLabel == "×0.5")
        #expect(press("--------", on: p).speedIndex == 0)
        #expect(press("++++++++++", on: p).speedIndex == PlaybackState.speeds.count - 1)
    }

    @Test func ticksMoveTheHeadAndPlayingEndsAtTheEnd() throws {
        let p = try playback()
        var state = p.initialState(size: Self.size)
        state = p.update(state, .tick(milliseconds: 1000))
        #expect(state.position == 8)
        #expect(state.cursor > 0 && state.cursor < p.eventCount)
        for _ in 0..<60 { state = p.update(state, .tick(milliseconds: 500)) }
        #expect(state.cursor == p.eventCount)
        #expect(!state.playing)
        let replay = p.update(state, .key(.character(" ")))
        #expect(replay.playing && replay.cursor == 0, "space at the end plays again from the start")
    }

    @Test func pausedPlaybackIgnoresTicks() throws {
        let p = try playback()
        let paused = press(" ", on: p)
        #expect(p.update(paused, .tick(milliseconds: 5000)) == paused)
    }

    @Test func restartAndQuit() throws {
        let p = try playback()
        let restarted = press(" ...r", on: p)
        #expect(restarted.cursor == 0 && restarted.playing)
        #expect(press("q", on: p).quit)
        var state = p.initialState(size: Self.size)
        state = p.update(state, .key(.control("c")))
        #expect(state.quit)
        #expect(p.update(p.initialState(size: Self.size), .key(.escape)).quit)
    }

    @Test func resizeKeepsTheCursor() throws {
        let p = try playback()
        let state = press("nnn", on: p)
        let resized = p.update(state, .resize(TerminalSize(rows: 24, columns: 80)))
        #expect(resized.cursor == state.cursor)
        #expect(resized.size.columns == 80)
    }

    // MARK: - Frames

    func frameText(_ p: Playback, _ state: PlaybackState) -> String {
        p.frame(state).lines.map { line in
            var text = line
            while text.last == " " { text.removeLast() }
            return text
        }.joined(separator: "\n")
    }

    @Test func frameAfterStepping() throws {
        let p = try playback()
        let state = press("nn....", on: p)
        Golden.check(frameText(p, state), named: "play-gather_count-step.txt")
    }

    @Test func frameMidwayThroughTheIdleSecond() throws {
        let p = try playback()
        var state = p.initialState(size: Self.size)
        state = p.update(state, .tick(milliseconds: 4500))
        Golden.check(frameText(p, state), named: "play-gather_count-playing.txt")
    }

    @Test func frameAtTheBlockedLoop() throws {
        let p = try playback("blocking_sleep", glyphs: .ascii)
        let state = press("nnnn......", on: p)
        Golden.check(frameText(p, state), named: "play-blocking_sleep-ascii.txt")
    }

    @Test func framesFitTheWindowAtAnySize() throws {
        for name in Fixtures.demos {
            let p = try playback(name)
            for size in [TerminalSize(rows: 24, columns: 80), TerminalSize(rows: 12, columns: 40), TerminalSize(rows: 50, columns: 160)] {
                var state = p.initialState(size: size)
                for keys in ["", "n", "nnnn", "e"] {
                    state = press(keys, on: p, from: state)
                    let frame = p.frame(state)
                    #expect(frame.width == size.columns && frame.height == size.rows)
                }
            }
        }
    }

    // MARK: - The program on a fake terminal

    @Test func programDrawsDiffsAndRestoresTheTerminal() throws {
        let p = try playback()
        let terminal = FakeTerminal(input: [.bytes(Array(" n".utf8)), .timeout, .bytes(Array("+.".utf8)), .bytes(Array("q".utf8))],
                                    size: Self.size)
        var now = 0.0
        let program = PlaybackProgram(playback: p, terminal: terminal, colorMode: .none, clock: {
            now += 0.05
            return now
        })
        program.run()
        #expect(program.state.quit)
        #expect(program.state.speedLabel == "×2")
        #expect(terminal.writes.first?.hasPrefix(ANSI.enterAlternateScreen) == true)
        #expect(terminal.output.hasSuffix(ANSI.restoreAll))
        // One full redraw, then only changes.
        #expect(terminal.writes.filter { $0.contains(ANSI.eraseScreen) }.count == 1)
        #expect(program.framesDrawn >= 3)
    }

    @Test func endOfInputEndsThePlaybackCleanly() throws {
        let terminal = FakeTerminal(input: [], size: Self.size)
        let program = PlaybackProgram(playback: try playback(), terminal: terminal, colorMode: .ansi16)
        program.run()
        #expect(terminal.output.hasSuffix(ANSI.restoreAll))
    }
}
