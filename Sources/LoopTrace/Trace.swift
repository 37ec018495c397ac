/// A whole run's trace: what ran, and every event in order.
public struct Trace: Equatable, Sendable {
    /// Bumped whenever an event's meaning or fields change incompatibly.
    public static let schemaVersion = 1

    /// The program's file name as given to the engine.
    public var program: String
    /// Virtual nanoseconds one bytecode instruction costs in this run.
    public var instructionNanos: Int64
    public var events: [TraceEvent]

    public init(program: String, instructionNanos: Int64, events: [TraceEvent] = []) {
        self.program = program
        self.instructionNanos = instructionNanos
        self.events = events
    }
}
