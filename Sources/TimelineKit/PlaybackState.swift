import TerminalKit

/// Where a playback stands: `Playback.update(state, input) -> state` moves it,
/// `Playback.frame(state)` draws it. Nothing here does I/O.
public struct PlaybackState: Equatable, Sendable {
    /// How many trace events have happened (0 … events.count).
    public var cursor = 0
    /// The playback head, in chart columns; it glides through idle time while playing.
    public var position = 0.0
    public var playing = true
    /// Index into `PlaybackState.speeds`.
    public var speedIndex = PlaybackState.normalSpeed
    public var size: TerminalSize
    public var quit = false

    /// Chart columns per second of wall time, slowest first.
    public static let speeds: [Double] = [1, 2, 4, 8, 16, 32, 64]
    public static let normalSpeed = 3

    public init(size: TerminalSize) {
        self.size = size
    }

    public var columnsPerSecond: Double { Self.speeds[speedIndex] }

    /// "×1", "×0.25", "×8": speed relative to normal.
    public var speedLabel: String {
        let ratio = Self.speeds[speedIndex] / Self.speeds[Self.normalSpeed]
        return "×" + (ratio >= 1 ? String(Int(ratio)) : String(ratio))
    }
}

/// What drives a playback.
public enum PlaybackInput: Equatable, Sendable {
    case key(KeyEvent)
    /// Wall time passed (milliseconds).
    case tick(milliseconds: Int)
    case resize(TerminalSize)
}

/// The keys, for the footer and `--help`.
public enum PlaybackKeys {
    public static let help = [
        ("space", "pause / play"), (".", "one event"), ("n", "one iteration"), (",", "back"),
        ("+ -", "speed"), ("r", "restart"), ("q", "quit"),
    ]

    /// What a key asks for.
    public enum Command: Equatable, Sendable {
        case togglePause, stepEvent, stepIteration, backEvent, backIteration
        case faster, slower, restart, toEnd, quit
    }

    public static func command(for key: KeyEvent) -> Command? {
        switch key {
        case .character(" "), .character("p"): return .togglePause
        case .character("."), .right, .character("s"): return .stepEvent
        case .character("n"), .down, .character("]"): return .stepIteration
        case .character(","), .left: return .backEvent
        case .character("b"), .up, .character("["): return .backIteration
        case .character("+"), .character("="): return .faster
        case .character("-"), .character("_"): return .slower
        case .character("r"), .home: return .restart
        case .character("e"), .end: return .toEnd
        case .character("q"), .character("Q"), .escape, .control("c"), .control("d"): return .quit
        default: return nil
        }
    }
}
