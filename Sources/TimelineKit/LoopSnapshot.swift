import LoopTrace

/// The event loop as it stood after some number of trace events: its ready
/// queue in FIFO order, its timer heap, what runs, and what every task is
/// doing. Playback shows these in its panes; any point can be rebuilt by
/// replaying events, which is what makes stepping backwards free.
public struct LoopSnapshot: Equatable, Sendable {
    /// How many events have been applied.
    public private(set) var events = 0
    /// Virtual time of the last event applied.
    public private(set) var time: Int64 = 0
    public private(set) var iteration = 0
    public private(set) var ready: [QueuedHandle] = []
    /// Pending timers, soonest first (ties in the order they were set, as in CPython's heap).
    public private(set) var timers: [PendingTimer] = []
    /// The handle the loop is running, and the task it stepped, if any.
    public private(set) var handle: TraceEvent.HandleID?
    public private(set) var running: TraceEvent.TaskID?
    /// Every task created so far and what it is doing.
    public private(set) var tasks: [TraceEvent.TaskID: TaskNow] = [:]
    /// The task the last task event was about (for "what is it waiting for").
    public private(set) var focus: TraceEvent.TaskID?
    /// How many handles at the front of `ready` the current iteration will still
    /// run; the ones behind them were queued during it and wait for the next.
    public private(set) var runThisIteration = 0
    private var iterationRunning = false
    private var labels: [TraceEvent.HandleID: (task: TraceEvent.TaskID?, label: String)] = [:]
    private var timerHandles: Set<TraceEvent.HandleID> = []

    public init() {}

    public struct QueuedHandle: Equatable, Sendable {
        public var handle: TraceEvent.HandleID
        /// The task this handle steps, if it is a task's step or wakeup.
        public var task: TraceEvent.TaskID?
        public var label: String
        /// The iteration during which it was queued.
        public var queuedIn: Int
        /// A timer that came due (rather than a `call_soon`).
        public var fromTimer = false
        public var cancelled = false
    }

    public struct PendingTimer: Equatable, Sendable {
        public var handle: TraceEvent.HandleID
        public var due: Int64
        /// The task it will wake, if any.
        public var task: TraceEvent.TaskID?
        public var label: String
    }

    /// A task's state now; `wait` is set while it waits.
    public struct TaskNow: Equatable, Sendable {
        public var state: LaneState
        public var wait: Wait?
    }

    public static func == (a: LoopSnapshot, b: LoopSnapshot) -> Bool {
        a.events == b.events && a.time == b.time && a.iteration == b.iteration && a.ready == b.ready
            && a.timers == b.timers && a.handle == b.handle && a.running == b.running && a.tasks == b.tasks
            && a.focus == b.focus && a.runThisIteration == b.runThisIteration
    }

    // MARK: - Applying events

    public mutating func apply(_ event: TraceEvent) {
        events += 1
        time = event.time
        if event.iteration > 0 { iteration = event.iteration }
        switch event.kind {
        case .iterationStarted:
            ready.removeAll { $0.cancelled }
            runThisIteration = ready.count
            iterationRunning = false
        case .handleQueued(let h, let task, let label):
            labels[h] = (task, label)
            ready.append(QueuedHandle(handle: h, task: task, label: label, queuedIn: iteration, fromTimer: timerHandles.contains(h)))
            // Timers coming due join the batch; anything queued once handles run waits.
            if !iterationRunning && iteration > 0 { runThisIteration += 1 }
            if let task, task != running { tasks[task] = TaskNow(state: .ready) }
        case .timerScheduled(let h, let due, let task, let label):
            labels[h] = (nil, label)
            timerHandles.insert(h)
            let timer = PendingTimer(handle: h, due: due, task: task, label: label)
            let at = timers.firstIndex { $0.due > due } ?? timers.count
            timers.insert(timer, at: at)
        case .timerDue(let h), .handleCancelled(let h):
            timers.removeAll { $0.handle == h }
            if case .handleCancelled = event.kind, let i = ready.firstIndex(where: { $0.handle == h }) {
                ready[i].cancelled = true
            }
        case .handleStarted(let h):
            ready.removeAll { $0.handle == h }
            handle = h
            iterationRunning = true
            runThisIteration = max(0, runThisIteration - 1)
        case .handleFinished:
            handle = nil
            running = nil
        default:
            applyTaskEvent(event)
        }
    }

    private mutating func applyTaskEvent(_ event: TraceEvent) {
        switch event.kind {
        case .taskCreated(let task, _, _, _, _):
            tasks[task] = TaskNow(state: .created)
            focus = task
        case .taskResumed(let task):
            tasks[task] = TaskNow(state: .running)
            running = task
            focus = task
        case .taskSuspended(let task, let wait):
            let requeued = ready.contains { $0.task == task }
            tasks[task] = wait.kind == .yield || requeued
                ? TaskNow(state: .ready) : TaskNow(state: .waiting(LaneState.WaitClass(wait.kind)), wait: wait)
            running = nil
            focus = task
        case .taskFinished(let task, let outcome, _):
            tasks[task] = TaskNow(state: .done(outcome))
            if running == task { running = nil }
            focus = task
        case .warning(.waitsForever, let task?, _):
            if let wait = tasks[task]?.wait { tasks[task] = TaskNow(state: .stuck, wait: wait) }
        default:
            break
        }
    }

    /// Tasks per broad state: for the playback header.
    public var stateCounts: (running: Int, ready: Int, waiting: Int, done: Int) {
        var counts = (running: 0, ready: 0, waiting: 0, done: 0)
        for now in tasks.values {
            switch now.state {
            case .running, .blocking: counts.running += 1
            case .ready, .created: counts.ready += 1
            case .waiting, .stuck: counts.waiting += 1
            case .done: counts.done += 1
            }
        }
        return counts
    }

    /// The label a handle was queued or scheduled with.
    public func label(of handle: TraceEvent.HandleID) -> (task: TraceEvent.TaskID?, label: String)? {
        labels[handle]
    }
}

/// Snapshots at every point of a trace, cheaply: a stored snapshot every so many
/// events, and a short replay from the nearest one.
public struct SnapshotIndex: Sendable {
    public let events: [TraceEvent]
    let stride: Int
    let checkpoints: [LoopSnapshot]

    public init(events: [TraceEvent]) {
        self.events = events
        // At most about 64 stored snapshots, however long the trace.
        stride = max(256, events.count / 64)
        var checkpoints = [LoopSnapshot()]
        var snapshot = LoopSnapshot()
        for (index, event) in events.enumerated() {
            snapshot.apply(event)
            if (index + 1) % stride == 0 { checkpoints.append(snapshot) }
        }
        self.checkpoints = checkpoints
    }

    /// The loop after the first `count` events.
    public func snapshot(after count: Int) -> LoopSnapshot {
        let count = min(max(0, count), events.count)
        var snapshot = checkpoints[min(count / stride, checkpoints.count - 1)]
        while snapshot.events < count { snapshot.apply(events[snapshot.events]) }
        return snapshot
    }
}
