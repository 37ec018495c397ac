import LoopTrace

/// Traces built in Swift, for shapes the fixtures do not cover: ten thousand
/// tasks, heavy CPU work. They follow CPython's order as the fixtures do.
enum SyntheticTraces {
    /// `await gather(*(count() for _ in range(n)))` where count prints, sleeps 1 s and returns.
    static func manyCounts(_ n: Int) -> Trace {
        var b = TraceBuilder(program: "many_tasks.py")
        b.at(0, 0, .taskCreated(task: 1, name: "Task-1", function: "main", site: "many_tasks.py:9", parent: nil))
        b.at(0, 0, .handleQueued(handle: 1, task: 1, label: "Task.__step"))
        b.at(0, 0, .loopStarted(loop: 1))
        b.at(0, 1, .iterationStarted(loop: 1, ready: 1, timers: 0))
        b.at(0, 1, .handleStarted(handle: 1))
        b.at(0, 1, .taskResumed(task: 1))
        for i in 0..<n {
            b.at(0, 1, .taskCreated(task: 2 + i, name: "Task-\(2 + i)", function: "count", site: "many_tasks.py:4", parent: 1))
            b.at(0, 1, .handleQueued(handle: 2 + i, task: 2 + i, label: "Task.__step"))
        }
        b.at(0, 1, .taskSuspended(task: 1, wait: Wait(kind: .tasks, label: "gather(\(n) tasks)", tasks: Array(2..<(2 + n)))))
        b.at(0, 1, .handleFinished(handle: 1))
        b.at(0, 2, .iterationStarted(loop: 1, ready: n, timers: 0))
        let timer = 2 + n, wakeup = 2 + 2 * n, done = 2 + 3 * n
        for i in 0..<n {
            b.at(0, 2, .handleStarted(handle: 2 + i))
            b.at(0, 2, .taskResumed(task: 2 + i))
            b.at(0, 2, .output(stream: .stdout, text: "One\n", task: 2 + i, thread: 0))
            b.at(0, 2, .timerScheduled(handle: timer + i, due: 1_000_000_000, task: 2 + i, label: "end of sleep(1)"))
            b.at(0, 2, .taskSuspended(task: 2 + i, wait: Wait(kind: .sleep, label: "sleep(1)", until: 1_000_000_000)))
            b.at(0, 2, .handleFinished(handle: 2 + i))
        }
        b.at(0, 3, .iterationStarted(loop: 1, ready: 0, timers: n))
        b.at(0, 3, .clockJumped(to: 1_000_000_000))
        let second: Int64 = 1_000_000_000
        for i in 0..<n {
            b.at(second, 3, .timerDue(handle: timer + i))
            b.at(second, 3, .handleQueued(handle: timer + i, task: nil, label: "end of sleep(1)"))
        }
        for i in 0..<n {
            b.at(second, 3, .handleStarted(handle: timer + i))
            b.at(second, 3, .handleQueued(handle: wakeup + i, task: 2 + i, label: "Task.__wakeup"))
            b.at(second, 3, .handleFinished(handle: timer + i))
        }
        b.at(second, 4, .iterationStarted(loop: 1, ready: n, timers: 0))
        for i in 0..<n {
            b.at(second, 4, .handleStarted(handle: wakeup + i))
            b.at(second, 4, .taskResumed(task: 2 + i))
            b.at(second, 4, .taskFinished(task: 2 + i, outcome: .returned, detail: "None"))
            b.at(second, 4, .handleQueued(handle: done + i, task: nil, label: "gather: child done"))
            b.at(second, 4, .handleFinished(handle: wakeup + i))
        }
        b.at(second, 5, .iterationStarted(loop: 1, ready: n, timers: 0))
        for i in 0..<n {
            b.at(second, 5, .handleStarted(handle: done + i))
            if i == n - 1 { b.at(second, 5, .handleQueued(handle: done + n, task: 1, label: "Task.__wakeup")) }
            b.at(second, 5, .handleFinished(handle: done + i))
        }
        b.at(second, 6, .iterationStarted(loop: 1, ready: 1, timers: 0))
        b.at(second, 6, .handleStarted(handle: done + n))
        b.at(second, 6, .taskResumed(task: 1))
        b.at(second, 6, .taskFinished(task: 1, outcome: .returned, detail: "None"))
        b.at(second, 6, .handleFinished(handle: done + n))
        b.at(second, 6, .loopStopped(loop: 1))
        return b.trace
    }

    /// One task computing for `cpu` nanoseconds without awaiting while another sleeps.
    static func cpuHog(cpu: Int64) -> Trace {
        var b = TraceBuilder(program: "cpu.py")
        b.at(0, 0, .taskCreated(task: 1, name: "Task-1", function: "crunch", site: "cpu.py:3", parent: nil))
        b.at(0, 0, .handleQueued(handle: 1, task: 1, label: "Task.__step"))
        b.at(0, 1, .iterationStarted(loop: 1, ready: 1, timers: 0))
        b.at(0, 1, .handleStarted(handle: 1))
        b.at(0, 1, .taskResumed(task: 1))
        b.at(cpu, 1, .taskFinished(task: 1, outcome: .returned, detail: "42"))
        b.at(cpu, 1, .handleFinished(handle: 1))
        return b.trace
    }
}

struct TraceBuilder {
    var trace: Trace

    init(program: String) { trace = Trace(program: program, instructionNanos: 25) }

    mutating func at(_ time: Int64, _ iteration: Int, _ kind: TraceEvent.Kind) {
        trace.events.append(TraceEvent(time: time, iteration: iteration, kind: kind))
    }
}
