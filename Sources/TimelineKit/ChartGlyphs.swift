import TerminalKit

/// The characters the chart draws with: Unicode block and box characters, or
/// plain ASCII for terminals whose locale is not UTF-8 (`--ascii`). Shapes
/// alone must tell the states apart; colour only helps.
public struct ChartGlyphs: Equatable, Sendable {
    public var running: Character
    public var ready: Character
    public var blocking: Character
    public var created: Character
    public var stuck: Character
    public var timer: Character
    public var task: Character
    public var queue: Character
    public var sync: Character
    public var executor: Character
    public var future: Character
    public var returned: Character
    public var cancelled: Character
    public var failed: Character
    /// A loop callback that steps no task (a timer firing, a done callback).
    public var callback: Character
    /// The loop sitting idle while the clock jumps.
    public var idle: Character
    public var rule: Character
    public var warning: String
    public var separator: String
    /// Eight levels, lowest first, for the density rows.
    public var levels: [Character]
    public var arrow: String
    public var paused: String
    public var playing: String
    public var verticalRule: Character
    /// Ends text cut short.
    public var ellipsis: String

    public static let unicode = ChartGlyphs(
        running: "█", ready: "▒", blocking: "▓", created: "○", stuck: "?",
        timer: "─", task: "═", queue: "≡", sync: "∷", executor: "≈", future: "┄",
        returned: "✓", cancelled: "✗", failed: "‼", callback: "◆", idle: "╌", rule: "─",
        warning: "⚠", separator: " · ", levels: Array("▁▂▃▄▅▆▇█"), arrow: "→",
        paused: "❚❚", playing: "▶", verticalRule: "│", ellipsis: "…")

    public static let ascii = ChartGlyphs(
        running: "#", ready: "+", blocking: "!", created: "o", stuck: "?",
        timer: "-", task: "=", queue: ":", sync: "%", executor: "~", future: ".",
        returned: "]", cancelled: "X", failed: "E", callback: "*", idle: ".", rule: "-",
        warning: "!", separator: " | ", levels: Array(".:-=+*#@"), arrow: "->",
        paused: "||", playing: ">", verticalRule: "|", ellipsis: "~")

    /// The mark for a lane in `state`.
    public func glyph(_ state: LaneState) -> Character {
        switch state {
        case .created: return created
        case .ready: return ready
        case .running: return running
        case .blocking: return blocking
        case .stuck: return stuck
        case .waiting(let kind): return glyph(kind)
        case .done(.returned): return returned
        case .done(.cancelled): return cancelled
        case .done(.failed): return failed
        }
    }

    public func glyph(_ kind: LaneState.WaitClass) -> Character {
        switch kind {
        case .timer: return timer
        case .task: return task
        case .queue: return queue
        case .sync: return sync
        case .executor: return executor
        case .future: return future
        }
    }

    /// A density level for `value` out of `maximum` (nil: draw nothing).
    public func level(_ value: Int, of maximum: Int) -> Character? {
        guard value > 0, maximum > 0 else { return nil }
        let index = min(levels.count - 1, (value * levels.count - 1) / maximum)
        return levels[max(0, index)]
    }
}

/// The styles of the chart's parts. `plain` has none, for `NO_COLOR`, pipes and
/// golden files.
public struct ChartTheme: Equatable, Sendable {
    public var running: Style
    public var ready: Style
    public var blocking: Style
    public var waitingTimer: Style
    public var waitingTask: Style
    public var waitingOther: Style
    public var executor: Style
    public var done: Style
    public var cancelled: Style
    public var failed: Style
    public var stuck: Style
    public var label: Style
    public var axis: Style
    public var dim: Style
    public var output: Style
    public var errorOutput: Style
    public var warning: Style
    public var heading: Style
    public var cursor: Style

    public static let standard = ChartTheme(
        running: Style(foreground: .green), ready: Style(foreground: .yellow),
        blocking: Style(foreground: .brightWhite, background: .red, bold: true),
        waitingTimer: Style(foreground: .blue), waitingTask: Style(foreground: .cyan),
        waitingOther: Style(foreground: .magenta), executor: Style(foreground: .brightMagenta),
        done: Style(dim: true), cancelled: Style(foreground: .yellow, bold: true),
        failed: Style(foreground: .red, bold: true), stuck: Style(foreground: .red, reverse: true),
        label: Style(bold: true), axis: Style(dim: true), dim: Style(dim: true),
        output: Style(), errorOutput: Style(foreground: .red), warning: Style(foreground: .yellow, bold: true),
        heading: Style(bold: true), cursor: Style(reverse: true))

    public static let plain = ChartTheme(
        running: .plain, ready: .plain, blocking: .plain, waitingTimer: .plain, waitingTask: .plain,
        waitingOther: .plain, executor: .plain, done: .plain, cancelled: .plain, failed: .plain,
        stuck: .plain, label: .plain, axis: .plain, dim: .plain, output: .plain, errorOutput: .plain,
        warning: .plain, heading: .plain, cursor: Style(reverse: true))

    public func style(_ state: LaneState) -> Style {
        switch state {
        case .created: return dim
        case .ready: return ready
        case .running: return running
        case .blocking: return blocking
        case .stuck: return stuck
        case .waiting(.timer): return waitingTimer
        case .waiting(.task): return waitingTask
        case .waiting(.executor): return executor
        case .waiting: return waitingOther
        case .done(.returned): return done
        case .done(.cancelled): return cancelled
        case .done(.failed): return failed
        }
    }
}
