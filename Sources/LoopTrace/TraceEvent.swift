/// One thing the event loop (or a simulated thread) did, at one virtual time.
///
/// Events are recorded in the order they happen; `time` never decreases.
/// Identifiers are small integers given in creation order within one run,
/// so the same program always yields the same trace.
public struct TraceEvent: Equatable, Sendable {
    /// Virtual nanoseconds since the program started.
    public var time: Int64
    /// The event loop iteration (`_run_once` call) this happened in; 0 outside any.
    public var iteration: Int
    public var kind: Kind

    public init(time: Int64, iteration: Int, kind: Kind) {
        self.time = time
        self.iteration = iteration
        self.kind = kind
    }

    public typealias TaskID = Int
    public typealias HandleID = Int
    public typealias LoopID = Int
    public typealias ThreadID = Int
    public typealias JobID = Int

    public enum Kind: Equatable, Sendable {
        // MARK: The loop
        /// `run_forever` (or `run_until_complete`) began on a loop.
        case loopStarted(loop: LoopID)
        /// `_run_once` began: it will run the `ready` handles queued now plus due timers.
        case iterationStarted(loop: LoopID, ready: Int, timers: Int)
        /// Nothing was ready: the loop waited, and the clock jumped to the next deadline.
        case clockJumped(to: Int64)
        /// The loop stopped running (`stop()` or its future completed).
        case loopStopped(loop: LoopID)
        case loopClosed(loop: LoopID)

        // MARK: Handles (callbacks in the ready queue and the timer heap)
        /// A handle joined the ready queue (`call_soon`, a task step or wakeup, a due timer).
        case handleQueued(handle: HandleID, task: TaskID?, label: String)
        /// A handle joined the timer heap, due at `due` virtual nanoseconds.
        case timerScheduled(handle: HandleID, due: Int64, task: TaskID?, label: String)
        /// A due timer moved from the heap to the ready queue.
        case timerDue(handle: HandleID)
        /// `Handle.cancel()`: the loop will skip it.
        case handleCancelled(handle: HandleID)
        /// The loop began running a handle; for a task step, `taskResumed` follows.
        case handleStarted(handle: HandleID)
        /// The handle's callback returned.
        case handleFinished(handle: HandleID)

        // MARK: Tasks
        /// A task was created; `parent` is the task running at the time, if any.
        /// `function` is the coroutine's qualified name, `site` where it is defined ("file:line").
        case taskCreated(task: TaskID, name: String, function: String, site: String, parent: TaskID?)
        case taskRenamed(task: TaskID, name: String)
        /// A step began: the task holds the loop until it suspends or ends.
        case taskResumed(task: TaskID)
        /// The step ended with the task waiting; `wait` says on what.
        case taskSuspended(task: TaskID, wait: Wait)
        /// The task finished for good.
        case taskFinished(task: TaskID, outcome: Outcome, detail: String)

        // MARK: Blocking and output
        /// A call that blocked the whole thread, e.g. `time.sleep(1)` inside a coroutine;
        /// `task` is the task that made it (nil outside any task).
        case blockingCall(task: TaskID?, thread: ThreadID, call: String, duration: Int64)
        /// Text the program wrote; `task` is the running task, `thread` the writing thread.
        case output(stream: Stream, text: String, task: TaskID?, thread: ThreadID)

        // MARK: Simulated threads and executor jobs
        /// A simulated thread began (thread 0 is the main thread and is never announced).
        case threadStarted(thread: ThreadID, name: String)
        case threadFinished(thread: ThreadID)
        /// A job was handed to an executor (`run_in_executor`, `to_thread`, `submit`).
        case jobSubmitted(job: JobID, label: String, task: TaskID?)
        case jobStarted(job: JobID, thread: ThreadID)
        case jobFinished(job: JobID, outcome: Outcome, detail: String)

        // MARK: Diagnostics
        /// Something a learner should know about; `task` is the task concerned, if any.
        case warning(kind: WarningKind, task: TaskID?, text: String)
    }

    /// How a task or job ended.
    public enum Outcome: String, Equatable, Sendable, CaseIterable {
        case returned, cancelled, failed
    }

    public enum Stream: String, Equatable, Sendable, CaseIterable {
        case stdout, stderr
    }

    public enum WarningKind: String, Equatable, Sendable, CaseIterable {
        /// "Task exception was never retrieved" / "Future exception was never retrieved".
        case exceptionNeverRetrieved = "exception_never_retrieved"
        /// "Task was destroyed but it is pending!"
        case destroyedPending = "destroyed_pending"
        /// "coroutine '...' was never awaited".
        case neverAwaited = "never_awaited"
        /// Every task waits on something nothing can complete: CPython would hang.
        case waitsForever = "waits_forever"
        /// CPython's order here follows memory addresses; the engine used creation order (R44).
        case addressOrder = "address_order"
    }
}
