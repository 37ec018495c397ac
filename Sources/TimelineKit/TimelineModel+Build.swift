import LoopTrace

extension TimelineModel {
    /// A handle run this long holds the loop for long enough to call it blocking:
    /// CPython's debug mode warns from `loop.slow_callback_duration`, 100 ms.
    public static let slowStepNanos: Int64 = 100_000_000
    /// Time passing outside any handle without a clock jump is drawn as idle only
    /// from this long on; shorter gaps are the loop's own bookkeeping.
    static let gapNanos: Int64 = 1_000_000

    /// Builds the model in one pass over the events.
    public init(trace: Trace) {
        var builder = ModelBuilder(trace: trace)
        for index in trace.events.indices { builder.take(index) }
        self = builder.finish()
    }
}

/// The one-pass scan behind `TimelineModel(trace:)`.
///
/// Every event is drawn in some tick. Events inside a handle run belong to it;
/// the loop's own events between handles (an iteration starting, timers coming
/// due) wait in `pending` and go to the next tick. A task's state changes are
/// collected per tick and written to its lane once the scan leaves that tick,
/// so a lane reads "ran in tick 4, waiting from tick 5".
struct ModelBuilder {
    var model: TimelineModel
    /// Index of the tick events go into now, if one is open.
    var open: Int?
    var inHandle = false
    var pending: [Int] = []
    var handleOwners: [TraceEvent.HandleID: TraceEvent.TaskID?] = [:]
    var handleLabels: [TraceEvent.HandleID: String] = [:]
    var ready: Set<TraceEvent.HandleID> = []
    var timers: Set<TraceEvent.HandleID> = []
    var jobLabels: [TraceEvent.JobID: String] = [:]
    /// Per task (by index): its state now, and what is not yet written to its lane.
    var states: [TaskProgress] = []

    struct TaskProgress {
        var state = LaneState.created
        var wait = -1
        /// The tick of the unwritten change, and whether the task ran in it.
        var dirtyTick: Int?
        var ran = false
        /// Its own step queued it again (a bare yield) while it ran.
        var requeued = false
    }

    init(trace: Trace) {
        model = TimelineModel(program: trace.program, events: trace.events)
        model.eventTick = Array(repeating: 0, count: trace.events.count)
    }

    // MARK: - Ticks

    mutating func take(_ index: Int) {
        let event = model.events[index]
        model.endTime = max(model.endTime, event.time)
        openTickIfNeeded(for: event, index: index)
        let tick = place(index, event)
        apply(event, index: index, tick: tick)
        if case .handleFinished = event.kind, let open {
            model.ticks[open].end = event.time
            inHandle = false
            self.open = nil
        }
        if case .clockJumped = event.kind { open = nil }
    }

    mutating func openTickIfNeeded(for event: TraceEvent, index: Int) {
        switch event.kind {
        case .handleStarted(let handle):
            let owner = handleOwners[handle] ?? nil
            openTick(.handle(handle, task: owner, label: handleLabels[handle] ?? "callback"), event, index)
            inHandle = true
        case .clockJumped(let to):
            // The jump spans from where the last tick ended to `to`, whether the
            // event is stamped before the jump or, as the engine does, after it.
            let from = min(event.time, model.ticks.last?.end ?? event.time)
            openTick(.idle, event, index, from: from)
            model.ticks[open!].end = max(event.time, to)
        case .output, .blockingCall:
            guard !inHandle, event.iteration == 0, !isOutsideOpen else { return }
            openTick(.outside, event, index)
        default:
            // Loop events close a stretch of top-level code.
            if isOutsideOpen && event.iteration > 0 { open = nil }
        }
    }

    var isOutsideOpen: Bool { open.map { model.ticks[$0].kind == .outside } ?? false }

    mutating func openTick(_ kind: Tick.Kind, _ event: TraceEvent, _ index: Int, from start: Int64? = nil) {
        let start = start ?? event.time
        // Time that passed with no clock jump recorded is still idle time.
        if let last = model.ticks.last, start - last.end >= TimelineModel.gapNanos {
            append(Tick(kind: .idle, start: last.end, end: start, iteration: event.iteration,
                        firstEvent: pending.first ?? index))
        }
        append(Tick(kind: kind, start: start, end: event.time, iteration: event.iteration,
                    firstEvent: pending.first ?? index))
        open = model.ticks.count - 1
    }

    mutating func append(_ tick: Tick) {
        let index = model.ticks.count
        for p in pending { model.eventTick[p] = index }
        pending.removeAll()
        model.ticks.append(tick)
        model.readyDepth.append(ready.count)
        model.timerCount.append(timers.count)
    }

    /// Puts event `index` in a tick (or in `pending`); returns the tick its state
    /// changes count for.
    mutating func place(_ index: Int, _ event: TraceEvent) -> Int {
        guard let open else {
            pending.append(index)
            return model.ticks.count
        }
        model.eventTick[index] = open
        model.ticks[open].end = max(model.ticks[open].end, event.time)
        return open
    }

    // MARK: - Events

    mutating func apply(_ event: TraceEvent, index: Int, tick: Int) {
        switch event.kind {
        case .iterationStarted: model.iterationEvents.append(index)
        case .handleQueued(let handle, let task, let label):
            handleOwners[handle] = task
            handleLabels[handle] = label
            ready.insert(handle)
            if let task, let t = model.taskIndex[task] { queued(t, tick: tick) }
        case .timerScheduled(let handle, _, _, let label):
            // The task a timer wakes is not the one its handle steps: a timer runs
            // a callback that queues the task's wakeup.
            handleOwners[handle] = .some(nil)
            handleLabels[handle] = label
            timers.insert(handle)
        case .timerDue(let handle): timers.remove(handle)
        case .handleCancelled(let handle):
            timers.remove(handle)
            ready.remove(handle)
        case .handleStarted(let handle): ready.remove(handle)
        case .taskCreated(_, _, let function, _, _) where TimelineModel.isTeardown(function: function):
            break
        case .taskCreated(let task, let name, let function, let site, let parent):
            created(TaskInfo(id: task, name: name, function: function, site: site, parent: parent, createdEvent: index), tick: tick)
        case .taskRenamed(let task, let name):
            if let t = model.taskIndex[task] { model.tasks[t].name = name }
        case .taskResumed(let task): if let t = model.taskIndex[task] { resumed(t, tick: tick) }
        case .taskSuspended(let task, let wait): if let t = model.taskIndex[task] { suspended(t, on: wait, tick: tick) }
        case .taskFinished(let task, let outcome, let detail):
            guard let t = model.taskIndex[task] else { break }
            model.tasks[t].finish = TaskInfo.Finish(event: index, outcome: outcome, detail: detail)
            change(t, to: .done(outcome), tick: tick)
        case .blockingCall(_, let thread, let call, let duration):
            guard thread == 0, inHandle || isOutsideOpen, let open else { break }
            var block = model.ticks[open].block ?? Tick.Block(call: nil, duration: 0)
            block.call = block.call.map { $0 + ", " + call } ?? call
            block.duration += duration
            model.ticks[open].block = block
            model.ticks[open].end = max(model.ticks[open].end, event.time + duration)
        case .output(let stream, let text, let task, let thread):
            model.outputs.append(OutputMark(event: index, stream: stream, text: text, task: task, thread: thread))
        case .threadStarted(_, let name) where TimelineModel.isTeardown(function: name):
            break
        case .threadStarted(let thread, let name):
            model.threads.append(ThreadLane(id: thread, name: name, jobs: []))
        case .jobSubmitted(let job, let label, _): jobLabels[job] = label
        case .jobStarted(let job, let thread):
            guard let l = model.threads.firstIndex(where: { $0.id == thread }) else { break }
            model.threads[l].jobs.append(.init(id: job, label: jobLabels[job] ?? "job", startEvent: index))
        case .jobFinished(let job, let outcome, _):
            for l in model.threads.indices {
                if let j = model.threads[l].jobs.firstIndex(where: { $0.id == job && $0.endEvent == nil }) {
                    model.threads[l].jobs[j].endEvent = index
                    model.threads[l].jobs[j].outcome = outcome
                }
            }
        case .warning(let kind, let task, let text):
            var mark = WarningMark(event: index, kind: kind, task: task, text: text)
            if kind == .waitsForever { mark.wait = markStuck(task) }
            model.warnings.append(mark)
        case .loopStarted, .clockJumped, .loopStopped, .loopClosed, .handleFinished, .threadFinished:
            break
        }
        if let open, open == model.ticks.count - 1 {
            model.readyDepth[open] = ready.count
            model.timerCount[open] = timers.count
        }
    }

    // MARK: - Task states

    mutating func created(_ info: TaskInfo, tick: Int) {
        model.taskIndex[info.id] = model.tasks.count
        model.tasks.append(info)
        model.lanes.append([])
        states.append(TaskProgress())
        change(model.tasks.count - 1, to: .created, tick: tick)
    }

    mutating func queued(_ t: Int, tick: Int) {
        if states[t].state == .running {
            states[t].requeued = true
        } else {
            change(t, to: .ready, tick: tick)
        }
    }

    mutating func resumed(_ t: Int, tick: Int) {
        change(t, to: .running, tick: tick)
        states[t].ran = true
        states[t].requeued = false
    }

    mutating func suspended(_ t: Int, on wait: Wait, tick: Int) {
        model.waits.append(wait)
        if wait.kind == .yield || states[t].requeued {
            change(t, to: .ready, tick: tick)
        } else {
            change(t, to: .waiting(LaneState.WaitClass(wait.kind)), tick: tick, wait: model.waits.count - 1)
        }
        states[t].requeued = false
    }

    /// Records a state change in `tick`, first writing out changes from an earlier tick.
    mutating func change(_ t: Int, to state: LaneState, tick: Int, wait: Int = -1) {
        if let dirty = states[t].dirtyTick, dirty != tick { flush(t) }
        states[t].state = state
        states[t].wait = wait
        states[t].dirtyTick = tick
    }

    /// Writes a task's changes in its dirty tick to its lane: a run shows in that
    /// tick and the state it ended in from the next; other changes from that tick.
    mutating func flush(_ t: Int) {
        guard let tick = states[t].dirtyTick else { return }
        let s = states[t]
        if s.ran {
            let blocking = tick < model.ticks.count && isBlocking(model.ticks[tick])
            push(t, Transition(tick: tick, state: blocking ? .blocking : .running))
            push(t, Transition(tick: tick + 1, state: s.state, wait: s.wait))
        } else {
            push(t, Transition(tick: tick, state: s.state, wait: s.wait))
        }
        states[t].dirtyTick = nil
        states[t].ran = false
    }

    func isBlocking(_ tick: Tick) -> Bool {
        tick.block != nil || tick.duration >= TimelineModel.slowStepNanos
    }

    /// Appends to a lane, replacing a change in the same tick and dropping repeats.
    mutating func push(_ t: Int, _ transition: Transition) {
        if let last = model.lanes[t].last, last.tick == transition.tick { model.lanes[t].removeLast() }
        if let last = model.lanes[t].last, last.state == transition.state, last.wait == transition.wait { return }
        model.lanes[t].append(transition)
    }

    // MARK: - The end

    mutating func finish() -> TimelineModel {
        if !pending.isEmpty {
            if model.ticks.isEmpty {
                let first = model.events[pending[0]]
                append(Tick(kind: .outside, start: first.time, end: model.endTime, iteration: 0, firstEvent: pending[0]))
            } else {
                for p in pending { model.eventTick[p] = model.ticks.count }
                pending.removeAll()
            }
        }
        for t in states.indices { flush(t) }
        model.endTime = max(model.endTime, model.ticks.last?.end ?? 0)
        return model
    }

    /// A task the trace says waits forever (nil: every waiting task): the wait it is
    /// in now is drawn as stuck, from where it began until whatever ends it (the end
    /// of the run, or `asyncio.run` cancelling it after giving up). Returns that wait.
    mutating func markStuck(_ task: TraceEvent.TaskID?) -> Int {
        let indices = task.flatMap { model.taskIndex[$0] }.map { [$0] } ?? Array(states.indices)
        var wait = -1
        for t in indices {
            guard case .waiting = states[t].state else { continue }
            wait = states[t].wait
            if states[t].dirtyTick != nil {
                states[t].state = .stuck
            } else if let last = model.lanes[t].indices.last {
                model.lanes[t][last].state = .stuck
            }
        }
        return wait
    }
}
