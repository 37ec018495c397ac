import LoopTrace

/// The event loop's trace events: iterations, handles queued, timers scheduled
/// and due. Called only when the run is traced.
extension PyEventLoop {
    func traceIteration(_ tracer: TraceRecorder) {
        tracer.beginIteration()
        let liveTimers = timers.all.lazy.filter { !$0.cancelled }.count
        tracer.record(.iterationStarted(loop: traceID, ready: readyCount, timers: liveTimers))
    }

    /// A handle joined the ready queue; `task` is the task it steps.
    func traceQueued(_ h: PyHandle, stepping task: PyTask?, _ tracer: TraceRecorder) {
        h.traceID = tracer.nextHandleID()
        let label: String
        if let task {
            label = (task.coro.state == .created ? "start " : "resume ") + task.name
        } else {
            label = handleLabel(h, tracer)
        }
        tracer.record(.handleQueued(handle: h.traceID, task: task?.traceID, label: label))
    }

    /// A handle joined the timer heap. Timers the asyncio library sets while a
    /// task runs (a sleep, a timeout) are that task's.
    func traceScheduled(_ h: PyHandle, _ tracer: TraceRecorder) {
        h.traceID = tracer.nextHandleID()
        var label = handleLabel(h, tracer)
        var task: TraceEvent.TaskID?
        if let frame = tracer.vm?.currentFrame, frame.code.filename == VM.asyncioFilename {
            task = currentTask?.traceID
            label = libraryTimerLabel(frame, tracer) ?? label
        }
        tracer.rememberTimer(h.traceID, label: label)
        tracer.record(.timerScheduled(handle: h.traceID, due: traceNanos(h.when ?? 0), task: task, label: label))
    }

    /// A due timer moved to the ready queue.
    func traceDue(_ h: PyHandle, _ tracer: TraceRecorder) {
        tracer.record(.timerDue(handle: h.traceID))
        tracer.record(.handleQueued(handle: h.traceID, task: nil, label: tracer.takeTimerLabel(h.traceID)))
    }

    private func handleLabel(_ h: PyHandle, _ tracer: TraceRecorder) -> String {
        switch h.action {
        case .call(let fn, let args): return tracer.vm?.traceCallText(fn, args) ?? "callback"
        case .native(let name, _): return name + "()"
        }
    }

    /// What a timer set inside the asyncio library is for, from the call setting it.
    private func libraryTimerLabel(_ frame: Frame, _ tracer: TraceRecorder) -> String? {
        switch frame.code.qualifiedName {
        case "sleep": return "sleep(\(frame.traceLocal("delay").map { tracer.vm?.traceArgument($0) ?? "" } ?? ""))"
        case "wait_for": return "wait_for timeout"
        case "Timeout.reschedule": return "timeout"
        case "_wait_on": return "wait timeout"
        case "as_completed": return "as_completed timeout"
        default: return nil
        }
    }
}
