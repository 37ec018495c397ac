import LoopTrace

/// A task's trace events: created, suspended (with what it waits for) and
/// finished. Called only when the run is traced.
extension PyTask {
    func traceCreated(_ tracer: TraceRecorder) {
        let code = coro.frame.code
        tracer.record(.taskCreated(task: traceID, name: name, function: coro.qualifiedName,
                                   site: "\(code.filename):\(code.firstLine)", parent: loop.currentTask?.traceID))
    }

    func traceSuspended(on yielded: Value, _ tracer: TraceRecorder) {
        guard let vm = tracer.vm else { return }
        tracer.record(.taskSuspended(task: traceID, wait: vm.traceWait(of: self, yielded: yielded)))
    }

    /// The coroutine returned; a cancel that arrived meanwhile still wins (R27).
    func traceFinished(returning value: Value, _ tracer: TraceRecorder) {
        guard let vm = tracer.vm else { return }
        if mustCancel {
            let message = cancelMessage.isNone ? "" : vm.traceRepr(cancelMessage)
            tracer.record(.taskFinished(task: traceID, outcome: .cancelled, detail: "CancelledError(\(message))"))
        } else {
            tracer.record(.taskFinished(task: traceID, outcome: .returned, detail: vm.traceRepr(value)))
        }
    }

    func traceFinished(failing e: PyBaseException, _ tracer: TraceRecorder) {
        guard let vm = tracer.vm else { return }
        let outcome: TraceEvent.Outcome = e.isInstance(of: AsyncioTypes.cancelledError) ? .cancelled : .failed
        tracer.record(.taskFinished(task: traceID, outcome: outcome, detail: vm.traceRepr(.object(e))))
    }
}
