import LoopTrace

/// Something a learner should notice, in one sentence that says why it matters.
/// The chart numbers them and marks the lanes concerned.
public struct Diagnostic: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// One step held the loop for long: a blocking call or heavy CPU work.
        case blockedLoop
        case neverAwaited
        case exceptionNeverRetrieved
        case waitsForever
        case destroyedPending
        /// Any other warning the trace carries.
        case note
    }

    public var kind: Kind
    /// The task whose lane gets the mark, if any.
    public var task: TraceEvent.TaskID?
    /// The tick it happened in, if it is tied to one.
    public var tick: Int?
    public var text: String
}

extension TimelineModel {
    /// The blocked-loop findings (from the ticks) and the trace's warnings, in time order.
    public func diagnostics(ascii: Bool = false) -> [Diagnostic] {
        var found: [(order: Int, diagnostic: Diagnostic)] = []
        for (index, tick) in ticks.enumerated() {
            if let text = blockedLoopText(tick: index, ascii: ascii) {
                found.append((tick.firstEvent, Diagnostic(kind: .blockedLoop, task: tick.task, tick: index, text: text)))
            }
        }
        for warning in warnings {
            found.append((warning.event, diagnostic(for: warning, ascii: ascii)))
        }
        for t in stillWaiting() {
            let label = waits[lanes[t].last!.wait].label
            found.append((events.count, Diagnostic(kind: .waitsForever, task: tasks[t].id, tick: ticks.count,
                text: "\(tasks[t].title) was still waiting on \(label) when the run ended: nothing ever woke it.")))
        }
        return found.sorted { $0.order < $1.order }.map(\.diagnostic)
    }

    // MARK: - Blocked loop

    /// "Task-3 blocker() blocked the loop for 1 s in time.sleep(1): every other task waited."
    func blockedLoopText(tick index: Int, ascii: Bool) -> String? {
        let tick = ticks[index]
        guard case .handle(_, let taskID, let label) = tick.kind,
              tick.block != nil || tick.duration >= Self.slowStepNanos else { return nil }
        let who = taskID.flatMap { taskIndex[$0] }.map { tasks[$0].title } ?? "The callback \(label)"
        let how = tick.block?.call.map { " in \($0)" } ?? " of CPU work without an await"
        let others = tasks.indices.filter { t in
            tasks[t].id != taskID && isAlive(t, atTick: index)
        }
        var text = "\(who) blocked the loop for \(TimeFormat.duration(tick.duration, ascii: ascii))\(how)"
        text += others.isEmpty ? ": nothing else could run meanwhile." : ": every other task waited."
        let late = lateWakeups(during: index)
        if !late.isEmpty {
            text += " " + late.map { "\(tasks[$0.task].title) woke \(TimeFormat.duration($0.late, ascii: ascii)) late" }
                .joined(separator: ", ") + "."
        }
        return text
    }

    /// Whether task `t` exists and has not finished at tick `tick`.
    func isAlive(_ t: Int, atTick tick: Int) -> Bool {
        guard let first = lanes[t].first, first.tick <= tick else { return false }
        let current = lanes[t].last { $0.tick <= tick }
        return current?.state.isAlive ?? false
    }

    /// Tasks whose sleep ended while tick `index` held the loop, and how late they resumed.
    func lateWakeups(during index: Int) -> [(task: Int, late: Int64)] {
        let tick = ticks[index]
        var result: [(task: Int, late: Int64)] = []
        for t in tasks.indices {
            guard let current = lanes[t].last(where: { $0.tick <= index }), case .waiting(.timer) = current.state,
                  current.wait >= 0, let until = waits[current.wait].until, until > tick.start, until < tick.end,
                  let resumed = lanes[t].first(where: { $0.tick > index && $0.state == .running }) else { continue }
            let at = resumed.tick < ticks.count ? ticks[resumed.tick].start : endTime
            result.append((t, at - until))
        }
        return result
    }

    /// Tasks left waiting at the end that no warning already explains (a warning
    /// about a task, like `waits_forever`, says more than this can).
    func stillWaiting() -> [Int] {
        let explained = Set(warnings.compactMap(\.task))
        guard !warnings.contains(where: { $0.kind == .waitsForever && $0.task == nil }) else { return [] }
        return tasks.indices.filter { t in
            guard tasks[t].finish == nil, !explained.contains(tasks[t].id), let last = lanes[t].last,
                  last.wait >= 0 else { return false }
            if case .waiting = last.state { return true }
            return false
        }
    }

    // MARK: - Warnings

    func diagnostic(for warning: WarningMark, ascii: Bool) -> Diagnostic {
        let task = warning.task.flatMap { taskIndex[$0] }.map { tasks[$0] }
        let tick = warning.event < eventTick.count ? eventTick[warning.event] : nil
        switch warning.kind {
        case .neverAwaited:
            let name = Self.quotedName(in: warning.text) ?? "the coroutine"
            return Diagnostic(kind: .neverAwaited, task: warning.task, tick: tick,
                              text: "\(warning.text): calling \(name)() only made a coroutine object; "
                                  + "await it, or hand it to asyncio.create_task().")
        case .exceptionNeverRetrieved:
            let what = task.flatMap { $0.finish?.detail } ?? "an exception"
            let who = task?.title ?? "A task"
            return Diagnostic(kind: .exceptionNeverRetrieved, task: warning.task, tick: tick,
                              text: "\(who) failed with \(what) and nothing awaited it: the exception was never retrieved.")
        case .waitsForever:
            guard let task else {
                return Diagnostic(kind: .waitsForever, task: nil, tick: tick, text: warning.text)
            }
            let label = warning.wait >= 0 ? waits[warning.wait].label : "something"
            return Diagnostic(kind: .waitsForever, task: warning.task, tick: tick,
                              text: "\(task.title) waits forever on \(label): nothing left can wake it, so CPython would hang.")
        case .destroyedPending:
            return Diagnostic(kind: .destroyedPending, task: warning.task, tick: tick,
                              text: "\(task?.title ?? "A task") was destroyed while still pending: nothing kept a reference to it.")
        case .addressOrder:
            return Diagnostic(kind: .note, task: warning.task, tick: tick, text: warning.text)
        }
    }

    /// The name between the first pair of single quotes: `count` in "coroutine 'count' was…".
    static func quotedName(in text: String) -> String? {
        let parts = text.split(separator: "'", omittingEmptySubsequences: false)
        guard parts.count >= 3, !parts[1].isEmpty else { return nil }
        return parts[1].split(separator: ".").last.map(String.init)
    }
}
