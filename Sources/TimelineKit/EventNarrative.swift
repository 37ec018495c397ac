import LoopTrace

/// Each trace event as one sentence, for the playback's "now" line: stepping
/// through a run reads like a story of what the loop did.
extension TimelineModel {
    /// A task's title by id, or a fallback when the trace never created it.
    func title(of task: TraceEvent.TaskID?) -> String {
        guard let task else { return "the main program" }
        return taskIndex[task].map { tasks[$0].title } ?? "Task \(task)"
    }

    func threadName(_ thread: TraceEvent.ThreadID) -> String {
        thread == 0 ? "the main thread" : "thread " + (threads.first { $0.id == thread }?.name ?? String(thread))
    }

    /// What event `index` did, in words.
    public func narrate(_ index: Int, snapshot: LoopSnapshot, ascii: Bool = false) -> String {
        let event = events[index]
        switch event.kind {
        case .loopStarted: return "The event loop starts running."
        case .iterationStarted(_, let ready, let timers):
            let pending = "\(timers) timer\(timers == 1 ? "" : "s") pending"
            if ready == 0 { return "Iteration \(event.iteration) begins with an empty ready queue; \(pending)." }
            return "Iteration \(event.iteration) begins: it runs the \(ready) handle\(ready == 1 ? "" : "s") queued now, "
                + "plus timers that are due; \(pending)."
        case .clockJumped(let to):
            return "Nothing is ready, so the loop sleeps: the clock jumps to \(TimeFormat.clock(to)), the next timer."
        case .loopStopped: return "The event loop stops."
        case .loopClosed: return "The event loop is closed."
        case .handleQueued(_, let task?, let label):
            return "\(title(of: task)) joins the ready queue (\(label)): it runs in the next iteration at the earliest."
        case .handleQueued(_, nil, let label):
            return "The callback '\(label)' joins the ready queue."
        case .timerScheduled(_, let due, let task, let label):
            let wakes = task.map { " to wake \(title(of: $0))" } ?? ""
            return "A timer is set for \(TimeFormat.clock(due)) (\(label))\(wakes)."
        case .timerDue(let handle):
            let label = snapshot.label(of: handle)?.label ?? "a timer"
            return "The timer '\(label)' is due: its callback moves to the ready queue."
        case .handleCancelled: return "A handle is cancelled: the loop will skip it."
        case .handleStarted(let handle):
            let owner = snapshot.label(of: handle)
            if let task = owner?.task { return "The loop runs \(owner?.label ?? "a step") for \(title(of: task))." }
            return "The loop runs the callback '\(owner?.label ?? "callback")'."
        case .handleFinished: return "The handle returns: the loop takes the next one."
        default: return narrateTask(event, ascii: ascii)
        }
    }

    private func narrateTask(_ event: TraceEvent, ascii: Bool) -> String {
        switch event.kind {
        case .taskCreated(let task, _, _, _, let parent):
            let by = parent.map { " by \(title(of: $0))" } ?? ""
            return "\(title(of: task)) is created\(by); its first step is queued."
        case .taskRenamed(let task, let name): return "\(title(of: task)) is renamed \(name)."
        case .taskResumed(let task): return "\(title(of: task)) resumes: it holds the loop until its next await."
        case .taskSuspended(let task, let wait):
            if wait.kind == .yield { return "\(title(of: task)) yields (sleep(0)): it is ready again at once, behind the queue." }
            return "\(title(of: task)) suspends at await \(wait.label): the loop is free again."
        case .taskFinished(let task, .returned, let detail): return "\(title(of: task)) returns \(detail)."
        case .taskFinished(let task, .cancelled, _): return "\(title(of: task)) is cancelled."
        case .taskFinished(let task, .failed, let detail): return "\(title(of: task)) fails with \(detail)."
        case .blockingCall(let task, 0, let call, let duration):
            return "\(title(of: task)) calls \(call): the whole loop is frozen for \(TimeFormat.duration(duration, ascii: ascii))."
        case .blockingCall(_, let thread, let call, let duration):
            return "\(threadName(thread)) blocks in \(call) for \(TimeFormat.duration(duration, ascii: ascii)); the loop stays free."
        case .output(_, let text, let task, let thread):
            let who = thread == 0 ? title(of: task) : threadName(thread)
            return "\(who) prints \(String(reflecting: text.hasSuffix("\n") ? String(text.dropLast()) : text))."
        case .threadStarted(let thread, _): return "The worker \(threadName(thread)) starts."
        case .threadFinished(let thread): return "The worker \(threadName(thread)) ends."
        case .jobSubmitted(_, let label, let task):
            return "\(title(of: task)) hands \(label) to a worker thread."
        case .jobStarted(_, let thread): return "\(threadName(thread)) starts the job."
        case .jobFinished(_, let outcome, let detail):
            return "A worker thread finishes its job (\(outcome == .returned ? "returned " + detail : outcome.rawValue))."
        case .warning(_, _, let text): return text
        default: return ""
        }
    }
}
