import LoopTrace
import TerminalKit
import Testing
@testable import TimelineKit

/// Colour only when asked for, ASCII when asked for, and wide characters measured
/// as the terminal shows them.
@Suite struct TerminalMannersTests {
    /// A task printing Chinese text, then sleeping.
    static func cjkTrace() -> Trace {
        var b = TraceBuilder(program: "你好.py")
        b.at(0, 0, .taskCreated(task: 1, name: "Task-1", function: "main", site: "你好.py:3", parent: nil))
        b.at(0, 0, .handleQueued(handle: 1, task: 1, label: "Task.__step"))
        b.at(0, 1, .iterationStarted(loop: 1, ready: 1, timers: 0))
        b.at(0, 1, .handleStarted(handle: 1))
        b.at(0, 1, .taskResumed(task: 1))
        b.at(0, 1, .output(stream: .stdout, text: "你好，世界！这是一行很长的中文输出\n", task: 1, thread: 0))
        b.at(0, 1, .timerScheduled(handle: 2, due: 500_000_000, task: 1, label: "end of sleep(0.5)"))
        b.at(0, 1, .taskSuspended(task: 1, wait: Wait(kind: .queueGet, label: "队列.get()", until: nil)))
        b.at(0, 1, .handleFinished(handle: 1))
        b.at(0, 2, .iterationStarted(loop: 1, ready: 0, timers: 1))
        b.at(0, 2, .clockJumped(to: 500_000_000))
        b.at(500_000_000, 2, .output(stream: .stdout, text: "再见\n", task: nil, thread: 0))
        return b.trace
    }

    @Test(arguments: [40, 57, 80])
    func wideCharactersNeverOverflowALine(width: Int) {
        let model = TimelineModel(trace: Self.cjkTrace())
        let lines = TimelineChart.render(model, options: ChartOptions(width: width))
        for line in lines { #expect(line.width <= width, "\(line.plainText)") }
        #expect(lines.contains { $0.plainText.contains("你好") })
        let frame = Playback(model: model).frame(PlaybackState(size: TerminalSize(rows: 24, columns: width)))
        #expect(frame.lines.allSatisfy { DisplayWidth.of($0) == width })
    }

    @Test func wideOutputInThePlaybackPaneIsWhole() {
        let p = Playback(model: TimelineModel(trace: Self.cjkTrace()))
        var state = p.initialState(size: TerminalSize(rows: 24, columns: 80))
        state = p.update(state, .key(.character("e")))
        #expect(p.frame(state).lines.contains { $0.contains("Task-1     你好，世界！这是一行很长的中文输出") })
    }

    @Test func thePlainThemeHasNoStyles() throws {
        for name in Fixtures.demos {
            let lines = TimelineChart.render(try Fixtures.model(name), options: ChartOptions(width: 100))
            let styled = lines.flatMap(\.spans).filter { !$0.style.isPlain }
            #expect(styled.isEmpty, "\(name)")
            #expect(lines.map { ANSI.render($0, mode: .none) }.joined().contains("\u{1B}") == false)
        }
    }

    @Test func theStandardThemeColoursStates() throws {
        let options = ChartOptions(width: 100, theme: .standard)
        let lines = TimelineChart.render(try Fixtures.model("blocking_sleep"), options: options)
        let spans = lines.flatMap(\.spans)
        #expect(spans.contains { $0.text.contains("█") && $0.style == ChartTheme.standard.running })
        #expect(spans.contains { $0.text.contains("▓") && $0.style == ChartTheme.standard.blocking })
        #expect(spans.contains { $0.text.contains("─") && $0.style == ChartTheme.standard.waitingTimer })
    }

    @Test func asciiPlaybackFramesAreASCII() throws {
        for name in Fixtures.demos {
            let p = Playback(model: try Fixtures.model(name), glyphs: .ascii)
            for size in [TerminalSize(rows: 30, columns: 100), TerminalSize(rows: 16, columns: 44)] {
                var state = p.initialState(size: size)
                for key in "nnnnn...." {
                    state = p.update(state, .key(.character(key)))
                    let nonASCII = p.frame(state).lines.joined().unicodeScalars.filter { !$0.isASCII }
                    #expect(nonASCII.isEmpty, "\(name) at \(size): \(nonASCII)")
                }
            }
        }
    }
}
