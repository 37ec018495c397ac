import LoopTrace
import TerminalKit

// MARK: - Task, group and thread lanes

extension ChartCanvas {
    mutating func drawLane(_ lane: LaneRow, into buffer: inout ScreenBuffer, row: Int) {
        let visible = isVisible(lane)
        // During playback a task's lane appears when the task is created.
        guard visible else { return }
        let label = Self.label(for: lane, model: model, ascii: options.ascii)
        if visible { writeLabel(label, style: theme.label, into: &buffer, row: row) }
        switch lane {
        case .task(let t):
            drawTask(t, into: &buffer, row: row)
            if visible { drawFlags(for: model.tasks[t].id, into: &buffer, row: row) }
        case .group(let group):
            drawGroup(group, into: &buffer, row: row)
        case .thread(let t):
            drawThread(t, into: &buffer, row: row)
        }
    }

    /// During playback a lane appears once its task is created.
    func isVisible(_ lane: LaneRow) -> Bool {
        switch lane {
        case .task(let t): return isShown(event: model.tasks[t].createdEvent)
        case .group(let g): return g.members.contains { isShown(event: model.tasks[$0].createdEvent) }
        case .thread(let t): return model.threads[t].jobs.first.map { isShown(event: $0.startEvent) } ?? false
        }
    }

    // MARK: One task

    /// The state shown in each plot column, and the wait behind it (for its label).
    func laneCells(_ t: Int) -> (states: [LaneState?], waits: [Int]) {
        var states = [LaneState?](repeating: nil, count: layout.width)
        var waits = [Int](repeating: -1, count: layout.width)
        forEachCell(of: t) { column, state, wait in
            if let old = states[column], old.priority >= state.priority { return }
            states[column] = state
            waits[column] = wait
        }
        return (states, waits)
    }

    /// Calls `body` for every column a task's transitions cover. A finished task
    /// gets its end mark in one column only; a sleep that should have ended but
    /// could not (the loop was blocked) shows as ready from its deadline on.
    func forEachCell(of t: Int, _ body: (Int, LaneState, Int) -> Void) {
        let lane = model.lanes[t]
        for (j, transition) in lane.enumerated() {
            let last = j + 1 == lane.count
            let next = last ? layout.tickCount : lane[j + 1].tick
            let columns = layout.columns(from: transition.tick, to: next, throughEnd: last)
            if case .done = transition.state {
                body(columns.lowerBound, transition.state, -1)
                continue
            }
            let until = transition.state == .waiting(.timer) && transition.wait >= 0 ? model.waits[transition.wait].until : nil
            for column in columns {
                if let until, columnTimes[column] > until {
                    body(column, .ready, transition.wait)
                } else {
                    body(column, transition.state, transition.wait)
                }
            }
        }
    }

    mutating func drawTask(_ t: Int, into buffer: inout ScreenBuffer, row: Int) {
        let (states, waits) = laneCells(t)
        for (column, state) in states.enumerated() {
            guard let state, column <= lastVisibleColumn else { continue }
            legend.insert(LegendItem(state))
            put(glyphs.glyph(state), theme.style(state), column: column, row: row, into: &buffer)
        }
        drawWaitLabels(states: states, waits: waits, into: &buffer, row: row)
    }

    /// Names what a task waits on inside its waiting stretch, when the name fits:
    /// `──sleep(1)──────`, `══gather(Task-2, Task-3)══`, `▓time.sleep(1)▓`.
    func drawWaitLabels(states: [LaneState?], waits: [Int], into buffer: inout ScreenBuffer, row: Int) {
        var start = 0
        while start < states.count {
            var end = start + 1
            while end < states.count && states[end] == states[start] && waits[end] == waits[start] { end += 1 }
            if let state = states[start], let label = runLabel(state: state, wait: waits[start], at: start),
               let text = [label, state == .blocking ? "blocked" : nil].compactMap({ $0 })
                   .first(where: { DisplayWidth.of($0) + 2 <= end - start }) {
                let width = DisplayWidth.of(text)
                let offset = state == .blocking || end - start < width + 4 ? 1 : 2
                if end - start >= width + offset + 1 && start + offset + width <= lastVisibleColumn + 1 {
                    putText(text, theme.style(state), column: start + offset, row: row, into: &buffer)
                }
            }
            start = end
        }
    }

    func runLabel(state: LaneState, wait: Int, at column: Int) -> String? {
        switch state {
        case .waiting, .stuck:
            return wait >= 0 ? model.waits[wait].label : nil
        case .blocking:
            guard let t = layout.tick(atColumn: column) else { return nil }
            return model.ticks[t].block?.call
        default:
            return nil
        }
    }

    /// "⚠1" after a lane whose task a diagnostic is about.
    func drawFlags(for task: TraceEvent.TaskID, into buffer: inout ScreenBuffer, row: Int) {
        guard let numbers = flags[task], let first = numbers.first else { return }
        let visible = diagnostics[first - 1].tick.map { tick in
            isShown(event: tick < model.ticks.count ? model.ticks[tick].firstEvent : model.events.count - 1)
        } ?? true
        guard visible else { return }
        let text = glyphs.warning + String(first) + (numbers.count > 1 ? "+" : "")
        buffer.write(text, style: theme.warning, at: Position(row: row, column: options.width - flagWidth + 1),
                     maxWidth: flagWidth - 1)
    }

    // MARK: A group of tasks

    /// Counts, per state and column, how many of the group's tasks are in that state
    /// there: `counts[state.countIndex][column]`. Each task counts once per column.
    func groupCounts(_ group: LaneGroup) -> [[Int]] {
        var counts = [[Int]](repeating: [Int](repeating: 0, count: layout.width), count: LaneState.countSlots)
        for t in group.members {
            var pending: (column: Int, state: LaneState)?
            forEachCell(of: t) { column, state, _ in
                if let p = pending, p.column == column {
                    if state.priority > p.state.priority { pending = (column, state) }
                    return
                }
                if let p = pending { counts[p.state.countIndex][p.column] += 1 }
                pending = (column, state)
            }
            if let p = pending { counts[p.state.countIndex][p.column] += 1 }
        }
        return counts
    }

    /// The group's lane shows, per column, the state most of its live tasks are in;
    /// the row under it how many are running or ready, from ▁ (a few) to █ (all).
    mutating func drawGroup(_ group: LaneGroup, into buffer: inout ScreenBuffer, row: Int) {
        let counts = groupCounts(group)
        let active = [LaneState.running, .blocking, .ready].map(\.countIndex)
        for column in 0..<layout.width where column <= lastVisibleColumn {
            var best: (state: LaneState, count: Int)?
            for state in LaneState.countable where counts[state.countIndex][column] > 0 {
                let count = counts[state.countIndex][column]
                let beats = best.map { state.isAlive && (!$0.state.isAlive || count > $0.count
                    || count == $0.count && state.priority > $0.state.priority) } ?? true
                if beats { best = (state, count) }
            }
            if let best {
                legend.insert(LegendItem(best.state))
                put(glyphs.glyph(best.state), theme.style(best.state), column: column, row: row, into: &buffer)
            }
            let busy = active.reduce(0) { $0 + counts[$1][column] }
            if let level = glyphs.level(busy, of: group.members.count) {
                legend.insert(.density)
                put(level, theme.ready, column: column, row: row + 1, into: &buffer)
            }
        }
        if isVisible(.group(group)) {
            writeLabel("active", style: theme.dim, into: &buffer, row: row + 1)
        }
    }

    // MARK: A worker thread

    mutating func drawThread(_ t: Int, into buffer: inout ScreenBuffer, row: Int) {
        for job in model.threads[t].jobs where isShown(event: job.startEvent) {
            // By time, not by tick: a job often ends while the loop sits idle.
            let from = Int(layout.position(ofEvent: job.startEvent).rounded(.down))
            let to = job.endEvent.map { Int(layout.position(ofEvent: $0).rounded()) } ?? layout.endColumn + 1
            let columns = from..<max(from + 1, min(to, layout.width))
            legend.insert(.thread)
            for column in columns { put(glyphs.running, theme.executor, column: column, row: row, into: &buffer) }
            let width = DisplayWidth.of(job.label)
            if columns.count >= width + 3 && columns.lowerBound + 1 + width <= lastVisibleColumn + 1 {
                putText(job.label, theme.executor, column: columns.lowerBound + 1, row: row, into: &buffer)
            }
        }
    }
}
