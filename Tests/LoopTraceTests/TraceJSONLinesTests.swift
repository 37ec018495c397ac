import Testing
@testable import LoopTrace

/// The JSON Lines form: fixed key order, every event kind round-trips, bad input
/// is refused with the line at fault.
@Suite struct TraceJSONLinesTests {
    /// One event of every kind, with optional fields both set and unset.
    static let everyKind: [TraceEvent.Kind] = [
        .loopStarted(loop: 1),
        .iterationStarted(loop: 1, ready: 3, timers: 2),
        .clockJumped(to: 1_000_000_000),
        .loopStopped(loop: 1),
        .loopClosed(loop: 1),
        .handleQueued(handle: 4, task: 2, label: "Task.__step()"),
        .handleQueued(handle: 5, task: nil, label: "print('hi')"),
        .timerScheduled(handle: 6, due: 1_500_000_000, task: 2, label: "sleep(1.5)"),
        .timerDue(handle: 6),
        .handleCancelled(handle: 6),
        .handleStarted(handle: 4),
        .handleFinished(handle: 4),
        .taskCreated(task: 2, name: "Task-2", function: "count", site: "demo.py:3", parent: 1),
        .taskCreated(task: 1, name: "Task-1", function: "main", site: "demo.py:9", parent: nil),
        .taskRenamed(task: 2, name: "worker \"a\""),
        .taskResumed(task: 2),
        .taskSuspended(task: 2, wait: Wait(kind: .sleep, label: "sleep(1)", until: 1_000_000_000)),
        .taskSuspended(task: 1, wait: Wait(kind: .tasks, label: "gather(count(), count())", tasks: [2, 3])),
        .taskSuspended(task: 3, wait: Wait(kind: .executor, label: "run_in_executor(work)", job: 1)),
        .taskSuspended(task: 1, wait: Wait(kind: .queueJoin, label: "Queue.join()")),
        .taskFinished(task: 2, outcome: .failed, detail: "ValueError('x')"),
        .blockingCall(task: 2, thread: 0, call: "time.sleep(1)", duration: 1_000_000_000),
        .output(stream: .stdout, text: "One\n", task: 2, thread: 0),
        .output(stream: .stderr, text: "tab\there \u{1}", task: nil, thread: 1),
        .threadStarted(thread: 1, name: "asyncio_0"),
        .threadFinished(thread: 1),
        .jobSubmitted(job: 1, label: "work(3)", task: 3),
        .jobStarted(job: 1, thread: 1),
        .jobFinished(job: 1, outcome: .returned, detail: "9"),
        .warning(kind: .addressOrder, task: nil, text: "CPython cancels these in address order"),
    ]

    @Test func everyKindRoundTrips() throws {
        let events = Self.everyKind.enumerated().map { TraceEvent(time: Int64($0.offset) * 10, iteration: $0.offset / 3, kind: $0.element) }
        let trace = Trace(program: "demo.py", instructionNanos: 25, events: events)
        let decoded = try TraceJSONLines.decode(TraceJSONLines.encode(trace))
        #expect(decoded == trace)
    }

    @Test func linesHaveAFixedShape() {
        #expect(TraceJSONLines.header(program: "a.py", instructionNanos: 25)
                == #"{"schema":"looplab-trace","version":1,"program":"a.py","instruction_ns":25}"#)
        let event = TraceEvent(time: 7, iteration: 2, kind: .taskSuspended(task: 2, wait: Wait(kind: .sleep, label: "sleep(1)", until: 1_000_000_007)))
        #expect(TraceJSONLines.line(event, seq: 5)
                == #"{"seq":5,"t":7,"iter":2,"ev":"task_suspended","task":2,"wait":{"kind":"sleep","label":"sleep(1)","until":1000000007,"tasks":[],"job":null}}"#)
        let output = TraceEvent(time: 0, iteration: 0, kind: .output(stream: .stdout, text: "a\"b\\\n", task: nil, thread: 0))
        #expect(TraceJSONLines.line(output, seq: 0)
                == #"{"seq":0,"t":0,"iter":0,"ev":"output","stream":"stdout","text":"a\"b\\\n","task":null,"thread":0}"#)
    }

    @Test func badInputNamesTheLine() {
        let header = TraceJSONLines.header(program: "a.py", instructionNanos: 25)
        #expect(throws: TraceDecodingError(line: 1, message: "empty trace: no header line")) { try TraceJSONLines.decode("") }
        #expect(throws: TraceDecodingError(line: 1, message: "not a JSON object")) { try TraceJSONLines.decode("[1]\n") }
        #expect(throws: TraceDecodingError(line: 2, message: "unknown event 'teleport'")) {
            try TraceJSONLines.decode(header + "\n" + #"{"seq":0,"t":0,"iter":0,"ev":"teleport"}"#)
        }
        #expect(throws: TraceDecodingError(line: 2, message: "'task' should be a whole number")) {
            try TraceJSONLines.decode(header + "\n" + #"{"seq":0,"t":0,"iter":0,"ev":"task_resumed","task":"two"}"#)
        }
        #expect(throws: TraceDecodingError(line: 2, message: "'outcome' should be one of 'returned', 'cancelled', 'failed'")) {
            try TraceJSONLines.decode(header + "\n" + #"{"seq":0,"t":0,"iter":0,"ev":"task_finished","task":1,"outcome":"won","detail":""}"#)
        }
        let future = header.replacingOccurrences(of: "\"version\":1", with: "\"version\":9")
        #expect(throws: TraceDecodingError(line: 1, message: "trace schema version 9; this LoopLab reads version 1")) {
            try TraceJSONLines.decode(future)
        }
    }
}
