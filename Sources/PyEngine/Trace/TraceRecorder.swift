import LoopTrace

/// Collects the run's trace events, stamped with the virtual clock and the loop
/// iteration. The VM holds one only when the run asked for a trace, so untraced
/// runs pay a nil check per event site and nothing more.
final class TraceRecorder {
    private(set) var events: [TraceEvent] = []
    /// The current `_run_once` number across all loops; 0 before the first.
    var iteration = 0

    func record(_ kind: TraceEvent.Kind, at time: Int64) {
        events.append(TraceEvent(time: time, iteration: iteration, kind: kind))
    }
}

extension VM {
    /// Records `kind` now, if this run is traced.
    @inline(__always)
    func trace(_ kind: @autoclosure () -> TraceEvent.Kind) {
        if let tracer { tracer.record(kind(), at: virtualNanos) }
    }
}
