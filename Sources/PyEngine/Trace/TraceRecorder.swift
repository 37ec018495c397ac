import LoopTrace

/// Collects the run's trace events, stamped with the virtual clock and the loop
/// iteration, and hands out the trace's identifiers. The VM holds one only when
/// the run asked for a trace, so untraced runs pay a nil check per event site
/// and nothing more.
final class TraceRecorder {
    private(set) var events: [TraceEvent] = []
    /// The `_run_once` running now; 0 while no loop runs.
    var iteration = 0
    /// `_run_once` calls so far, across every loop of the run.
    private(set) var iterations = 0
    /// The simulated thread running now (0 is the main thread).
    var thread = 0
    /// The run, for its virtual clock. Weak: the VM owns the recorder.
    weak var vm: VM?
    /// Set while the tracer itself computes a repr: the program must not see it.
    private(set) var isQuiet = false

    private var loopCount = 0
    private var handleCount = 0
    private var jobCount = 0
    /// What each pending timer is for, until it is due: its label.
    private var timerLabels: [TraceEvent.HandleID: String] = [:]
    /// Futures that stand for executor jobs, for `executor` waits.
    private var jobFutures: [ObjectIdentifier: (future: Weak<PyFuture>, job: TraceEvent.JobID)] = [:]
    /// `concurrent.futures.Future`s by job, to link an asyncio future to its job.
    private var concurrentFutures: [ObjectIdentifier: (future: Weak<PyObject>, job: TraceEvent.JobID)] = [:]
    /// Each job's label, for the waits on it.
    private(set) var jobLabels: [TraceEvent.JobID: String] = [:]

    func record(_ kind: TraceEvent.Kind) {
        events.append(TraceEvent(time: vm?.virtualNanos ?? 0, iteration: iteration, kind: kind))
    }

    // MARK: Identifiers

    func nextLoopID() -> TraceEvent.LoopID {
        loopCount += 1
        return loopCount
    }

    func nextHandleID() -> TraceEvent.HandleID {
        handleCount += 1
        return handleCount
    }

    /// A new executor job, announced with its label.
    func submitJob(label: String, task: TraceEvent.TaskID?) -> TraceEvent.JobID {
        jobCount += 1
        jobLabels[jobCount] = label
        record(.jobSubmitted(job: jobCount, label: label, task: task))
        return jobCount
    }

    /// Starts the next `_run_once`.
    func beginIteration() {
        iterations += 1
        iteration = iterations
    }

    // MARK: Timers and jobs

    func rememberTimer(_ handle: TraceEvent.HandleID, label: String) {
        timerLabels[handle] = label
    }

    /// The label a timer was scheduled with; forgotten once it is due.
    func takeTimerLabel(_ handle: TraceEvent.HandleID) -> String {
        timerLabels.removeValue(forKey: handle) ?? ""
    }

    /// Marks `future` as the result of executor job `job`: a task awaiting it waits on the job.
    func registerJob(_ job: TraceEvent.JobID, future: PyFuture) {
        jobFutures[ObjectIdentifier(future)] = (Weak(object: future), job)
    }

    func registerConcurrentFuture(_ future: Value, job: TraceEvent.JobID) {
        guard let object = future.asObject else { return }
        concurrentFutures[ObjectIdentifier(object)] = (Weak(object: object), job)
    }

    func job(ofConcurrentFuture future: Value) -> TraceEvent.JobID? {
        guard let object = future.asObject, let entry = concurrentFutures[ObjectIdentifier(object)],
              entry.future.object === object else { return nil }
        return entry.job
    }

    /// The executor job `future` stands for, if any.
    func job(of future: PyFuture) -> TraceEvent.JobID? {
        guard let entry = jobFutures[ObjectIdentifier(future)], entry.future.object === future else { return nil }
        return entry.job
    }

    // MARK: Quiet evaluation

    /// Runs `body` (a repr for a label) without letting it show: its output is
    /// dropped and its instructions are not charged to the virtual clock, so a
    /// traced run behaves exactly like an untraced one.
    func quietly<T>(_ body: () -> T) -> T {
        guard let vm, !isQuiet else { return body() }
        let instructions = vm.instructionCounter.pointee, slept = vm.sleptNanos
        isQuiet = true
        defer {
            isQuiet = false
            vm.instructionCounter.pointee = instructions
            vm.sleptNanos = slept
        }
        return body()
    }
}

/// A future held without keeping it alive (tracing must not change lifetimes).
extension VM {
    /// Records `kind` now, if this run is traced.
    @inline(__always)
    func trace(_ kind: @autoclosure () -> TraceEvent.Kind) {
        if let tracer { tracer.record(kind()) }
    }

    /// The trace id of the task running now, if any.
    var traceRunningTask: TraceEvent.TaskID? {
        asyncio.runningLoop?.currentTask?.traceID
    }
}
