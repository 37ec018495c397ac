import LoopTrace
import TerminalKit

/// Playback of one run: the fixed things (model, snapshots, look) plus the two
/// pure functions of the Elm architecture, `update` and `frame`. A class only to
/// cache the chart layout per window size; nothing observable changes.
public final class Playback {
    public let model: TimelineModel
    public let glyphs: ChartGlyphs
    public let theme: ChartTheme
    let snapshots: SnapshotIndex
    private var cache: (size: TerminalSize, canvas: ChartCanvas, positions: [Double])?

    public init(model: TimelineModel, glyphs: ChartGlyphs = .unicode, theme: ChartTheme = .plain) {
        self.model = model
        self.glyphs = glyphs
        self.theme = theme
        snapshots = SnapshotIndex(events: model.events)
    }

    public func initialState(size: TerminalSize) -> PlaybackState {
        PlaybackState(size: size)
    }

    public var eventCount: Int { model.events.count }

    // MARK: - Layout

    /// Screen rows left for task lanes at this height (the rest is axis, loop rows and panes).
    static func laneRows(height: Int) -> Int { max(2, height - 16) }

    /// The chart drawn at this size, without a cut, and where each event sits on it.
    func canvas(for size: TerminalSize) -> (canvas: ChartCanvas, positions: [Double]) {
        if let cache, cache.size == size { return (cache.canvas, cache.positions) }
        var options = ChartOptions(width: size.columns, glyphs: glyphs, theme: theme, maxLaneRows: Self.laneRows(height: size.rows))
        options.header = false
        options.legend = false
        let canvas = ChartCanvas(model: model, options: options)
        let positions = model.events.indices.map(canvas.layout.position(ofEvent:))
        cache = (size, canvas, positions)
        return (canvas, positions)
    }

    /// The head's column once `cursor` events have happened.
    func position(for cursor: Int, size: TerminalSize) -> Double {
        cursor == 0 ? 0 : canvas(for: size).positions[cursor - 1]
    }

    /// How many events lie at or before column `position`.
    func events(upTo position: Double, size: TerminalSize) -> Int {
        let positions = canvas(for: size).positions
        var low = 0, high = positions.count
        while low < high {
            let mid = (low + high) / 2
            if positions[mid] <= position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    // MARK: - Update

    public func update(_ state: PlaybackState, _ input: PlaybackInput) -> PlaybackState {
        var s = state
        switch input {
        case .resize(let size):
            s.size = size
            s.position = s.cursor == eventCount && !model.ticks.isEmpty
                ? Double(canvas(for: size).canvas.layout.endColumn) : position(for: s.cursor, size: size)
        case .tick(let milliseconds):
            guard s.playing, !model.ticks.isEmpty else { return s }
            advance(&s, by: Double(milliseconds) / 1000 * s.columnsPerSecond)
        case .key(let key):
            guard let command = PlaybackKeys.command(for: key) else { return s }
            apply(command, to: &s)
        }
        return s
    }

    func advance(_ s: inout PlaybackState, by columns: Double) {
        let end = Double(canvas(for: s.size).canvas.layout.endColumn)
        s.position += columns
        if s.position >= end {
            s.position = end
            s.cursor = eventCount
            s.playing = false
        } else {
            s.cursor = events(upTo: s.position, size: s.size)
        }
    }

    func apply(_ command: PlaybackKeys.Command, to s: inout PlaybackState) {
        switch command {
        case .togglePause:
            if !s.playing && s.cursor == eventCount { jump(&s, to: 0) }
            s.playing.toggle()
        case .stepEvent: jump(&s, to: s.cursor + 1)
        case .backEvent: jump(&s, to: s.cursor - 1)
        case .stepIteration:
            let next = model.iterationEvents.first { $0 >= s.cursor }
            jump(&s, to: next.map { $0 + 1 } ?? eventCount)
        case .backIteration:
            let previous = model.iterationEvents.last { $0 < s.cursor - 1 }
            jump(&s, to: previous.map { $0 + 1 } ?? 0)
        case .faster: s.speedIndex = min(PlaybackState.speeds.count - 1, s.speedIndex + 1)
        case .slower: s.speedIndex = max(0, s.speedIndex - 1)
        case .restart:
            jump(&s, to: 0)
            s.playing = true
        case .toEnd: jump(&s, to: eventCount)
        case .quit: s.quit = true
        }
    }

    /// Moves to just after `cursor` events, paused.
    func jump(_ s: inout PlaybackState, to cursor: Int) {
        s.cursor = min(max(0, cursor), eventCount)
        s.position = position(for: s.cursor, size: s.size)
        if s.cursor == eventCount, !model.ticks.isEmpty {
            s.position = Double(canvas(for: s.size).canvas.layout.endColumn)
        }
        s.playing = false
    }

    /// The loop as it stands at `state`.
    public func snapshot(_ state: PlaybackState) -> LoopSnapshot {
        snapshots.snapshot(after: state.cursor)
    }
}
