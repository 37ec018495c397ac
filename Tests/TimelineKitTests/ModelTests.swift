import LoopTrace
import Testing
@testable import TimelineKit

/// The model built from the classic demos: the facts a learner reads off the chart.
@Suite struct ModelTests {
    @Test func gatherCountHasFourTasksAndOneIdleSecond() throws {
        let model = try Fixtures.model("gather_count")
        #expect(model.tasks.map(\.title) == ["Task-1 main()", "Task-2 count()", "Task-3 count()", "Task-4 count()"])
        // 7 for the program, 4 for asyncio.run's teardown (shutdown_asyncgens and
        // shutdown_default_executor run as tasks), as in CPython.
        #expect(model.iterationCount == 11)
        let idle = model.ticks.filter(\.isIdle)
        #expect(idle.count == 1)
        #expect(abs(idle.first!.duration - 1_000_000_000) < 1_000_000, "the engine's instructions cost a little time")
        #expect(model.outputs.map(\.text) == Array(repeating: "One\n", count: 3) + Array(repeating: "Two\n", count: 3))
        #expect(model.tasks.allSatisfy { $0.finish?.outcome == .returned })
    }

    @Test func aTaskRunsThenSleepsThenIsReadyThenRunsAndEnds() throws {
        let model = try Fixtures.model("gather_count")
        let states = model.lanes[1].map(\.state)
        #expect(states == [.ready, .running, .waiting(.timer), .ready, .running, .done(.returned)])
        // Task-2 runs in the first of the three step ticks of iteration 2, Task-3 in the second.
        let run2 = model.lanes[1][1].tick, run3 = model.lanes[2].first { $0.state == .running }!.tick
        #expect(run3 == run2 + 1)
        #expect(model.ticks[run2].iteration == 2)
    }

    @Test func theMainTaskWaitsOnGatherNamingItsChildren() throws {
        let model = try Fixtures.model("gather_count")
        let waiting = try #require(model.lanes[0].first { $0.state == .waiting(.task) })
        #expect(model.waits[waiting.wait].tasks == [2, 3, 4])
        #expect(model.waits[waiting.wait].label == "gather(Task-2, Task-3, Task-4)")
    }

    @Test func aBlockingCallMakesABlockingTickAndADiagnostic() throws {
        let model = try Fixtures.model("blocking_sleep")
        let blocked = try #require(model.ticks.firstIndex { $0.block != nil })
        #expect(model.ticks[blocked].block?.call == "time.sleep(1)")
        #expect(abs(model.ticks[blocked].duration - 1_000_000_000) < 1_000_000)
        let blocker = try #require(model.taskIndex[3])
        #expect(model.lanes[blocker].contains { $0.state == .blocking && $0.tick == blocked })
        let diagnostics = model.diagnostics()
        #expect(diagnostics.first?.kind == .blockedLoop)
        #expect(diagnostics.first?.text == "Task-3 blocker() blocked the loop for 1 s in time.sleep(1): every other task waited. "
            + "Task-2 ticker() woke 700 ms late.")
    }

    @Test func heavyCPUWorkBlocksTheLoopToo() {
        let model = TimelineModel(trace: SyntheticTraces.cpuHog(cpu: 250_000_000))
        #expect(model.lanes[0].map(\.state) == [.blocking, .done(.returned)])
        #expect(model.diagnostics().first?.text.contains("blocked the loop for 250 ms of CPU work without an await") == true)
    }

    @Test func cancellationEndsTheWorkerCancelled() throws {
        let model = try Fixtures.model("cancellation")
        #expect(model.tasks[1].finish?.outcome == .cancelled)
        #expect(model.lanes[1].last?.state == .done(.cancelled))
    }

    @Test func queueWaitsAreQueueWaits() throws {
        let model = try Fixtures.model("producer_consumer")
        let consumer = model.lanes[2].map(\.state)
        #expect(consumer.contains(.waiting(.queue)))
        let producer = model.lanes[1].compactMap { $0.wait >= 0 ? model.waits[$0.wait].kind : nil }
        #expect(producer.contains(.queuePut))
    }

    @Test func executorJobsRunOnAThreadLane() throws {
        let model = try Fixtures.model("executor")
        #expect(model.threads.map(\.name) == ["asyncio_0"])
        let job = try #require(model.threads.first?.jobs.first)
        #expect(job.label == "blocking_io(4)")
        #expect(job.outcome == .returned)
        #expect(model.lanes[0].contains { $0.state == .waiting(.executor) })
        #expect(model.diagnostics().isEmpty, "a blocking call on a worker thread does not block the loop")
    }

    @Test func warningsBecomeDiagnosticsOnTheirTasks() throws {
        // The engine reports the unretrieved exception when the task is collected, as CPython does.
        let model = try Fixtures.model("warnings_demo")
        let diagnostics = model.diagnostics()
        try #require(diagnostics.count == 2)
        #expect(diagnostics.map(\.kind) == [.neverAwaited, .exceptionNeverRetrieved])
        #expect(diagnostics.map(\.task) == [1, 2])
        #expect(diagnostics[1].text == "Task-2 boom() failed with ValueError('boom') and nothing awaited it: the exception was never retrieved.")
    }

    @Test func aTaskThatWaitsForeverIsStuck() throws {
        let model = try Fixtures.model("waits_forever")
        // Stuck until asyncio.run gives up and cancels it.
        #expect(model.lanes[1].suffix(3).map(\.state) == [.stuck, .running, .done(.cancelled)])
        #expect(model.diagnostics().map(\.kind) == [.waitsForever, .waitsForever, .note])
        #expect(model.diagnostics()[1].text.hasPrefix("Task-2 waiter() waits forever on Event.wait()"))
    }

    @Test func everyEventIsDrawnInATickInOrder() throws {
        for name in Fixtures.demos {
            let model = try Fixtures.model(name)
            #expect(model.eventTick.count == model.events.count)
            #expect(zip(model.eventTick, model.eventTick.dropFirst()).allSatisfy { $0 <= $1 }, "\(name)")
            #expect(zip(model.ticks, model.ticks.dropFirst()).allSatisfy { $0.end <= $1.start }, "\(name)")
        }
    }

    @Test func aTraceWithOnlyOutputStillDraws() {
        var builder = TraceBuilder(program: "hello.py")
        builder.at(0, 0, .output(stream: .stdout, text: "hello\n", task: nil, thread: 0))
        let model = TimelineModel(trace: builder.trace)
        #expect(model.ticks.count == 1)
        #expect(model.tasks.isEmpty)
        let text = TimelineChart.text(model, options: ChartOptions(width: 60))
        #expect(text.contains("hello"))
    }

    @Test func anEmptyTraceSaysSo() {
        let model = TimelineModel(trace: Trace(program: "x.py", instructionNanos: 25))
        #expect(TimelineChart.text(model, options: ChartOptions(width: 60)) == "No timeline: the run recorded no trace events.")
    }
}

extension ModelTests {
    @Test func aTaskStillWaitingWhenTheTraceEndsIsCalledOut() throws {
        // A run cut short (say, at the instruction limit) just before the engine gave up.
        var trace = try Fixtures.trace("waits_forever")
        let cut = trace.events.firstIndex { if case .warning = $0.kind { return true } else { return false } }!
        trace.events.removeSubrange(cut...)
        let model = TimelineModel(trace: trace)
        let texts = model.diagnostics().map(\.text)
        #expect(texts == ["Task-1 main() was still waiting on Task-2 when the run ended: nothing ever woke it.",
                          "Task-2 waiter() was still waiting on Event.wait() when the run ended: nothing ever woke it."])
    }
}
