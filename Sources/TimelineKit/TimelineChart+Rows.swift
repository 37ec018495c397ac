import LoopTrace
import TerminalKit

// MARK: - The time axis, the loop row, the queue rows and the output row

extension ChartCanvas {
    /// Virtual time where it moved: at the start, and after each stretch of time
    /// (an idle loop, a blocking call). Labels never overlap or repeat.
    func drawAxis(into buffer: inout ScreenBuffer, row: Int) {
        writeLabel("time (\(unit.symbol(ascii: options.ascii)))", style: theme.axis, into: &buffer, row: row)
        var free = 0
        var last = ""
        for (index, tick) in model.ticks.enumerated() where index == 0 || layout.isLong(index - 1) {
            let column = layout.boundaries[index]
            let text = axisLabel(tick.start)
            guard text != last, column >= free, column + DisplayWidth.of(text) <= layout.width,
                  isShown(event: tick.firstEvent) else { continue }
            putText(text, theme.axis, column: column, row: row, into: &buffer)
            free = column + DisplayWidth.of(text) + 1
            last = text
        }
        drawEndTime(into: &buffer, row: row, after: free, last: last)
        if let cut = options.cut {
            let column = min(layout.width - 1, Int(cut.position.rounded(.down)))
            buffer.write(options.ascii ? "v" : "▼", style: theme.cursor, at: Position(row: row, column: plotStart + column))
        }
    }

    /// Where each loop iteration (one `_run_once`) begins, numbered where there is room.
    func drawIterations(into buffer: inout ScreenBuffer, row: Int) {
        writeLabel("iteration", style: theme.axis, into: &buffer, row: row)
        var free = 0
        for (number, event) in model.iterationEvents.enumerated() where isShown(event: event) {
            let column = layout.columns(from: model.eventTick[event], to: model.eventTick[event] + 1).lowerBound
            let text = String(number + 1)
            guard column >= free, column + text.count <= layout.width else { continue }
            putText(text, theme.axis, column: column, row: row, into: &buffer)
            free = column + text.count + 1
        }
    }

    func axisLabel(_ time: Int64) -> String {
        TimeFormat.number(time, in: unit, decimals: TimeFormat.axisDecimals(span: model.endTime, unit: unit))
    }

    /// The run's last moment at the right edge, when it reads differently from the last label.
    func drawEndTime(into buffer: inout ScreenBuffer, row: Int, after free: Int, last: String) {
        let text = axisLabel(model.endTime)
        guard text != last, options.cut == nil else { return }
        let column = layout.width - DisplayWidth.of(text)
        guard column >= free else { return }
        putText(text, theme.axis, column: column, row: row, into: &buffer)
    }

    /// What the loop did when no task ran: callbacks (a timer firing, a done
    /// callback), idle time while the clock jumped, and a step that blocked it.
    mutating func drawLoopRow(into buffer: inout ScreenBuffer, row: Int) {
        writeLabel("event loop", style: theme.label, into: &buffer, row: row)
        var marks = [Character?](repeating: nil, count: layout.width)
        var rank = [Int](repeating: 0, count: layout.width)
        var labels: [(columns: Range<Int>, texts: [String], style: Style)] = []
        for (index, tick) in model.ticks.enumerated() {
            let columns = layout.columns(from: index, to: index + 1)
            let (glyph, priority, label, style) = loopMark(tick)
            guard let glyph else { continue }
            let spread = priority == 2 ? columns.lowerBound..<columns.lowerBound + 1 : columns
            for column in spread where priority > rank[column] {
                marks[column] = glyph
                rank[column] = priority
            }
            if !label.isEmpty { labels.append((columns, label, style)) }
        }
        for (column, mark) in marks.enumerated() {
            guard let mark else { continue }
            put(mark, rank[column] == 3 ? theme.blocking : rank[column] == 1 ? theme.dim : theme.label,
                column: column, row: row, into: &buffer)
        }
        for (columns, texts, style) in labels {
            // The longest wording that fits: " blocked 1 s ", " blocked ", "1 s".
            guard let text = texts.first(where: { DisplayWidth.of($0) + 2 <= columns.count }) else { continue }
            let width = DisplayWidth.of(text)
            let column = columns.lowerBound + (columns.count - width) / 2
            if column + width <= lastVisibleColumn + 1 { putText(text, style, column: column, row: row, into: &buffer) }
        }
    }

    /// The loop row's mark for a tick: glyph, rank (blocked 3 > callback 2 > idle 1),
    /// labels from longest to shortest, label style.
    mutating func loopMark(_ tick: Tick) -> (Character?, Int, [String], Style) {
        var duration: String { TimeFormat.duration(tick.duration, ascii: options.ascii) }
        switch tick.kind {
        case .idle:
            legend.insert(.idle)
            return (glyphs.idle, 1, [" idle \(duration) ", " \(duration) "], theme.dim)
        case .handle(_, let task, _):
            if tick.block != nil || tick.duration >= TimelineModel.slowStepNanos {
                legend.insert(.blocking)
                return (glyphs.blocking, 3, [" blocked \(duration) ", " blocked ", duration], theme.blocking)
            }
            if task == nil {
                legend.insert(.callback)
                return (glyphs.callback, 2, [], theme.label)
            }
            return (nil, 0, [], .plain)
        case .outside:
            return (nil, 0, [], .plain)
        }
    }

    /// A count per tick (ready handles, timers): a digit in the tick's first column
    /// while counts stay under ten (skipped where it would touch the digit before,
    /// so "1 1" never reads "11"); else a level against the largest, across the tick.
    mutating func drawCountRow(_ counts: [Int], label: String, into buffer: inout ScreenBuffer, row: Int) {
        writeLabel(label, style: theme.label, into: &buffer, row: row)
        // Digits go in a tick's first column; density levels fill the tick.
        let digits = (counts.max() ?? 0) <= 9
        var values = [Int](repeating: 0, count: layout.width)
        for (index, count) in counts.enumerated() {
            let columns = layout.columns(from: index, to: index + 1)
            for column in digits ? columns.prefix(1) : columns[...] { values[column] = max(values[column], count) }
        }
        let maximum = values.max() ?? 0
        guard maximum > 0 else { return }
        legend.insert(digits ? .counts : .levels)
        var lastDigit = -2
        for (column, value) in values.enumerated() where value > 0 {
            if digits && column == lastDigit + 1 { continue }
            lastDigit = column
            let mark = digits ? Character(String(value)) : glyphs.level(value, of: maximum) ?? " "
            put(mark, theme.dim, column: column, row: row, into: &buffer)
        }
    }

    /// Output where it was printed: each line's text starts at its column. Lines
    /// too close together share a label ("One×3", "tick 1 +2").
    mutating func drawOutputRow(into buffer: inout ScreenBuffer, row: Int) {
        writeLabel("output", style: theme.label, into: &buffer, row: row)
        var free = 0
        for cluster in outputClusters() {
            // Near the right edge the text moves left to stay whole.
            let width = DisplayWidth.of(cluster.text)
            let column = max(free, min(cluster.column, layout.width - width))
            putText(cluster.text, cluster.style, column: column, row: row, into: &buffer, pastCut: true)
            free = column + width + 1
        }
    }

    struct OutputCluster {
        var column: Int
        var first: String
        var count = 1
        var allSame = true
        var style: Style
        var text = ""
    }

    func outputClusters() -> [OutputCluster] {
        var clusters: [OutputCluster] = []
        for mark in model.outputs where isShown(event: mark.event) {
            let column = min(layout.width - 1, Int(layout.position(ofEvent: mark.event).rounded(.down)))
            let text = outputText(mark.text)
            if var last = clusters.last, column <= last.column + DisplayWidth.of(last.text) {
                last.count += 1
                last.allSame = last.allSame && text == last.first
                last.text = label(for: last)
                clusters[clusters.count - 1] = last
            } else {
                var cluster = OutputCluster(column: column, first: text,
                                            style: mark.stream == .stderr ? theme.errorOutput : theme.output)
                cluster.text = label(for: cluster)
                clusters.append(cluster)
            }
        }
        return clusters
    }

    /// One line of output as shown on the chart: the first line, control characters neutralised.
    func outputText(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first else { return "" }
        let shown = Sanitizer.sanitize(first.isEmpty ? "(empty line)" : first, mode: .strip)
        return lines.count > 1 ? shown + glyphs.ellipsis : shown
    }

    /// "One" alone, "One×3" for repeats, "tick 0 +2" for different lines together.
    func label(for cluster: OutputCluster) -> String {
        let first = TextWrap.truncate(cluster.first, width: 16, ellipsis: glyphs.ellipsis)
        if cluster.count == 1 { return first }
        if cluster.allSame { return first + (options.ascii ? "x" : "×") + String(cluster.count) }
        return first + " +" + String(cluster.count - 1)
    }
}
