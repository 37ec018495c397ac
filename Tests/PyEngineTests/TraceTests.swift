import Foundation
import Testing
import LoopTrace
@testable import PyEngine

/// The trace of classic asyncio demos. Expected orderings follow CPython 3.11's
/// loop: iteration numbers were cross-checked against python3 with a patched
/// `BaseEventLoop._run_once` and pure-Python tasks printing each step.
@Suite struct TraceTests {
    // MARK: Helpers

    private func traced(_ source: String, file: String = "demo.py") -> (output: String, trace: Trace) {
        var config = EngineConfig()
        config.recordTrace = true
        let result = Engine.capture(source: source, filename: file, config: config)
        return (result.stdout + result.stderr, result.outcome.trace ?? Trace(program: "", instructionNanos: 0))
    }

    /// The task-level story: "t=1.000 it=4 Task-2 resumed", one line per task
    /// event, output, blocking call or warning. asyncio's own teardown tasks
    /// (`shutdown_default_executor`...) are left out; `teardownTasks` covers them.
    private func story(_ source: String) -> [String] {
        let trace = traced(source).trace
        var names: [TraceEvent.TaskID: String] = [:]
        var asyncioOwn: Set<TraceEvent.TaskID> = []
        func name(_ task: TraceEvent.TaskID?) -> String { task.map { names[$0] ?? "?" } ?? "main" }
        var lines: [String] = []
        for event in trace.events {
            let at = "t=\(seconds(event.time)) it=\(event.iteration)"
            if let task = Self.taskOf(event.kind), asyncioOwn.contains(task) { continue }
            switch event.kind {
            case .taskCreated(let task, _, let function, _, _) where function.hasPrefix("BaseEventLoop.shutdown_"):
                asyncioOwn.insert(task)
            case .taskCreated(let task, let taskName, let function, _, let parent):
                names[task] = taskName
                lines.append("\(at) \(taskName) created: \(function)" + (parent.map { " by \(name($0))" } ?? ""))
            case .taskRenamed(let task, let newName):
                lines.append("\(at) \(name(task)) renamed: \(newName)")
                names[task] = newName
            case .taskResumed(let task):
                lines.append("\(at) \(name(task)) resumed")
            case .taskSuspended(let task, let wait):
                var line = "\(at) \(name(task)) waits: \(wait.kind.rawValue) \(wait.label)"
                if let until = wait.until { line += " until \(seconds(until))" }
                if !wait.tasks.isEmpty { line += " [" + wait.tasks.map { name($0) }.joined(separator: ", ") + "]" }
                lines.append(line)
            case .taskFinished(let task, let outcome, let detail):
                lines.append("\(at) \(name(task)) \(outcome.rawValue): \(detail)")
            case .output(_, let text, let task, _):
                lines.append("\(at) \(name(task)) prints: \(text.split(separator: "\n").first ?? "")")
            case .blockingCall(let task, _, let call, let duration):
                lines.append("\(at) \(name(task)) blocks: \(call) for \(seconds(duration))")
            case .warning(let kind, let task, _):
                lines.append("\(at) warning \(kind.rawValue): \(name(task))")
            default:
                continue
            }
        }
        return lines
    }

    /// The task a task-level event is about.
    private static func taskOf(_ kind: TraceEvent.Kind) -> TraceEvent.TaskID? {
        switch kind {
        case .taskResumed(let t), .taskSuspended(let t, _), .taskFinished(let t, _, _), .taskRenamed(let t, _): return t
        default: return nil
        }
    }

    /// asyncio's own tasks: `asyncio.run` tears down with them, as CPython does.
    @Test func teardownTasks() {
        let trace = traced("import asyncio\nasync def main():\n    pass\nasyncio.run(main())\n").trace
        let created = trace.events.compactMap { event -> String? in
            if case .taskCreated(_, let name, let function, _, _) = event.kind { return "\(name) \(function)" }
            return nil
        }
        #expect(created == ["Task-1 main", "Task-2 BaseEventLoop.shutdown_asyncgens", "Task-3 BaseEventLoop.shutdown_default_executor"])
    }

    private func seconds(_ nanos: Int64) -> String {
        String(format: "%.3f", Double(nanos) / 1e9)
    }

    private func expectStory(_ source: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = story(source)
        let wanted = expected.split(separator: "\n").map(String.init)
        #expect(actual == wanted, sourceLocation: sourceLocation)
        if actual != wanted {
            // The whole story, to read (and compare with CPython) when the order changed.
            print(actual.joined(separator: "\n"))
        }
    }

    // MARK: Classic demos

    @Test func threeCountsUnderGather() {
        expectStory("""
            import asyncio

            async def count(name):
                print("One", name)
                await asyncio.sleep(1)
                print("Two", name)

            async def main():
                await asyncio.gather(count("a"), count("b"), count("c"))

            asyncio.run(main())
            """, """
            t=0.000 it=0 Task-1 created: main
            t=0.000 it=1 Task-1 resumed
            t=0.000 it=1 Task-2 created: count by Task-1
            t=0.000 it=1 Task-3 created: count by Task-1
            t=0.000 it=1 Task-4 created: count by Task-1
            t=0.000 it=1 Task-1 waits: tasks gather(Task-2, Task-3, Task-4) [Task-2, Task-3, Task-4]
            t=0.000 it=2 Task-2 resumed
            t=0.000 it=2 Task-2 prints: One a
            t=0.000 it=2 Task-2 waits: sleep sleep(1) until 1.000
            t=0.000 it=2 Task-3 resumed
            t=0.000 it=2 Task-3 prints: One b
            t=0.000 it=2 Task-3 waits: sleep sleep(1) until 1.000
            t=0.000 it=2 Task-4 resumed
            t=0.000 it=2 Task-4 prints: One c
            t=0.000 it=2 Task-4 waits: sleep sleep(1) until 1.000
            t=1.000 it=4 Task-2 resumed
            t=1.000 it=4 Task-2 prints: Two a
            t=1.000 it=4 Task-2 returned: None
            t=1.000 it=4 Task-3 resumed
            t=1.000 it=4 Task-3 prints: Two b
            t=1.000 it=4 Task-3 returned: None
            t=1.000 it=4 Task-4 resumed
            t=1.000 it=4 Task-4 prints: Two c
            t=1.000 it=4 Task-4 returned: None
            t=1.000 it=6 Task-1 resumed
            t=1.000 it=6 Task-1 returned: None
            """)
    }

    @Test func sequentialThenConcurrent() {
        expectStory("""
            import asyncio

            async def work(n):
                await asyncio.sleep(n)
                return n * 10

            async def main():
                a = await work(1)
                b = await work(2)
                print("sequential", a, b)
                t1 = asyncio.create_task(work(1))
                t2 = asyncio.create_task(work(2))
                print("concurrent", await t1, await t2)

            asyncio.run(main())
            """, """
            t=0.000 it=0 Task-1 created: main
            t=0.000 it=1 Task-1 resumed
            t=0.000 it=1 Task-1 waits: sleep sleep(1) until 1.000
            t=1.000 it=3 Task-1 resumed
            t=1.000 it=3 Task-1 waits: sleep sleep(2) until 3.000
            t=3.000 it=5 Task-1 resumed
            t=3.000 it=5 Task-1 prints: sequential 10 20
            t=3.000 it=5 Task-2 created: work by Task-1
            t=3.000 it=5 Task-3 created: work by Task-1
            t=3.000 it=5 Task-1 waits: task Task-2 [Task-2]
            t=3.000 it=6 Task-2 resumed
            t=3.000 it=6 Task-2 waits: sleep sleep(1) until 4.000
            t=3.000 it=6 Task-3 resumed
            t=3.000 it=6 Task-3 waits: sleep sleep(2) until 5.000
            t=4.000 it=8 Task-2 resumed
            t=4.000 it=8 Task-2 returned: 10
            t=4.000 it=9 Task-1 resumed
            t=4.000 it=9 Task-1 waits: task Task-3 [Task-3]
            t=5.000 it=11 Task-3 resumed
            t=5.000 it=11 Task-3 returned: 20
            t=5.000 it=12 Task-1 resumed
            t=5.000 it=12 Task-1 prints: concurrent 10 20
            t=5.000 it=12 Task-1 returned: None
            """)
    }

    /// `time.sleep` in a coroutine holds the loop: the ticker's 0.1 s sleep ends at 0.5.
    @Test func timeSleepBlocksTheLoop() {
        expectStory("""
            import asyncio, time

            async def ticker():
                for i in range(3):
                    print("tick", i)
                    await asyncio.sleep(0.1)

            async def blocker():
                print("blocking")
                time.sleep(0.5)
                print("unblocked")

            async def main():
                await asyncio.gather(ticker(), blocker())

            asyncio.run(main())
            """, """
            t=0.000 it=0 Task-1 created: main
            t=0.000 it=1 Task-1 resumed
            t=0.000 it=1 Task-2 created: ticker by Task-1
            t=0.000 it=1 Task-3 created: blocker by Task-1
            t=0.000 it=1 Task-1 waits: tasks gather(Task-2, Task-3) [Task-2, Task-3]
            t=0.000 it=2 Task-2 resumed
            t=0.000 it=2 Task-2 prints: tick 0
            t=0.000 it=2 Task-2 waits: sleep sleep(0.1) until 0.100
            t=0.000 it=2 Task-3 resumed
            t=0.000 it=2 Task-3 prints: blocking
            t=0.000 it=2 Task-3 blocks: time.sleep(0.5) for 0.500
            t=0.500 it=2 Task-3 prints: unblocked
            t=0.500 it=2 Task-3 returned: None
            t=0.500 it=4 Task-2 resumed
            t=0.500 it=4 Task-2 prints: tick 1
            t=0.500 it=4 Task-2 waits: sleep sleep(0.1) until 0.600
            t=0.600 it=6 Task-2 resumed
            t=0.600 it=6 Task-2 prints: tick 2
            t=0.600 it=6 Task-2 waits: sleep sleep(0.1) until 0.700
            t=0.700 it=8 Task-2 resumed
            t=0.700 it=8 Task-2 returned: None
            t=0.700 it=10 Task-1 resumed
            t=0.700 it=10 Task-1 returned: None
            """)
    }

    /// The cancelled task gets CancelledError one iteration later; its awaiter one after that (R27, R30).
    @Test func cancellation() {
        expectStory("""
            import asyncio

            async def worker():
                try:
                    print("working")
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    print("cancelled")
                    raise

            async def main():
                t = asyncio.create_task(worker())
                await asyncio.sleep(1)
                t.cancel()
                try:
                    await t
                except asyncio.CancelledError:
                    print("main saw cancel")

            asyncio.run(main())
            """, """
            t=0.000 it=0 Task-1 created: main
            t=0.000 it=1 Task-1 resumed
            t=0.000 it=1 Task-2 created: worker by Task-1
            t=0.000 it=1 Task-1 waits: sleep sleep(1) until 1.000
            t=0.000 it=2 Task-2 resumed
            t=0.000 it=2 Task-2 prints: working
            t=0.000 it=2 Task-2 waits: sleep sleep(10) until 10.000
            t=1.000 it=4 Task-1 resumed
            t=1.000 it=4 Task-1 waits: task Task-2 [Task-2]
            t=1.000 it=5 Task-2 resumed
            t=1.000 it=5 Task-2 prints: cancelled
            t=1.000 it=5 Task-2 cancelled: CancelledError()
            t=1.000 it=6 Task-1 resumed
            t=1.000 it=6 Task-1 prints: main saw cancel
            t=1.000 it=6 Task-1 returned: None
            """)
    }

    /// A bounded queue: the producer waits for room, the consumer for items, main for `join()` (R32).
    @Test func producerConsumerQueue() {
        expectStory("""
            import asyncio

            async def consumer(q):
                while True:
                    item = await q.get()
                    print("got", item)
                    await asyncio.sleep(0.5)
                    q.task_done()

            async def main():
                q = asyncio.Queue(maxsize=1)
                c = asyncio.create_task(consumer(q))
                for i in range(3):
                    await q.put(i)
                    print("put", i)
                await q.join()
                print("all done")
                c.cancel()

            asyncio.run(main())
            """, """
            t=0.000 it=0 Task-1 created: main
            t=0.000 it=1 Task-1 resumed
            t=0.000 it=1 Task-2 created: consumer by Task-1
            t=0.000 it=1 Task-1 prints: put 0
            t=0.000 it=1 Task-1 waits: queue_put Queue.put()
            t=0.000 it=2 Task-2 resumed
            t=0.000 it=2 Task-2 prints: got 0
            t=0.000 it=2 Task-2 waits: sleep sleep(0.5) until 0.500
            t=0.000 it=3 Task-1 resumed
            t=0.000 it=3 Task-1 prints: put 1
            t=0.000 it=3 Task-1 waits: queue_put Queue.put()
            t=0.500 it=5 Task-2 resumed
            t=0.500 it=5 Task-2 prints: got 1
            t=0.500 it=5 Task-2 waits: sleep sleep(0.5) until 1.000
            t=0.500 it=6 Task-1 resumed
            t=0.500 it=6 Task-1 prints: put 2
            t=0.500 it=6 Task-1 waits: queue_join Queue.join()
            t=1.000 it=8 Task-2 resumed
            t=1.000 it=8 Task-2 prints: got 2
            t=1.000 it=8 Task-2 waits: sleep sleep(0.5) until 1.500
            t=1.500 it=10 Task-2 resumed
            t=1.500 it=10 Task-2 waits: queue_get Queue.get()
            t=1.500 it=11 Task-1 resumed
            t=1.500 it=11 Task-1 prints: all done
            t=1.500 it=11 Task-1 returned: None
            t=1.500 it=12 Task-2 resumed
            t=1.500 it=12 Task-2 cancelled: CancelledError()
            """)
    }

    /// B waits on the lock A holds and gets it the iteration after A releases it (R33).
    @Test func lock() {
        expectStory("""
            import asyncio

            async def user(name, lock):
                async with lock:
                    print(name, "has the lock")
                    await asyncio.sleep(1)
                print(name, "released")

            async def main():
                lock = asyncio.Lock()
                await asyncio.gather(user("A", lock), user("B", lock))

            asyncio.run(main())
            """, """
            t=0.000 it=0 Task-1 created: main
            t=0.000 it=1 Task-1 resumed
            t=0.000 it=1 Task-2 created: user by Task-1
            t=0.000 it=1 Task-3 created: user by Task-1
            t=0.000 it=1 Task-1 waits: tasks gather(Task-2, Task-3) [Task-2, Task-3]
            t=0.000 it=2 Task-2 resumed
            t=0.000 it=2 Task-2 prints: A has the lock
            t=0.000 it=2 Task-2 waits: sleep sleep(1) until 1.000
            t=0.000 it=2 Task-3 resumed
            t=0.000 it=2 Task-3 waits: lock async with Lock
            t=1.000 it=4 Task-2 resumed
            t=1.000 it=4 Task-2 prints: A released
            t=1.000 it=4 Task-2 returned: None
            t=1.000 it=5 Task-3 resumed
            t=1.000 it=5 Task-3 prints: B has the lock
            t=1.000 it=5 Task-3 waits: sleep sleep(1) until 2.000
            t=2.000 it=7 Task-3 resumed
            t=2.000 it=7 Task-3 prints: B released
            t=2.000 it=7 Task-3 returned: None
            t=2.000 it=9 Task-1 resumed
            t=2.000 it=9 Task-1 returned: None
            """)
    }

    /// 3.11's `wait_for` runs the coroutine as a task, cancels it at the deadline and
    /// waits for it to end (R24).
    @Test func waitForTimeout() {
        expectStory("""
            import asyncio

            async def slow():
                await asyncio.sleep(5)
                return "done"

            async def main():
                try:
                    await asyncio.wait_for(slow(), timeout=1)
                except TimeoutError:
                    print("timed out")

            asyncio.run(main())
            """, """
            t=0.000 it=0 Task-1 created: main
            t=0.000 it=1 Task-1 resumed
            t=0.000 it=1 Task-2 created: slow by Task-1
            t=0.000 it=1 Task-1 waits: task wait_for(Task-2, 1) until 1.000 [Task-2]
            t=0.000 it=2 Task-2 resumed
            t=0.000 it=2 Task-2 waits: sleep sleep(5) until 5.000
            t=1.000 it=4 Task-1 resumed
            t=1.000 it=4 Task-1 waits: task wait_for(Task-2, 1): timed out, cancelling [Task-2]
            t=1.000 it=5 Task-2 resumed
            t=1.000 it=5 Task-2 cancelled: CancelledError()
            t=1.000 it=7 Task-1 resumed
            t=1.000 it=7 Task-1 prints: timed out
            t=1.000 it=7 Task-1 returned: None
            """)
    }

    /// CPython would hang; the engine warns about each waiting task, then
    /// `asyncio.run` cancels main while the RuntimeError leaves.
    @Test func deadlock() {
        expectStory("""
            import asyncio

            async def main():
                fut = asyncio.get_running_loop().create_future()
                print("waiting")
                await fut

            asyncio.run(main())
            """, """
            t=0.000 it=0 Task-1 created: main
            t=0.000 it=1 Task-1 resumed
            t=0.000 it=1 Task-1 prints: waiting
            t=0.000 it=1 Task-1 waits: future Future
            t=0.000 it=2 warning waits_forever: Task-1
            t=0.000 it=3 Task-1 resumed
            t=0.000 it=3 Task-1 cancelled: CancelledError()
            t=0.000 it=0 main prints: Traceback (most recent call last):
            """)
    }

    // MARK: The loop's own events

    /// Iterations, handles and timers of a callback-only program; the cancelled
    /// timer never runs and the clock jumps straight to each deadline.
    @Test func handlesTimersAndClockJumps() {
        let trace = traced("""
            import asyncio

            def hello(loop):
                print("hello")
                loop.call_later(0.5, print, "later")
                loop.call_later(2, print, "never").cancel()

            loop = asyncio.new_event_loop()
            loop.call_soon(hello, loop)
            loop.call_later(1, loop.stop)
            loop.run_forever()
            loop.close()
            """).trace
        let lines = trace.events.compactMap { event -> String? in
            let at = "it=\(event.iteration) "
            switch event.kind {
            case .loopStarted(let loop): return at + "loop \(loop) starts"
            case .iterationStarted(_, let ready, let timers): return at + "iteration: \(ready) ready, \(timers) timers"
            case .clockJumped(let to): return at + "clock jumps to \(seconds(to))"
            case .handleQueued(let h, _, let label): return at + "queued #\(h) \(label)"
            case .timerScheduled(let h, let due, _, let label): return at + "timer #\(h) \(label) due \(seconds(due))"
            case .timerDue(let h): return at + "due #\(h)"
            case .handleCancelled(let h): return at + "cancelled #\(h)"
            case .handleStarted(let h): return at + "run #\(h)"
            case .handleFinished(let h): return at + "end #\(h)"
            case .output(_, let text, _, _): return at + "prints " + text.trimmingCharacters(in: .newlines)
            case .loopStopped(let loop): return at + "loop \(loop) stops"
            case .loopClosed(let loop): return at + "loop \(loop) closed"
            default: return nil
            }
        }
        #expect(lines == [
            "it=0 queued #1 hello(<_UnixSelectorEventLoop>)",
            "it=0 timer #2 stop() due 1.000",
            "it=0 loop 1 starts",
            "it=1 iteration: 1 ready, 1 timers",
            "it=1 run #1",
            "it=1 prints hello",
            "it=1 timer #3 print('later') due 0.500",
            "it=1 timer #4 print('never') due 2.000",
            "it=1 cancelled #4",
            "it=1 end #1",
            "it=2 iteration: 0 ready, 2 timers",
            "it=2 clock jumps to 0.500",
            "it=2 due #3",
            "it=2 queued #3 print('later')",
            "it=2 run #3",
            "it=2 prints later",
            "it=2 end #3",
            "it=3 iteration: 0 ready, 1 timers",
            "it=3 clock jumps to 1.000",
            "it=3 due #2",
            "it=3 queued #2 stop()",
            "it=3 run #2",
            "it=3 end #2",
            "it=0 loop 1 stops",
            "it=0 loop 1 closed",
        ])
    }

    /// A task's first step, its wakeups and the sleep timer that wakes it.
    @Test func taskHandlesNameTheirTask() {
        let trace = traced("""
            import asyncio

            async def main():
                await asyncio.sleep(0)
                await asyncio.sleep(1)

            asyncio.run(main())
            """).trace
        let handles = trace.events.compactMap { event -> String? in
            switch event.kind {
            case .handleQueued(let h, let task, let label): return "queued #\(h) task=\(task.map(String.init) ?? "-") \(label)"
            case .timerScheduled(let h, _, let task, let label): return "timer #\(h) task=\(task.map(String.init) ?? "-") \(label)"
            default: return nil
            }
        }
        #expect(handles == [
            "queued #1 task=1 start Task-1",
            "queued #2 task=1 resume Task-1",
            "timer #3 task=1 sleep(1)",
            "queued #3 task=- sleep(1)",
            "queued #4 task=1 resume Task-1",
            "queued #5 task=- _run_until_complete_cb()",
            "queued #6 task=2 start Task-2",
            "queued #7 task=- _run_until_complete_cb()",
            "queued #8 task=3 start Task-3",
            "queued #9 task=- _run_until_complete_cb()",
        ])
        let waits = trace.events.compactMap { event -> Wait? in
            if case .taskSuspended(_, let wait) = event.kind { return wait }
            return nil
        }
        #expect(waits.map(\.kind) == [.yield, .sleep])
        #expect(waits.map(\.label) == ["sleep(0)", "sleep(1)"])
    }

    // MARK: Waits on the other primitives

    @Test func waitKinds() {
        expectStory("""
            import asyncio

            async def main():
                ev, cond, sem = asyncio.Event(), asyncio.Condition(), asyncio.Semaphore(0)
                async def setter():
                    ev.set()
                    async with cond:
                        cond.notify_all()
                    sem.release()
                async def waiter():
                    async with cond:
                        await cond.wait()
                w = asyncio.create_task(waiter())
                await asyncio.sleep(0)
                asyncio.create_task(setter())
                await ev.wait()
                await sem.acquire()
                await w
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(asyncio.sleep(1), name="nap")
                done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(2))], timeout=1)
                await asyncio.shield(pending.pop())

            asyncio.run(main())
            """, """
            t=0.000 it=0 Task-1 created: main
            t=0.000 it=1 Task-1 resumed
            t=0.000 it=1 Task-2 created: main.<locals>.waiter by Task-1
            t=0.000 it=1 Task-1 waits: yield sleep(0)
            t=0.000 it=2 Task-2 resumed
            t=0.000 it=2 Task-2 waits: condition Condition.wait()
            t=0.000 it=2 Task-1 resumed
            t=0.000 it=2 Task-3 created: main.<locals>.setter by Task-1
            t=0.000 it=2 Task-1 waits: event Event.wait()
            t=0.000 it=3 Task-3 resumed
            t=0.000 it=3 Task-3 returned: None
            t=0.000 it=4 Task-1 resumed
            t=0.000 it=4 Task-1 waits: task Task-2 [Task-2]
            t=0.000 it=4 Task-2 resumed
            t=0.000 it=4 Task-2 returned: None
            t=0.000 it=5 Task-1 resumed
            t=0.000 it=5 Task-4 created: sleep by Task-1
            t=0.000 it=5 Task-4 renamed: nap
            t=0.000 it=5 Task-1 waits: tasks TaskGroup exit: 1 task left [nap]
            t=0.000 it=6 nap resumed
            t=0.000 it=6 nap waits: sleep sleep(1) until 1.000
            t=1.000 it=8 nap resumed
            t=1.000 it=8 nap returned: None
            t=1.000 it=10 Task-1 resumed
            t=1.000 it=10 Task-5 created: sleep by Task-1
            t=1.000 it=10 Task-1 waits: tasks wait([Task-5], timeout=1) until 2.000 [Task-5]
            t=1.000 it=11 Task-5 resumed
            t=1.000 it=11 Task-5 waits: sleep sleep(2) until 3.000
            t=2.000 it=13 Task-1 resumed
            t=2.000 it=13 Task-1 waits: task shield(Task-5) [Task-5]
            t=3.000 it=15 Task-5 resumed
            t=3.000 it=15 Task-5 returned: None
            t=3.000 it=17 Task-1 resumed
            t=3.000 it=17 Task-1 returned: None
            """)
    }

    // MARK: Warnings and blocking outside tasks

    @Test func warnings() {
        let source = """
            import asyncio, time

            async def child(n):
                await asyncio.sleep(n)

            async def fail():
                raise ValueError("boom")

            async def forever():
                await asyncio.sleep(100)

            async def main():
                child(1)
                asyncio.create_task(forever())
                asyncio.create_task(forever())
                a, b = asyncio.create_task(child(1)), asyncio.create_task(child(2))
                await asyncio.wait([a, b])
                try:
                    async with asyncio.TaskGroup() as tg:
                        tg.create_task(child(5))
                        tg.create_task(child(6))
                        tg.create_task(fail())
                except ExceptionGroup:
                    pass

            time.sleep(0.25)
            asyncio.run(main())
            """
        let trace = traced(source).trace
        let notes = trace.events.compactMap { event -> String? in
            switch event.kind {
            case .warning(let kind, let task, let text): return "\(kind.rawValue) task=\(task.map(String.init) ?? "-") \(text)"
            case .blockingCall(let task, let thread, let call, let duration):
                return "blocking task=\(task.map(String.init) ?? "-") thread=\(thread) \(call) \(seconds(duration))"
            default: return nil
            }
        }
        #expect(notes == [
            "blocking task=- thread=0 time.sleep(0.25) 0.250",
            "never_awaited task=1 coroutine 'child' was never awaited",
            "address_order task=1 wait() returns sets, which CPython orders by memory address; the engine keeps argument order: Task-4, Task-5",
            "address_order task=1 a TaskGroup cancels its tasks in set order (memory addresses) in CPython; the engine cancels them in creation order: Task-6, Task-7",
            "address_order task=- asyncio.run cancels the tasks left at its end in set order (memory addresses) in CPython; the engine cancels them in creation order: Task-2, Task-3",
        ])
    }

    /// Addresses change from run to run; details leave them out.
    @Test func detailsHaveNoAddresses() {
        let trace = traced("""
            import asyncio

            class Thing:
                pass

            async def main():
                return [Thing(), Thing]

            asyncio.run(main())
            """).trace
        let details = trace.events.compactMap { event -> String? in
            if case .taskFinished(_, _, let detail) = event.kind { return detail }
            return nil
        }
        #expect(details.first == "[<__main__.Thing object>, <class '__main__.Thing'>]")
    }

    // MARK: Determinism and the JSON form

    private static let busyProgram = """
        import asyncio, time

        async def worker(name, q, lock):
            while True:
                item = await q.get()
                async with lock:
                    print(name, "handles", item)
                    await asyncio.sleep(0.1 * item)
                q.task_done()

        async def main():
            q, lock = asyncio.Queue(), asyncio.Lock()
            workers = [asyncio.create_task(worker(f"w{i}", q, lock)) for i in range(3)]
            for i in range(6):
                q.put_nowait(i)
            await q.join()
            time.sleep(0.01)
            for w in workers:
                w.cancel()
            results = await asyncio.gather(*workers, return_exceptions=True)
            print([type(r).__name__ for r in results])
            try:
                await asyncio.wait_for(asyncio.sleep(1), 0.5)
            except TimeoutError as e:
                print("timeout", repr(e))
            return {"done": True, "text": "x" * 500}

        print(asyncio.run(main())["done"])
        """

    @Test func sameProgramSameTrace() {
        let first = traced(Self.busyProgram)
        let second = traced(Self.busyProgram)
        #expect(first.trace == second.trace)
        #expect(TraceJSONLines.encode(first.trace) == TraceJSONLines.encode(second.trace))
        #expect(first.trace.events.count > 100)
    }

    /// Tracing changes nothing the program can see: same output, same virtual times.
    @Test func tracingDoesNotChangeTheRun() {
        let plain = Engine.capture(source: Self.busyProgram, filename: "demo.py")
        let withTrace = traced(Self.busyProgram)
        #expect(plain.stdout + plain.stderr == withTrace.output)
        #expect(plain.outcome.trace == nil)
        let printed = withTrace.trace.events.compactMap { event -> String? in
            if case .output(_, let text, _, _) = event.kind { return text }
            return nil
        }
        #expect(printed.joined() == withTrace.output)
    }

    @Test func realTraceRoundTripsThroughJSONLines() throws {
        let trace = traced(Self.busyProgram).trace
        let text = TraceJSONLines.encode(trace)
        #expect(try TraceJSONLines.decode(text) == trace)
        #expect(trace.program == "demo.py")
        let names = Set(trace.events.map { $0.kind.eventName })
        for expected in ["loop_start", "iteration", "clock_jump", "handle_queued", "timer_scheduled", "timer_due",
                         "handle_cancelled", "handle_start", "handle_end", "task_created", "task_resumed",
                         "task_suspended", "task_finished", "blocking_call", "output", "loop_stop", "loop_close"] {
            #expect(names.contains(expected), "no \(expected) event")
        }
        let times = trace.events.map(\.time)
        #expect(times == times.sorted())
    }

    /// Long results are cut in the detail.
    @Test func longDetailsAreClipped() {
        let trace = traced(Self.busyProgram).trace
        let details = trace.events.compactMap { event -> String? in
            if case .taskFinished(1, _, let detail) = event.kind { return detail }
            return nil
        }
        #expect(details.count == 1)
        #expect(details.first?.count == 200)
        #expect(details.first?.hasPrefix("{'done': True, 'text': 'xxx") == true)
        #expect(details.first?.hasSuffix("...") == true)
    }
}

extension TraceEvent.Kind {
    /// The event's `ev` name in the JSON form.
    fileprivate var eventName: String {
        let line = TraceJSONLines.line(TraceEvent(time: 0, iteration: 0, kind: self), seq: 0)
        let start = line.range(of: "\"ev\":\"")!.upperBound
        return String(line[start...].prefix { $0 != "\"" })
    }
}
