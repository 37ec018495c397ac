import Testing
@testable import PyEngine

/// Simulated threads on the virtual clock: overlap of blocking calls, the
/// switch interval, the bridge to asyncio, and how runs with threads end.
/// Expected outputs are what python3 (3.11.7) printed.
struct ThreadTests {
    /// Two 1 s jobs in worker threads overlap: the loop sees about 1 s pass.
    @Test func concurrentExecutorJobsTakeOneSecond() {
        expectPrints("""
        import asyncio, time

        def job(seconds):
            time.sleep(seconds)
            return seconds

        async def main():
            loop = asyncio.get_running_loop()
            start = loop.time()
            results = await asyncio.gather(asyncio.to_thread(job, 1), loop.run_in_executor(None, job, 1))
            print(results, round(loop.time() - start, 1))

        asyncio.run(main())
        """, "[1, 1] 1.0\n")
    }

    @Test func sleepingThreadsOverlap() {
        expectPrints("""
        import threading, time
        start = time.monotonic()
        threads = [threading.Thread(target=time.sleep, args=(1,)) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(round(time.monotonic() - start, 1), threading.active_count())
        """, "1.0 1\n")
    }

    /// The loop keeps running its timers while a worker sleeps (the classic demo).
    @Test func loopTicksWhileWorkerSleeps() {
        expectPrints("""
        import asyncio, time

        def work():
            print("start")
            time.sleep(1)
            print("end")

        async def ticker():
            for i in range(4):
                await asyncio.sleep(0.3)
                print("tick", i)

        async def main():
            t = asyncio.create_task(ticker())
            await asyncio.to_thread(work)
            await t

        asyncio.run(main())
        """, "start\ntick 0\ntick 1\ntick 2\nend\ntick 3\n")
    }

    /// CPU-bound threads take turns every switch interval instead of running
    /// one after the other.
    @Test func cpuBoundThreadsInterleave() {
        expectPrints("""
        import sys, threading
        trace = []

        def spin(name):
            for i in range(200000):
                if i % 20000 == 0:
                    trace.append(name)

        a = threading.Thread(target=spin, args=("a",))
        b = threading.Thread(target=spin, args=("b",))
        a.start(); b.start(); a.join(); b.join()
        text = "".join(trace)
        print(sys.getswitchinterval(), len(text), text != "a" * 10 + "b" * 10)
        """, "0.005 20 True\n")
    }

    @Test func workerThreadHasNoRunningLoop() {
        expectPrints("""
        import asyncio, threading

        def probe():
            try:
                asyncio.get_running_loop()
            except RuntimeError as e:
                return f"{threading.current_thread().name}: {e}"

        async def main():
            print(await asyncio.to_thread(probe))
            print(asyncio.get_running_loop().is_running())

        asyncio.run(main())
        """, "asyncio_0: no running event loop\nTrue\n")
    }

    @Test func exceptionInThreadGoesToStderr() {
        let result = Engine.capture(source: """
        import threading
        def fail():
            raise ValueError("boom")
        t = threading.Thread(target=fail, name="worker")
        t.start()
        t.join()
        print("main goes on")
        """)
        #expect(result.stdout == "main goes on\n")
        #expect(result.stderr.hasPrefix("Exception in thread worker:\nTraceback (most recent call last):\n"))
        #expect(result.stderr.hasSuffix("ValueError: boom\n"))
        #expect(result.outcome.exitCode == 0)
    }

    // MARK: Where the engine must not hang (CPython would)

    /// A runaway thread meets the instruction limit; the whole run stops.
    @Test func runawayThreadStopsTheRun() {
        var config = EngineConfig()
        config.maxInstructions = 2_000_000
        let result = Engine.capture(source: """
        import threading, time
        def spin():
            while True:
                pass
        threading.Thread(target=spin).start()
        time.sleep(0.001)
        print("main slept")
        """, config: config)
        #expect(result.stdout == "main slept\n")
        #expect(result.outcome.stop == .instructionLimit(2_000_000))
        #expect(result.outcome.exitCode == Engine.limitExitCode)
    }

    @Test func deadlockBecomesRuntimeError() {
        let result = Engine.capture(source: """
        import threading
        never = threading.Event()
        t = threading.Thread(target=never.wait)
        t.start()
        t.join()
        """)
        #expect(result.outcome.exitCode == 1)
        #expect(result.stderr.hasSuffix(
            "RuntimeError: deadlock: every thread is blocked and nothing can wake them, so CPython would wait forever\n"))
    }

    /// Daemon threads are abandoned at exit; non-daemon ones are waited for.
    @Test func exitWaitsOnlyForNonDaemonThreads() {
        expectPrints("""
        import threading, time
        def forever():
            while True:
                time.sleep(0.1)
        def late():
            time.sleep(0.5)
            print("late thread done")
        threading.Thread(target=forever, daemon=True).start()
        threading.Thread(target=late).start()
        print("main ends")
        """, "main ends\nlate thread done\n")
    }

    /// Same program, same output: hand-offs never depend on real timing.
    @Test func runsAreDeterministic() {
        let source = """
        import threading, time
        out = []
        def w(n):
            for i in range(3):
                out.append(n)
                time.sleep(0)
        ts = [threading.Thread(target=w, args=(n,)) for n in range(3)]
        for t in ts: t.start()
        for t in ts: t.join()
        print(out)
        """
        let first = runStdout(source)
        #expect(first.count > 10)
        for _ in 0..<3 { #expect(runStdout(source) == first) }
    }
}
