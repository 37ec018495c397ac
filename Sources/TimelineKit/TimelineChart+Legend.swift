import TerminalKit

// MARK: - Header, legend and diagnostics

extension ChartCanvas {
    /// "gather_count.py · 4 tasks · 7 loop iterations · 1 s of virtual time · ⚠ 1"
    func headerLine() -> StyledLine {
        let tasks = model.tasks.count
        var parts = [model.programName,
                     "\(TimeFormat.count(tasks)) task\(tasks == 1 ? "" : "s")",
                     "\(model.iterationCount) loop iteration\(model.iterationCount == 1 ? "" : "s")",
                     "\(TimeFormat.duration(model.endTime, ascii: options.ascii)) virtual time"]
        if !model.threads.isEmpty {
            parts.append("\(model.threads.count) thread\(model.threads.count == 1 ? "" : "s")")
        }
        var spans = [StyledSpan(TextWrap.truncate(parts.joined(separator: glyphs.separator), width: options.width, ellipsis: glyphs.ellipsis), theme.heading)]
        if !diagnostics.isEmpty {
            let mark = "\(glyphs.separator)\(glyphs.warning) \(diagnostics.count)"
            if StyledLine(spans).width + DisplayWidth.of(mark) <= options.width { spans.append(StyledSpan(mark, theme.warning)) }
        }
        return StyledLine(spans)
    }

    /// One entry per mark the chart used, wrapped to the width.
    func legendLines() -> [StyledLine] {
        let entries = LegendItem.allCases.filter(legend.contains).map(legendEntry)
        var lines: [StyledLine] = []
        var current = StyledLine()
        for (mark, style, meaning) in entries {
            let entry = [StyledSpan(mark, style), StyledSpan(" " + meaning)]
            let width = DisplayWidth.of(mark) + 1 + DisplayWidth.of(meaning)
            if current.width > 0 && current.width + 2 + width > options.width {
                lines.append(current)
                current = StyledLine()
            }
            if current.width > 0 { current.spans.append(StyledSpan("  ")) }
            current.spans += entry
        }
        if current.width > 0 { lines.append(current) }
        return lines
    }

    func legendEntry(_ item: LegendItem) -> (String, Style, String) {
        let g = glyphs
        let two = { (c: Character) in String(repeating: String(c), count: 2) }
        switch item {
        case .running: return (two(g.running), theme.running, "running")
        case .ready: return (two(g.ready), theme.ready, "ready, waiting for the loop")
        case .blocking: return (two(g.blocking), theme.blocking, "blocking the loop")
        case .timer: return (two(g.timer), theme.waitingTimer, "sleeping")
        case .task: return (two(g.task), theme.waitingTask, "awaiting tasks")
        case .queue: return (two(g.queue), theme.waitingOther, "awaiting a queue")
        case .sync: return (two(g.sync), theme.waitingOther, "awaiting a lock/event")
        case .executor: return (two(g.executor), theme.executor, "awaiting a thread")
        case .future: return (two(g.future), theme.waitingOther, "awaiting a future")
        case .created: return (String(g.created), theme.dim, "created")
        case .stuck: return (two(g.stuck), theme.stuck, "waits forever")
        case .returned: return (String(g.returned), theme.done, "returned")
        case .cancelled: return (String(g.cancelled), theme.cancelled, "cancelled")
        case .failed: return (String(g.failed), theme.failed, "failed")
        case .callback: return (String(g.callback), theme.label, "loop callback")
        case .idle: return (two(g.idle), theme.dim, "loop idle, clock jumps")
        case .thread: return (two(g.running), theme.executor, "thread at work")
        case .density: return (String(g.levels[1]) + String(g.levels[7]), theme.ready, "share active")
        case .counts: return ("3", theme.dim, "number queued")
        case .levels: return (String(g.levels[1]) + String(g.levels[7]), theme.dim, "few / most queued")
        }
    }

    /// "⚠1 Task-3 blocker() blocked the loop for 1 s in time.sleep(1): …", wrapped.
    func diagnosticLines() -> [StyledLine] {
        var lines: [StyledLine] = []
        for (number, diagnostic) in diagnostics.enumerated() {
            let tag = "\(glyphs.warning)\(number + 1) "
            let indent = String(repeating: " ", count: DisplayWidth.of(tag))
            let wrapped = TextWrap.wrap(tag + diagnostic.text, width: options.width, indent: indent, ellipsis: glyphs.ellipsis)
            for (index, text) in wrapped.enumerated() {
                if index == 0 {
                    lines.append(StyledLine([StyledSpan(tag, theme.warning), StyledSpan(String(text.dropFirst(tag.count)))]))
                } else {
                    lines.append(StyledLine(plain: text))
                }
            }
        }
        return lines
    }
}
