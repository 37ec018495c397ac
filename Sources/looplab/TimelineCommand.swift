import Foundation
import LoopTrace
import PyEngine
import TerminalKit
import TimelineKit

/// `looplab run --timeline` and `--play`: the program's output, then its timeline
/// as a static chart or an animation. A `.jsonl` file is a recorded trace, drawn
/// without running anything.
struct TimelineCommand {
    enum Mode { case chart, play }

    var mode: Mode
    var width: Int?
    var noColor = false
    var ascii = false

    var environment: [String: String] { ProcessInfo.processInfo.environment }
    var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }

    // MARK: - Getting the trace

    /// Runs the program with the trace on. For a chart its output streams as it is
    /// written; for playback it is held back, to appear in step with the animation.
    func run(source: String, filename: String, config: EngineConfig, live: Bool) -> (Engine.Outcome, Trace) {
        var config = config
        config.recordTrace = true
        let outcome = Engine.run(source: source, filename: filename, config: config) { stream, text in
            if live { Self.write(stream == .stdout ? .stdout : .stderr, text) }
        }
        return (outcome, outcome.trace ?? Trace(program: filename, instructionNanos: config.instructionCostNanos))
    }

    /// Writes out the output a trace recorded (for a `.jsonl` file, or after playback).
    static func replayOutput(_ trace: Trace) {
        for event in trace.events {
            if case .output(let stream, let text, _, _) = event.kind { write(stream, text) }
        }
    }

    static func write(_ stream: TraceEvent.Stream, _ text: String) {
        (stream == .stdout ? FileHandle.standardOutput : FileHandle.standardError).write(Data(text.utf8))
    }

    // MARK: - Showing it

    var colorMode: ColorMode {
        noColor ? .none : ColorMode.detect(environment: environment, isTTY: stdoutIsTTY)
    }

    var glyphs: ChartGlyphs {
        ascii || LocaleSupport.prefersASCII(environment: environment) ? .ascii : .unicode
    }

    var theme: ChartTheme { colorMode == .none ? .plain : .standard }

    /// The chart's width: `--width`, else the terminal's, else `COLUMNS`, else 80.
    var chartWidth: Int {
        if let width { return width }
        if stdoutIsTTY, let size = FileDescriptorTerminal.windowSize(of: STDOUT_FILENO) { return size.columns }
        return environment["COLUMNS"].flatMap(Int.init) ?? 80
    }

    /// Lanes fit the window when there is one; ten thousand tasks group into a few.
    var maxLaneRows: Int {
        guard stdoutIsTTY, let size = FileDescriptorTerminal.windowSize(of: STDOUT_FILENO) else { return 24 }
        return max(6, size.rows - 14)
    }

    /// Prints the chart under whatever output came before it.
    func printChart(_ model: TimelineModel, afterOutput: Bool) {
        let options = ChartOptions(width: max(40, chartWidth), glyphs: glyphs, theme: theme, maxLaneRows: maxLaneRows)
        let mode = colorMode
        var text = afterOutput ? "\n" : ""
        for line in TimelineChart.render(model, options: options) {
            var rendered = ANSI.render(line, mode: mode)
            if mode == .none { while rendered.last == " " { rendered.removeLast() } }
            text += rendered + "\n"
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Animates on the terminal when both ends are one; otherwise the static chart.
    func show(_ trace: Trace, outputShown: Bool) {
        let model = TimelineModel(trace: trace)
        let terminal = FileDescriptorTerminal()
        let hasOutput = trace.events.contains { if case .output = $0.kind { return true } else { return false } }
        if mode == .play && terminal.isTTY && environment["TERM"] != "dumb" && !model.ticks.isEmpty {
            let playback = Playback(model: model, glyphs: glyphs, theme: theme)
            PlaybackProgram(playback: playback, terminal: terminal, colorMode: colorMode).run()
            // The animation ran on the alternate screen: leave the run in the scrollback.
            if !outputShown { Self.replayOutput(trace) }
            printChart(model, afterOutput: hasOutput)
            return
        }
        if !outputShown { Self.replayOutput(trace) }
        printChart(model, afterOutput: hasOutput)
    }

    /// Whether the animation will run (so the output waits for it).
    var willAnimate: Bool {
        mode == .play && FileDescriptorTerminal().isTTY && environment["TERM"] != "dumb"
    }
}
