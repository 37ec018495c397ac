import LoopTrace

/// What a task is doing at one moment, as the chart draws it. The glyph shape
/// carries the state; colour only repeats it (see `ChartTheme`).
public enum LaneState: Hashable, Sendable {
    /// Created, its first step not yet queued (rarely seen: creation queues it).
    case created
    /// A handle for it waits in the ready queue: it could run, the loop has not got to it.
    case ready
    /// Its step holds the loop.
    case running
    /// Its step holds the loop for long (a blocking call, heavy CPU): everyone else waits.
    case blocking
    /// Suspended at an `await`, on this kind of thing.
    case waiting(WaitClass)
    /// Suspended on something nothing can ever complete (a `waits_forever` warning).
    case stuck
    /// Finished: returned, cancelled or failed.
    case done(TraceEvent.Outcome)

    /// The families of waits the chart tells apart.
    public enum WaitClass: Hashable, Sendable, CaseIterable {
        /// `asyncio.sleep` or a timeout's timer.
        case timer
        /// Another task, or several (`await task`, `gather`, `wait`, a `TaskGroup`).
        case task
        /// An `asyncio.Queue` with nothing to get or no room to put.
        case queue
        /// A lock, event, condition, semaphore or barrier.
        case sync
        /// An executor job running on a worker thread.
        case executor
        /// Any other future.
        case future

        public init(_ kind: Wait.Kind) {
            switch kind {
            case .sleep: self = .timer
            case .task, .tasks: self = .task
            case .queueGet, .queuePut, .queueJoin: self = .queue
            case .lock, .event, .condition, .semaphore, .barrier: self = .sync
            case .executor: self = .executor
            case .future, .yield: self = .future
            }
        }
    }

    /// True while the task exists and has not finished.
    public var isAlive: Bool {
        if case .done = self { return false }
        return true
    }

    /// Every state, for counting per state.
    public static let countable: [LaneState] = [.created, .ready, .running, .blocking, .stuck]
        + WaitClass.allCases.map(LaneState.waiting) + TraceEvent.Outcome.allCases.map(LaneState.done)

    static let countSlots = 14

    /// A small number per state (its place in `countable`), for counting in arrays.
    var countIndex: Int {
        switch self {
        case .created: return 0
        case .ready: return 1
        case .running: return 2
        case .blocking: return 3
        case .stuck: return 4
        case .waiting(let kind): return 5 + WaitClass.allCases.firstIndex(of: kind)!
        case .done(let outcome): return 11 + TraceEvent.Outcome.allCases.firstIndex(of: outcome)!
        }
    }

    /// True while suspended on something (stuck included).
    public var isWaiting: Bool {
        switch self {
        case .waiting, .stuck: return true
        default: return false
        }
    }

    /// Which state shows when several share one screen column (many events
    /// squeezed together): a run is never hidden by the waiting around it.
    public var priority: Int {
        switch self {
        case .blocking: return 9
        case .running: return 8
        case .done(.failed), .done(.cancelled): return 7
        case .ready: return 6
        case .stuck: return 5
        case .waiting: return 4
        case .created: return 3
        case .done(.returned): return 1
        }
    }
}
