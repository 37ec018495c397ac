import Foundation
import TerminalKit

/// Runs a playback on a terminal: raw mode and the alternate screen, a frame every
/// few dozen milliseconds written as a diff of the last (no flicker, little output),
/// keys fed to `Playback.update`. The terminal is restored on every way out: a normal
/// return, Ctrl-C (a key in raw mode), end of input, and fatal signals
/// (`TerminalSignals`, which knows the saved settings through `RawMode`).
public final class PlaybackProgram {
    public let playback: Playback
    let terminal: Terminal
    let colorMode: ColorMode
    /// Seconds from some fixed point; injected so tests control time.
    let clock: () -> Double
    public private(set) var state: PlaybackState
    private var previous: ScreenBuffer?
    /// Frames written, for tests.
    public private(set) var framesDrawn = 0

    public init(playback: Playback, terminal: Terminal, colorMode: ColorMode,
                clock: @escaping () -> Double = { ProcessInfo.processInfo.systemUptime }) {
        self.playback = playback
        self.terminal = terminal
        self.colorMode = colorMode
        self.clock = clock
        state = playback.initialState(size: terminal.size)
    }

    /// Plays until the learner quits or input ends; the terminal is as it was after.
    public func run() {
        var raw: RawMode?
        if let real = terminal as? FileDescriptorTerminal {
            TerminalSignals.install(outputFD: real.outputFD)
            raw = try? RawMode(fd: real.inputFD)
        }
        terminal.write(ANSI.enterAlternateScreen + ANSI.hideCursor)
        defer {
            raw?.restore()
            terminal.write(ANSI.restoreAll)
        }
        render()
        var reader = KeyReader()
        var last = clock()
        while !state.quit {
            guard let keys = reader.readKeys(from: terminal, timeoutMilliseconds: state.playing ? 40 : 250) else { break }
            for key in keys where !state.quit { state = playback.update(state, .key(key)) }
            let size = terminal.size
            if TerminalSignals.takeResize() || size != state.size {
                state = playback.update(state, .resize(size))
                previous = nil
            }
            let now = clock()
            state = playback.update(state, .tick(milliseconds: Int(((now - last) * 1000).rounded())))
            last = now
            if !state.quit { render() }
        }
    }

    /// Draws the current frame: only the cells that changed, in one write.
    func render() {
        let frame = playback.frame(state)
        let changes = previous.map { ScreenBuffer.diff(from: $0, to: frame, mode: colorMode) }
            ?? ScreenBuffer.fullRedraw(frame, mode: colorMode)
        previous = frame
        guard !changes.isEmpty else { return }
        terminal.write(changes)
        framesDrawn += 1
    }
}
