import Foundation
import LoopTrace
import TerminalKit

/// `view(state) -> frame`: the playback screen.
///
///     gather_count.py · t=0.000 s · iteration 2 · event 21/87            ❚❚ paused ×1
///     <the chart, drawn up to the playback head ▼>
///     ─ Ready queue (FIFO) ──────────────┬─ Timers (soonest first) ────────────
///     › 1 Task-3 count()  Task.__step    │ 1.000 s  Task-2 count()  end of sleep(1)
///     ┄ queued during this iteration ┄   │
///     Task-3 count() resumes: it holds the loop until its next await.
///     ─ Output ───────────────────────────────────────────────────────────────
///     Task-2  One
///     space pause · . one event · n one iteration · , back · + - speed · q quit
extension Playback {
    public func frame(_ state: PlaybackState) -> ScreenBuffer {
        let size = state.size
        var buffer = ScreenBuffer(width: size.columns, height: size.rows)
        guard size.rows >= 6, size.columns >= 20 else {
            buffer.write("Window too small for the timeline.", at: Position(row: 0, column: 0))
            return buffer
        }
        let snapshot = snapshot(state)
        var row = 0
        buffer.write(headerLine(state, snapshot), at: Position(row: row, column: 0))
        row += 1
        if !model.ticks.isEmpty {
            var drawing = canvas(for: size).canvas.cut(ChartOptions.Cut(position: state.position, events: state.cursor))
            for line in drawing.drawChart() where row < size.rows - 1 {
                buffer.write(line, at: Position(row: row, column: 0))
                row += 1
            }
        }
        let footer = size.rows - 1
        let rest = footer - row
        if rest >= 8 {
            // Half of what is left, so the output pane keeps room too.
            let paneRows = min(6, max(2, (rest - 4) / 2))
            drawPanes(snapshot, into: &buffer, row: row, height: paneRows)
            row += paneRows + 1
        }
        row = drawNow(state, snapshot, into: &buffer, row: row, limit: footer)
        drawOutput(state, into: &buffer, row: row, limit: footer)
        buffer.write(footerLine(width: size.columns), at: Position(row: footer, column: 0))
        return buffer
    }

    // MARK: - Header and footer

    func headerLine(_ state: PlaybackState, _ snapshot: LoopSnapshot) -> StyledLine {
        let width = state.size.columns
        let time = clockTime(state, snapshot)
        let counts = snapshot.stateCounts
        let separator = glyphs.separator
        let status: String
        if state.cursor == eventCount && !state.playing {
            status = "end: r replays, q quits"
        } else {
            let speed = glyphs == .ascii ? state.speedLabel.replacingOccurrences(of: "×", with: "x") : state.speedLabel
            status = (state.playing ? glyphs.playing + " playing " : glyphs.paused + " paused ") + speed
        }
        var left = [model.programName, "t=" + TimeFormat.clock(time), "iteration \(snapshot.iteration)",
                    "event \(state.cursor)/\(eventCount)"].joined(separator: separator)
        let tasks = "run \(counts.running) ready \(counts.ready) waiting \(counts.waiting) done \(counts.done)"
        if DisplayWidth.of(left + separator + tasks) + 2 + DisplayWidth.of(status) <= width { left += separator + tasks }
        left = TextWrap.truncate(left, width: max(0, width - DisplayWidth.of(status) - 2), ellipsis: glyphs.ellipsis)
        let gap = max(1, width - DisplayWidth.of(left) - DisplayWidth.of(status))
        return StyledLine([StyledSpan(left, theme.heading), StyledSpan(String(repeating: " ", count: gap)),
                           StyledSpan(status, state.playing ? theme.running : theme.warning)])
    }

    /// The clock at the playback head: gliding through idle time, else the last event's.
    func clockTime(_ state: PlaybackState, _ snapshot: LoopSnapshot) -> Int64 {
        guard !model.ticks.isEmpty else { return snapshot.time }
        let layout = canvas(for: state.size).canvas.layout
        guard let tick = layout.tick(atColumn: Int(state.position.rounded(.down))), layout.isLong(tick) else {
            return snapshot.time
        }
        return layout.time(atPosition: state.position)
    }

    func footerLine(width: Int) -> StyledLine {
        let text = PlaybackKeys.help.map { "\($0.0) \($0.1)" }.joined(separator: glyphs.separator)
        return StyledLine([StyledSpan(TextWrap.truncate(text, width: width, ellipsis: glyphs.ellipsis), theme.dim)])
    }

    /// A title rule: "─ Ready queue (FIFO) ─────".
    func titleRule(_ title: String, width: Int) -> StyledLine {
        let rule = String(glyphs.rule)
        let head = rule + " " + title + " "
        let fill = max(0, width - DisplayWidth.of(head))
        return StyledLine([StyledSpan(TextWrap.truncate(head, width: width, ellipsis: glyphs.ellipsis) + String(repeating: rule, count: fill), theme.dim)])
    }

    // MARK: - Ready queue and timers

    func drawPanes(_ snapshot: LoopSnapshot, into buffer: inout ScreenBuffer, row: Int, height: Int) {
        let width = buffer.width
        let left = width / 2
        buffer.write(titleRule("Ready queue (FIFO)", width: left), at: Position(row: row, column: 0))
        buffer.write(titleRule("Timers (soonest first)", width: width - left), at: Position(row: row, column: left))
        let ready = readyLines(snapshot, width: left - 2, height: height)
        let timers = timerLines(snapshot, width: width - left - 2, height: height)
        for line in 0..<height {
            let y = row + 1 + line
            if line < ready.count { buffer.write(ready[line], at: Position(row: y, column: 0), maxWidth: left - 1) }
            buffer.write(String(glyphs.verticalRule), style: theme.dim, at: Position(row: y, column: left))
            if line < timers.count { buffer.write(timers[line], at: Position(row: y, column: left + 2), maxWidth: width - left - 2) }
        }
    }

    func readyLines(_ snapshot: LoopSnapshot, width: Int, height: Int) -> [StyledLine] {
        guard !snapshot.ready.isEmpty else { return [StyledLine([StyledSpan("(empty)", theme.dim)])] }
        var lines: [StyledLine] = []
        for (index, queued) in snapshot.ready.enumerated() {
            if index == snapshot.runThisIteration && snapshot.iteration > 0 {
                lines.append(StyledLine([StyledSpan(TextWrap.truncate("\(glyphs.future)\(glyphs.future) queued during iteration \(snapshot.iteration): they run in the next", width: width, ellipsis: glyphs.ellipsis), theme.dim)]))
            }
            let marker = index == 0 ? (glyphs == .ascii ? ">" : "›") : " "
            let who = queued.task.map { model.title(of: $0) }
                ?? String(glyphs.callback) + (queued.fromTimer ? " timer" : " callback")
            var spans = [StyledSpan("\(marker) \(index + 1) ", theme.dim),
                         StyledSpan(who, queued.task == nil ? theme.label : theme.ready),
                         StyledSpan("  " + queued.label, theme.dim)]
            if queued.cancelled { spans.append(StyledSpan(" (cancelled)", theme.warning)) }
            lines.append(StyledLine(spans))
        }
        return Self.clip(lines, height: height, more: "more", ellipsis: glyphs.ellipsis)
    }

    func timerLines(_ snapshot: LoopSnapshot, width: Int, height: Int) -> [StyledLine] {
        guard !snapshot.timers.isEmpty else { return [StyledLine([StyledSpan("(none)", theme.dim)])] }
        let lines = snapshot.timers.map { timer -> StyledLine in
            let who = timer.task.map { " " + glyphs.arrow + " " + model.title(of: $0) } ?? ""
            // A timer past its deadline is waiting for a loop that is busy elsewhere.
            let late = timer.due < snapshot.time
                ? [StyledSpan(" \(TimeFormat.duration(snapshot.time - timer.due, ascii: glyphs == .ascii)) late", theme.warning)] : []
            return StyledLine([StyledSpan(TimeFormat.clock(timer.due), theme.waitingTimer)] + late
                              + [StyledSpan(who, theme.label), StyledSpan("  " + timer.label, theme.dim)])
        }
        return Self.clip(lines, height: height, more: "more", ellipsis: glyphs.ellipsis)
    }

    /// At most `height` lines, the last one saying how many were left out.
    static func clip(_ lines: [StyledLine], height: Int, more: String, ellipsis: String) -> [StyledLine] {
        guard lines.count > height else { return lines }
        let kept = Array(lines.prefix(max(0, height - 1)))
        return kept + [StyledLine(plain: "\(ellipsis) and \(lines.count - kept.count) \(more)")]
    }

    // MARK: - Now and output

    /// What the last event did, what the task in focus waits for, and the latest diagnostic.
    func drawNow(_ state: PlaybackState, _ snapshot: LoopSnapshot, into buffer: inout ScreenBuffer, row: Int, limit: Int) -> Int {
        var row = row
        var lines: [StyledLine] = []
        if state.cursor == 0 {
            lines.append(StyledLine([StyledSpan("Space plays; . steps one event, n one loop iteration.", theme.dim)]))
        } else {
            lines.append(StyledLine([StyledSpan(glyphs.arrow + " ", theme.dim),
                                     StyledSpan(model.narrate(state.cursor - 1, snapshot: snapshot, ascii: glyphs == .ascii))]))
        }
        if let focus = focusLine(snapshot) { lines.append(focus) }
        if let note = latestDiagnostic(state) {
            // The diagnostic is the lesson: give it two lines.
            let text = note.plainText
            let wrapped = TextWrap.wrap(text, width: buffer.width, indent: "   ", ellipsis: glyphs.ellipsis)
            let tag = note.spans.first?.text ?? ""
            lines.append(StyledLine([StyledSpan(tag, theme.warning), StyledSpan(String(wrapped[0].dropFirst(tag.count)))]))
            if wrapped.count > 1 { lines.append(StyledLine(plain: wrapped[1])) }
        }
        for line in lines where row < limit {
            buffer.write(line, at: Position(row: row, column: 0))
            row += 1
        }
        return row
    }

    /// "Task-2 count() awaits sleep(1) until t=1.000 s", or what runs now.
    func focusLine(_ snapshot: LoopSnapshot) -> StyledLine? {
        if let running = snapshot.running {
            return StyledLine([StyledSpan("  running: ", theme.dim), StyledSpan(model.title(of: running), theme.running)])
        }
        guard let task = snapshot.focus, let now = snapshot.tasks[task] else { return nil }
        let what: String
        switch now.state {
        case .waiting, .stuck:
            let until = now.wait?.until.map { " until " + TimeFormat.clock($0) } ?? ""
            what = "awaits \(now.wait?.label ?? "something")\(until)" + (now.state == .stuck ? ", for ever" : "")
        case .ready: what = "is ready, waiting for its turn in the queue"
        case .created: what = "is created"
        case .running, .blocking: what = "is running"
        case .done(let outcome): what = outcome == .returned ? "has finished" : "was \(outcome.rawValue)"
        }
        return StyledLine([StyledSpan("  " + model.title(of: task) + " ", theme.label), StyledSpan(what, theme.style(now.state))])
    }

    func latestDiagnostic(_ state: PlaybackState) -> StyledLine? {
        let found = canvas(for: state.size).canvas.diagnostics.enumerated().last { _, d in
            guard let tick = d.tick else { return false }
            let event = tick < model.ticks.count ? model.ticks[tick].firstEvent : model.events.count - 1
            return event < state.cursor
        }
        guard let (number, diagnostic) = found else { return nil }
        return StyledLine([StyledSpan("\(glyphs.warning)\(number + 1) ", theme.warning), StyledSpan(diagnostic.text)])
    }

    /// The program's output so far, newest at the bottom, each line tagged with who printed it.
    func drawOutput(_ state: PlaybackState, into buffer: inout ScreenBuffer, row: Int, limit: Int) {
        guard limit - row >= 2 else { return }
        buffer.write(titleRule("Output", width: buffer.width), at: Position(row: row, column: 0))
        let room = limit - row - 1
        var lines: [StyledLine] = []
        for mark in model.outputs.reversed() where mark.event < state.cursor {
            let who = mark.thread == 0 ? (mark.task.flatMap { model.taskIndex[$0] }.map { model.tasks[$0].name } ?? "main")
                : (model.threads.first { $0.id == mark.thread }?.name ?? "thread")
            var texts = mark.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if texts.last == "" { texts.removeLast() }
            for text in texts.reversed() {
                let style = mark.stream == .stderr ? theme.errorOutput : theme.output
                lines.append(StyledLine([StyledSpan(TextWrap.truncate(who, width: 10, ellipsis: glyphs.ellipsis).padding(to: 11), theme.dim), StyledSpan(text, style)]))
            }
            if lines.count >= room { break }
        }
        for (index, line) in lines.prefix(room).reversed().enumerated() {
            buffer.write(line, at: Position(row: row + 1 + index, column: 0))
        }
    }
}

extension String {
    /// Pads with spaces to `width` display columns.
    func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
    }
}
