import LoopTrace
import TerminalKit

/// How to draw a chart.
public struct ChartOptions: Equatable, Sendable {
    /// Columns the whole chart may use; no line is ever longer.
    public var width: Int
    public var glyphs: ChartGlyphs
    public var theme: ChartTheme
    /// Screen rows for task and thread lanes before tasks are grouped.
    public var maxLaneRows: Int
    public var header = true
    public var legend = true
    public var diagnostics = true
    /// For playback: draw only what happened before this point.
    public var cut: Cut?

    /// A point in the run: a column position and how many events happened by then.
    public struct Cut: Equatable, Sendable {
        public var position: Double
        public var events: Int
        public init(position: Double, events: Int) {
            self.position = position
            self.events = events
        }
    }

    public init(width: Int, glyphs: ChartGlyphs = .unicode, theme: ChartTheme = .plain, maxLaneRows: Int = 24) {
        self.width = width
        self.glyphs = glyphs
        self.theme = theme
        self.maxLaneRows = maxLaneRows
    }

    public var ascii: Bool { glyphs == .ascii }
}

/// The static timeline: one lane per task (or per group of tasks), time left to
/// right, then rows for the loop, its queues and the program's output, a legend
/// and numbered diagnostics. `view(model) -> lines`, no I/O.
///
///     gather_count.py · 4 tasks · 7 loop iterations · 1 s of virtual time
///            time (s) 0                                         1
///       Task-1 main() ██══gather(Task-2, Task-3, Task-4)══════════════…
///      Task-2 count() ▒▒██──sleep(1)───────────────────────────▒▒▒▒▒▒██✓
public enum TimelineChart {
    /// The chart as styled lines, each at most `options.width` columns wide.
    public static func render(_ model: TimelineModel, options: ChartOptions) -> [StyledLine] {
        guard !model.ticks.isEmpty else { return emptyChart(model, options: options) }
        var canvas = ChartCanvas(model: model, options: options)
        var lines = options.header ? [canvas.headerLine()] : []
        lines += canvas.drawChart()
        if options.legend || options.diagnostics {
            lines.append(StyledLine([StyledSpan(String(repeating: String(options.glyphs.rule), count: options.width), options.theme.dim)]))
        }
        if options.legend { lines += canvas.legendLines() }
        if options.diagnostics { lines += canvas.diagnosticLines() }
        if model.tasks.isEmpty && model.iterationCount == 0 {
            let note = "Only output was recorded: no event loop ran, or the engine did not trace it."
            lines += TextWrap.wrap(note, width: options.width, ellipsis: options.glyphs.ellipsis).map { StyledLine([StyledSpan($0, options.theme.dim)]) }
        }
        return lines
    }

    /// Plain text with no trailing spaces: what pipes and golden files get.
    public static func text(_ model: TimelineModel, options: ChartOptions) -> String {
        render(model, options: options).map { line in
            var text = line.plainText
            while text.last == " " { text.removeLast() }
            return text
        }.joined(separator: "\n")
    }

    static func emptyChart(_ model: TimelineModel, options: ChartOptions) -> [StyledLine] {
        let note = model.events.isEmpty
            ? "No timeline: the run recorded no trace events."
            : "No timeline: no event loop ran (start one with asyncio.run)."
        return TextWrap.wrap(note, width: options.width, ellipsis: options.glyphs.ellipsis).map { StyledLine([StyledSpan($0, options.theme.dim)]) }
    }
}

/// What one chart drawing works with: the model, the layout of columns, the rows,
/// and what the legend must explain.
struct ChartCanvas {
    let model: TimelineModel
    var options: ChartOptions
    let layout: ColumnLayout
    let rows: [LaneRow]
    let diagnostics: [Diagnostic]
    /// Diagnostic numbers (1-based) per task id, for the lane flags.
    let flags: [TraceEvent.TaskID: [Int]]
    let labelWidth: Int
    let flagWidth: Int
    /// Time at the left edge of each plot column.
    let columnTimes: [Int64]
    let unit: TimeFormat.Unit
    /// The last plot column drawn (everything, unless playback cuts the run short).
    var lastVisibleColumn: Int
    var legend = Set<LegendItem>()

    var glyphs: ChartGlyphs { options.glyphs }
    var theme: ChartTheme { options.theme }
    var plotStart: Int { labelWidth + 1 }

    init(model: TimelineModel, options: ChartOptions) {
        self.model = model
        self.options = options
        rows = model.laneRows(maxRows: options.maxLaneRows)
        diagnostics = options.diagnostics ? model.diagnostics(ascii: options.ascii) : []
        var flags: [TraceEvent.TaskID: [Int]] = [:]
        for (number, d) in diagnostics.enumerated() {
            if let task = d.task { flags[task, default: []].append(number + 1) }
        }
        self.flags = flags
        flagWidth = flags.isEmpty ? 0 : 2 + String(diagnostics.count).count
        let labels = rows.map { Self.label(for: $0, model: model, ascii: options.ascii) } + Self.fixedLabels
        labelWidth = min(labels.map(DisplayWidth.of).max() ?? 8, max(8, options.width / 4))
        let plotWidth = max(8, options.width - labelWidth - 1 - flagWidth)
        layout = ColumnLayout(model: model, width: plotWidth)
        columnTimes = (0..<layout.width).map(layout.time(atColumn:))
        unit = TimeFormat.Unit(span: model.endTime - (model.ticks.first?.start ?? 0))
        if let cut = options.cut {
            lastVisibleColumn = min(layout.width - 1, Int(cut.position.rounded(.down)))
        } else {
            lastVisibleColumn = layout.width - 1
        }
    }

    /// The same chart, showing only what happened before `cut`.
    func cut(_ cut: ChartOptions.Cut) -> ChartCanvas {
        var copy = self
        copy.options.cut = cut
        copy.lastVisibleColumn = min(layout.width - 1, Int(cut.position.rounded(.down)))
        return copy
    }

    /// The chart rows, from the time axis to the output row.
    mutating func drawChart() -> [StyledLine] {
        let height = 2 + rows.reduce(0) { $0 + $1.height } + 4
        var buffer = ScreenBuffer(width: options.width, height: height)
        var row = 0
        drawAxis(into: &buffer, row: row)
        drawIterations(into: &buffer, row: row + 1)
        row += 2
        for lane in rows {
            drawLane(lane, into: &buffer, row: row)
            row += lane.height
        }
        drawLoopRow(into: &buffer, row: row)
        drawCountRow(model.readyDepth, label: "ready queue", into: &buffer, row: row + 1)
        drawCountRow(model.timerCount, label: "timers", into: &buffer, row: row + 2)
        drawOutputRow(into: &buffer, row: row + 3)
        return buffer.styledLines
    }

    // MARK: - Labels

    static func label(for row: LaneRow, model: TimelineModel, ascii: Bool) -> String {
        switch row {
        case .task(let t): return model.tasks[t].title
        case .group(let g): return "\(g.function.split(separator: ".").last.map(String.init) ?? g.function)() \(ascii ? "x" : "×")\(g.members.count)"
        case .thread(let t): return "thread \(model.threads[t].name)"
        }
    }

    static var fixedLabels: [String] { ["event loop", "ready queue", "timers", "output", "time (s)", "iteration"] }

    /// Writes a row label, right-aligned in the label column (cut with … if too long).
    func writeLabel(_ text: String, style: Style, into buffer: inout ScreenBuffer, row: Int) {
        let fitted = TextWrap.truncate(text, width: labelWidth, ellipsis: glyphs.ellipsis)
        let column = labelWidth - DisplayWidth.of(fitted)
        buffer.write(fitted, style: style, at: Position(row: row, column: column))
    }

    /// Puts one glyph in plot column `column` if that part of the run is shown.
    func put(_ glyph: Character, _ style: Style, column: Int, row: Int, into buffer: inout ScreenBuffer) {
        guard column <= lastVisibleColumn, column < layout.width else { return }
        buffer.write(String(glyph), style: style, at: Position(row: row, column: plotStart + column))
    }

    /// Writes text into the plot from `column`, clipped to what is shown (or, with
    /// `pastCut`, to the plot: a line printed shows whole as soon as it is printed).
    func putText(_ text: String, _ style: Style, column: Int, row: Int, into buffer: inout ScreenBuffer, pastCut: Bool = false) {
        let room = (pastCut ? layout.width : min(layout.width, lastVisibleColumn + 1)) - column
        guard room > 0 else { return }
        buffer.write(text, style: style, at: Position(row: row, column: plotStart + column), maxWidth: room)
    }

    /// True when event `index` happened before the playback cut.
    func isShown(event index: Int) -> Bool {
        guard let cut = options.cut else { return true }
        return index < cut.events
    }
}

/// What the legend explains; only what the chart shows is listed.
enum LegendItem: Hashable, CaseIterable {
    case running, ready, blocking, timer, task, queue, sync, executor, future, created, stuck
    case returned, cancelled, failed, callback, idle, thread, density, counts, levels

    init(_ state: LaneState) {
        switch state {
        case .created: self = .created
        case .ready: self = .ready
        case .running: self = .running
        case .blocking: self = .blocking
        case .stuck: self = .stuck
        case .waiting(.timer): self = .timer
        case .waiting(.task): self = .task
        case .waiting(.queue): self = .queue
        case .waiting(.sync): self = .sync
        case .waiting(.executor): self = .executor
        case .waiting(.future): self = .future
        case .done(.returned): self = .returned
        case .done(.cancelled): self = .cancelled
        case .done(.failed): self = .failed
        }
    }
}
