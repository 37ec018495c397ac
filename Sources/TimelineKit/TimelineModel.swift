import LoopTrace

/// Everything the chart and the playback draw, worked out once from a `Trace`:
/// the ticks along the time axis, one lane of state changes per task, output,
/// worker threads, queue sizes and the trace's warnings. Built by
/// `TimelineModel(trace:)` (see `TimelineModel+Build.swift`); never changed after.
public struct TimelineModel: Sendable {
    public typealias TaskID = TraceEvent.TaskID

    public var program: String
    /// The trace's events, kept for playback (`LoopSnapshot`).
    public var events: [TraceEvent]
    /// Tasks in creation order; `lanes[i]` belongs to `tasks[i]`.
    public var tasks: [TaskInfo] = []
    public var taskIndex: [TaskID: Int] = [:]
    public var ticks: [Tick] = []
    /// The tick each event is drawn in; `ticks.count` means after the last tick.
    public var eventTick: [Int] = []
    /// Per task, where its state changes, in tick order. Before the first
    /// transition the task does not exist yet.
    public var lanes: [[Transition]] = []
    /// The waits transitions point at (`Transition.wait`).
    public var waits: [Wait] = []
    public var outputs: [OutputMark] = []
    public var threads: [ThreadLane] = []
    public var warnings: [WarningMark] = []
    /// Handles in the ready queue and timers in the heap at the end of each tick.
    public var readyDepth: [Int] = []
    public var timerCount: [Int] = []
    /// Indices of `iteration` events, in order.
    public var iterationEvents: [Int] = []
    /// Virtual time at the end of the trace.
    public var endTime: Int64 = 0

    public var iterationCount: Int { iterationEvents.count }

    /// asyncio's own teardown work (`asyncio.run` ends with tasks running
    /// `shutdown_asyncgens` and `shutdown_default_executor`, and a thread for
    /// the latter, as in CPython): it is the library's, not the program's, so
    /// it gets no lane.
    static func isTeardown(function: String) -> Bool {
        function.hasPrefix("BaseEventLoop.shutdown_") || function.hasSuffix("(_do_shutdown)")
    }

    /// The program's file name without its directories, for headers.
    public var programName: String {
        program.split(separator: "/").last.map(String.init) ?? program
    }
}

/// One task, as created.
public struct TaskInfo: Equatable, Sendable {
    public var id: TraceEvent.TaskID
    /// The task's name at the end of the run (`set_name` renames it).
    public var name: String
    /// The coroutine's qualified name and where it is defined (`file:line`).
    public var function: String
    public var site: String
    public var parent: TraceEvent.TaskID?
    public var createdEvent: Int
    /// How and where it finished, if it did.
    public var finish: Finish?

    public struct Finish: Equatable, Sendable {
        public var event: Int
        public var outcome: TraceEvent.Outcome
        public var detail: String
    }

    /// "Task-2 count()": the name people read on a lane.
    public var title: String { "\(name) \(shortFunction)()" }

    /// The function without its enclosing scopes: `main.<locals>.worker` reads `worker`.
    public var shortFunction: String {
        function.split(separator: ".").last.map(String.init) ?? function
    }
}

/// A task's lane changes to `state` at the start of `tick`.
public struct Transition: Equatable, Sendable {
    public var tick: Int
    public var state: LaneState
    /// Index into `TimelineModel.waits` for waiting states, else -1.
    public var wait: Int

    public init(tick: Int, state: LaneState, wait: Int = -1) {
        self.tick = tick
        self.state = state
        self.wait = wait
    }
}

/// Text the program wrote.
public struct OutputMark: Equatable, Sendable {
    public var event: Int
    public var stream: TraceEvent.Stream
    public var text: String
    public var task: TraceEvent.TaskID?
    public var thread: TraceEvent.ThreadID
}

/// A worker thread and the executor jobs it ran.
public struct ThreadLane: Equatable, Sendable {
    public var id: TraceEvent.ThreadID
    public var name: String
    public var jobs: [Job]

    public struct Job: Equatable, Sendable {
        public var id: TraceEvent.JobID
        public var label: String
        /// Events where it started and ended (nil: still running at the end).
        public var startEvent: Int
        public var endEvent: Int?
        public var outcome: TraceEvent.Outcome?
    }
}

/// A `warning` event from the trace.
public struct WarningMark: Equatable, Sendable {
    public var event: Int
    public var kind: TraceEvent.WarningKind
    public var task: TraceEvent.TaskID?
    public var text: String
    /// For `waits_forever`: the wait the task was in (index into `waits`), else -1.
    public var wait = -1
}
