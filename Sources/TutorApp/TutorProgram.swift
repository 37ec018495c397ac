import Foundation
import LessonKit
import TerminalKit

/// Runs the tutor against a `Terminal`: feeds it messages, carries out its commands, and
/// draws it. On a terminal it uses raw mode, the alternate screen and frame diffs; on a
/// pipe it reads whole lines and prints each new transcript entry as plain text, so
/// scripts and screen readers can drive it.
///
/// The terminal is restored on every way out: a normal return (`defer`), and a fatal
/// signal (`TerminalSignals`, which knows the saved settings through `RawMode`).
public final class TutorProgram {
    public private(set) var model: TutorModel
    let terminal: Terminal
    let colorMode: ColorMode
    let store: ProgressStore?
    let historyPath: String?
    let runner: (any DemoRunner)?
    /// Run demos on another thread so Ctrl-C and resizes stay live (interactive mode only;
    /// line by line, a demo finishes before the next line is read).
    let runDemosInBackground: Bool

    private var previous: ScreenBuffer?
    private var lastCursor: Position?
    private var printedEntries = 0
    private var pendingRun: PendingRun?
    private var reportedSaveError = false

    public init(model: TutorModel, terminal: Terminal, colorMode: ColorMode, store: ProgressStore?,
                historyPath: String?, runner: (any DemoRunner)?, runDemosInBackground: Bool = true) {
        self.model = model
        self.terminal = terminal
        self.colorMode = colorMode
        self.store = store
        self.historyPath = historyPath
        self.runner = runner
        self.runDemosInBackground = runDemosInBackground
    }

    /// Runs until the learner leaves or input ends.
    public func run(notice: String? = nil) {
        if model.interactive { runInteractive(notice: notice) } else { runLines(notice: notice) }
    }

    // MARK: - The update loop

    /// Sends one message through `update` and carries out the commands it returns.
    public func dispatch(_ message: TutorMessage) {
        let (next, commands) = Tutor.update(model, message)
        model = next
        for command in commands { perform(command) }
    }

    private func perform(_ command: TutorCommand) {
        switch command {
        case .saveProgress(let progress):
            do { try store?.save(progress) } catch { reportSaveError(error) }
        case .resetProgress:
            do { try store?.reset() } catch { dispatch(.notice("Could not delete the progress file: \(error)")) }
        case .runDemo(let token, let code):
            guard let runner else {
                dispatch(.demoFinished(token: token, DemoRun(stdout: "", stderr: "No Python engine in this build.\n", exitCode: 1)))
                return
            }
            if runDemosInBackground && model.interactive {
                let pending = PendingRun(token: token)
                pendingRun = pending
                DispatchQueue.global().async { pending.finish(runner.run(code: code)) }
            } else {
                dispatch(.demoFinished(token: token, runner.run(code: code)))
            }
        case .saveHistory(let history):
            if let historyPath { try? history.save(to: historyPath) }
        case .bell:
            if model.interactive { terminal.write(ANSI.bell) }
        case .clearScreen:
            previous = nil
        case .quit:
            break
        }
    }

    private func reportSaveError(_ error: Error) {
        guard !reportedSaveError else { return }
        reportedSaveError = true
        dispatch(.notice("Could not save your progress (\(error)); LoopLab keeps going, but this session will not be remembered."))
    }

    private func pollRun() {
        guard let pending = pendingRun, let result = pending.take() else { return }
        pendingRun = nil
        dispatch(.demoFinished(token: pending.token, result))
    }

    // MARK: - Interactive

    private func runInteractive(notice: String?) {
        var raw: RawMode?
        if let real = terminal as? FileDescriptorTerminal {
            TerminalSignals.install(outputFD: real.outputFD)
            raw = try? RawMode(fd: real.inputFD)
        }
        terminal.write(ANSI.enterAlternateScreen + ANSI.enableBracketedPaste)
        defer {
            raw?.restore()
            terminal.write(ANSI.restoreAll + Tutor.farewell + "\n")
        }
        dispatch(.resize(terminal.size))
        dispatch(.start(notice: notice))
        render()
        var reader = KeyReader()
        while !model.quitting {
            let timeout = pendingRun == nil ? 250 : 20
            guard let keys = reader.readKeys(from: terminal, timeoutMilliseconds: timeout) else {
                dispatch(.endOfInput)
                break
            }
            for key in keys where !model.quitting { dispatch(.key(key)) }
            let size = terminal.size
            if TerminalSignals.takeResize() || size != model.size {
                dispatch(.resize(size))
                previous = nil
            }
            pollRun()
            if !model.quitting { render() }
        }
    }

    /// Draws the current frame: only the cells that changed since the last one, in one write.
    func render() {
        let size = model.size
        let frame = TutorView.frame(model, width: size.columns, height: size.rows)
        var buffer = ScreenBuffer(width: size.columns, height: size.rows)
        for (row, line) in frame.lines.enumerated() { buffer.write(line, at: Position(row: row, column: 0)) }
        let changes = previous.map { ScreenBuffer.diff(from: $0, to: buffer, mode: colorMode) }
            ?? ScreenBuffer.fullRedraw(buffer, mode: colorMode)
        previous = buffer
        guard !changes.isEmpty || frame.cursor != lastCursor else { return }
        lastCursor = frame.cursor
        terminal.write(ANSI.hideCursor + changes + ANSI.moveTo(row: frame.cursor.row, column: frame.cursor.column) + ANSI.showCursor)
    }

    // MARK: - Line by line

    private func runLines(notice: String?) {
        dispatch(.resize(terminal.size))
        dispatch(.start(notice: notice))
        printNewEntries()
        var pending: [UInt8] = []
        while !model.quitting {
            switch terminal.read(timeoutMilliseconds: -1) {
            case .bytes(let bytes):
                pending += bytes
                while let newline = pending.firstIndex(of: 0x0A), !model.quitting {
                    var line = String(decoding: pending[..<newline], as: UTF8.self)
                    pending.removeFirst(newline + 1)
                    if line.hasSuffix("\r") { line.removeLast() }
                    dispatch(.line(line))
                    printNewEntries()
                }
            case .timeout:
                continue
            case .endOfInput:
                if !pending.isEmpty {
                    dispatch(.line(String(decoding: pending, as: UTF8.self)))
                    pending = []
                }
                dispatch(.endOfInput)
            }
            printNewEntries()
        }
    }

    /// Prints the transcript entries added since the last call.
    private func printNewEntries() {
        let firstNew = max(printedEntries, model.droppedEntries)
        guard firstNew < model.entryCount else { return }
        let renderer = model.renderer
        var out = ""
        for entry in model.transcript[(firstNew - model.droppedEntries)...] {
            for line in renderer.render(entry) {
                var text = ANSI.render(line, mode: colorMode)
                if colorMode == .none { while text.last == " " { text.removeLast() } }
                out += text + "\n"
            }
        }
        printedEntries = model.entryCount
        terminal.write(out)
    }
}

/// A demo running on another thread; the input loop polls it.
final class PendingRun: @unchecked Sendable {
    let token: Int
    private let lock = NSLock()
    private var result: DemoRun?

    init(token: Int) { self.token = token }

    func finish(_ run: DemoRun) { lock.withLock { result = run } }
    func take() -> DemoRun? { lock.withLock { result } }
}
