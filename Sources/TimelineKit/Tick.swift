import LoopTrace

/// One step along the chart's horizontal axis: a handle the loop ran, a stretch
/// of time the loop sat idle (a clock jump), or code outside any loop.
///
/// Ticks, not seconds, are the unit because the interesting part of an asyncio
/// program happens at one instant of virtual time: three tasks run one after
/// another "at t=0". Each handle run gets its own column(s) so that order shows;
/// stretches of time get widths in proportion to their length (`ColumnLayout`).
public struct Tick: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The loop ran this handle's callback; `task` is the task it stepped, if any.
        case handle(TraceEvent.HandleID, task: TraceEvent.TaskID?, label: String)
        /// Nothing was ready: the loop waited and the clock jumped.
        case idle
        /// Code outside any event loop (before `asyncio.run`, between runs).
        case outside
    }

    public var kind: Kind
    /// Virtual nanoseconds at which it began and ended.
    public var start: Int64
    public var end: Int64
    /// The loop iteration it belongs to (0 outside the loop).
    public var iteration: Int
    /// Index of the first trace event drawn in this tick.
    public var firstEvent: Int
    /// Set when this tick held the loop for long: what blocked it.
    public var block: Block?

    public var duration: Int64 { end - start }

    /// Why a handle run held the loop for long.
    public struct Block: Equatable, Sendable {
        /// The blocking call (`time.sleep(1)`), or nil for plain CPU work.
        public var call: String?
        public var duration: Int64
    }

    /// The task this tick stepped, if it was a task's handle.
    public var task: TraceEvent.TaskID? {
        if case .handle(_, let task, _) = kind { return task }
        return nil
    }

    public var isIdle: Bool { kind == .idle }
}
