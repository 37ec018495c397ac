/// What a suspended task waits for: the reason half of `taskSuspended`.
public struct Wait: Equatable, Sendable {
    public var kind: Kind
    /// Words for people, e.g. "sleep(1)", "Queue.get()", "<Future pending>".
    public var label: String
    /// The deadline, for timer waits (virtual nanoseconds).
    public var until: Int64?
    /// The tasks waited on (one for `await task`, several for gather and wait).
    public var tasks: [TraceEvent.TaskID]
    /// The executor job waited on.
    public var job: TraceEvent.JobID?

    public init(kind: Kind, label: String, until: Int64? = nil,
                tasks: [TraceEvent.TaskID] = [], job: TraceEvent.JobID? = nil) {
        self.kind = kind
        self.label = label
        self.until = until
        self.tasks = tasks
        self.job = job
    }

    public enum Kind: String, Equatable, Sendable, CaseIterable {
        /// `sleep(0)` or a bare yield: ready again at once, behind what is queued.
        case yield
        /// `sleep(d)`, or a timeout's timer.
        case sleep
        /// Another task (`await task`, `wait_for` of a task).
        case task
        /// `gather`, `wait`, `as_completed`, `TaskGroup` exit: several tasks.
        case tasks
        case queueGet = "queue_get"
        case queuePut = "queue_put"
        /// `Queue.join()`: until every item taken has been marked done.
        case queueJoin = "queue_join"
        case lock
        case event
        case condition
        case semaphore
        case barrier
        /// An executor job or a thread (`run_in_executor`, `to_thread`).
        case executor
        /// Any other future.
        case future
    }
}
