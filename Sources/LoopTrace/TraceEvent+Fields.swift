/// The JSON Lines form of an event: its `ev` name and its fields, in a fixed order.
/// One table serves both directions so writer and reader cannot drift apart.
extension TraceEvent.Kind {
    /// A field value as JSON sees it.
    enum Field: Equatable {
        case int(Int64)
        case string(String)
        case ints([Int64])
        case wait(Wait)
        case null
    }

    /// The `ev` name and the fields of this event.
    var fields: (name: String, fields: [(String, Field)]) {
        switch self {
        case .loopStarted(let loop): return ("loop_start", [("loop", .int(loop))])
        case .iterationStarted(let loop, let ready, let timers):
            return ("iteration", [("loop", .int(loop)), ("ready", .int(ready)), ("timers", .int(timers))])
        case .clockJumped(let to): return ("clock_jump", [("to", .int(to))])
        case .loopStopped(let loop): return ("loop_stop", [("loop", .int(loop))])
        case .loopClosed(let loop): return ("loop_close", [("loop", .int(loop))])
        case .handleQueued(let handle, let task, let label):
            return ("handle_queued", [("handle", .int(handle)), ("task", .optional(task)), ("label", .string(label))])
        case .timerScheduled(let handle, let due, let task, let label):
            return ("timer_scheduled", [("handle", .int(handle)), ("due", .int(due)), ("task", .optional(task)), ("label", .string(label))])
        case .timerDue(let handle): return ("timer_due", [("handle", .int(handle))])
        case .handleCancelled(let handle): return ("handle_cancelled", [("handle", .int(handle))])
        case .handleStarted(let handle): return ("handle_start", [("handle", .int(handle))])
        case .handleFinished(let handle): return ("handle_end", [("handle", .int(handle))])
        case .taskCreated(let task, let name, let function, let site, let parent):
            return ("task_created", [("task", .int(task)), ("name", .string(name)), ("function", .string(function)),
                                     ("site", .string(site)), ("parent", .optional(parent))])
        case .taskRenamed(let task, let name): return ("task_renamed", [("task", .int(task)), ("name", .string(name))])
        case .taskResumed(let task): return ("task_resumed", [("task", .int(task))])
        case .taskSuspended(let task, let wait): return ("task_suspended", [("task", .int(task)), ("wait", .wait(wait))])
        case .taskFinished(let task, let outcome, let detail):
            return ("task_finished", [("task", .int(task)), ("outcome", .string(outcome.rawValue)), ("detail", .string(detail))])
        case .blockingCall(let task, let thread, let call, let duration):
            return ("blocking_call", [("task", .optional(task)), ("thread", .int(thread)), ("call", .string(call)), ("duration", .int(duration))])
        case .output(let stream, let text, let task, let thread):
            return ("output", [("stream", .string(stream.rawValue)), ("text", .string(text)), ("task", .optional(task)), ("thread", .int(thread))])
        case .threadStarted(let thread, let name): return ("thread_start", [("thread", .int(thread)), ("name", .string(name))])
        case .threadFinished(let thread): return ("thread_end", [("thread", .int(thread))])
        case .jobSubmitted(let job, let label, let task):
            return ("job_submitted", [("job", .int(job)), ("label", .string(label)), ("task", .optional(task))])
        case .jobStarted(let job, let thread): return ("job_start", [("job", .int(job)), ("thread", .int(thread))])
        case .jobFinished(let job, let outcome, let detail):
            return ("job_end", [("job", .int(job)), ("outcome", .string(outcome.rawValue)), ("detail", .string(detail))])
        case .warning(let kind, let task, let text):
            return ("warning", [("kind", .string(kind.rawValue)), ("task", .optional(task)), ("text", .string(text))])
        }
    }

    /// Rebuilds an event from its `ev` name and fields; nil names an unknown event.
    init?(name: String, _ f: FieldReader) throws {
        switch name {
        case "loop_start": self = .loopStarted(loop: try f.int("loop"))
        case "iteration": self = .iterationStarted(loop: try f.int("loop"), ready: try f.int("ready"), timers: try f.int("timers"))
        case "clock_jump": self = .clockJumped(to: try f.int64("to"))
        case "loop_stop": self = .loopStopped(loop: try f.int("loop"))
        case "loop_close": self = .loopClosed(loop: try f.int("loop"))
        case "handle_queued": self = .handleQueued(handle: try f.int("handle"), task: try f.optionalInt("task"), label: try f.string("label"))
        case "timer_scheduled":
            self = .timerScheduled(handle: try f.int("handle"), due: try f.int64("due"), task: try f.optionalInt("task"), label: try f.string("label"))
        case "timer_due": self = .timerDue(handle: try f.int("handle"))
        case "handle_cancelled": self = .handleCancelled(handle: try f.int("handle"))
        case "handle_start": self = .handleStarted(handle: try f.int("handle"))
        case "handle_end": self = .handleFinished(handle: try f.int("handle"))
        case "task_created":
            self = .taskCreated(task: try f.int("task"), name: try f.string("name"), function: try f.string("function"),
                                site: try f.string("site"), parent: try f.optionalInt("parent"))
        case "task_renamed": self = .taskRenamed(task: try f.int("task"), name: try f.string("name"))
        case "task_resumed": self = .taskResumed(task: try f.int("task"))
        case "task_suspended": self = .taskSuspended(task: try f.int("task"), wait: try f.wait("wait"))
        case "task_finished": self = .taskFinished(task: try f.int("task"), outcome: try f.enumeration("outcome"), detail: try f.string("detail"))
        case "blocking_call":
            self = .blockingCall(task: try f.optionalInt("task"), thread: try f.int("thread"), call: try f.string("call"), duration: try f.int64("duration"))
        case "output":
            self = .output(stream: try f.enumeration("stream"), text: try f.string("text"), task: try f.optionalInt("task"), thread: try f.int("thread"))
        case "thread_start": self = .threadStarted(thread: try f.int("thread"), name: try f.string("name"))
        case "thread_end": self = .threadFinished(thread: try f.int("thread"))
        case "job_submitted": self = .jobSubmitted(job: try f.int("job"), label: try f.string("label"), task: try f.optionalInt("task"))
        case "job_start": self = .jobStarted(job: try f.int("job"), thread: try f.int("thread"))
        case "job_end": self = .jobFinished(job: try f.int("job"), outcome: try f.enumeration("outcome"), detail: try f.string("detail"))
        case "warning": self = .warning(kind: try f.enumeration("kind"), task: try f.optionalInt("task"), text: try f.string("text"))
        default: return nil
        }
    }
}

extension TraceEvent.Kind.Field {
    static func int(_ n: Int) -> Self { .int(Int64(n)) }
    static func optional(_ n: Int?) -> Self { n.map { .int(Int64($0)) } ?? .null }
}
