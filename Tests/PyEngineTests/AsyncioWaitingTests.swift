import Testing
@testable import PyEngine

/// asyncio's waiting combinators (wait, as_completed, shield, timeout, TaskGroup),
/// checked with the probe programs of the asyncio semantics reference and what
/// python3 printed.
struct AsyncioWaitingTests {
    private func run(_ source: String, file: String) -> String {
        let result = Engine.capture(source: source, filename: file)
        return result.stdout + result.stderr
    }

    /// R21.
    @Test func waitModes() {
        let source = #"""
        # asyncio.wait: tasks/futures only (coroutines -> TypeError in 3.11); returns two SETS;
        # never cancels; FIRST_COMPLETED returns one iteration after the first completion.
        import asyncio

        async def job(name, d, fail=False):
            await asyncio.sleep(d)
            print(f"{name} finishes at t={d}")
            if fail:
                raise RuntimeError(name)
            return name

        async def main():
            coro = job("x", 1)
            try:
                await asyncio.wait([coro])
            except TypeError as e:
                print("TypeError:", e)
                coro.close()                  # avoid the "never awaited" warning
            ts = [asyncio.create_task(job(n, d, n == "b")) for n, d in (("a", 3), ("b", 1), ("c", 2))]
            done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
            print("FIRST_COMPLETED:", sorted(t.get_name() for t in done), len(pending))
            done, pending = await asyncio.wait(ts, timeout=0.5)
            print("timeout 0.5:", len(done), "done,", len(pending), "pending (not cancelled:",
                  not any(t.cancelled() for t in pending), ")")
            done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
            print("FIRST_EXCEPTION returned immediately:", len(done), len(pending))
            done, pending = await asyncio.wait(ts)
            print("ALL_COMPLETED:", [t.result() if not t.exception() else repr(t.exception()) for t in ts])

        asyncio.run(main())
        """#
        let expected = #"""
        TypeError: Passing coroutines is forbidden, use tasks explicitly.
        b finishes at t=1
        FIRST_COMPLETED: ['Task-3'] 2
        timeout 0.5: 1 done, 2 pending (not cancelled: True )
        FIRST_EXCEPTION returned immediately: 1 2
        c finishes at t=2
        a finishes at t=3
        ALL_COMPLETED: ['a', "RuntimeError('b')", 'c']
        """#
        #expect(run(source, file: "r21_wait.py") == expected + "\n")
    }

    /// R22.
    @Test func asCompletedOrder() {
        let source = #"""
        # as_completed yields awaitables that produce results in COMPLETION order. Coroutine
        # arguments are wrapped into tasks while iterating a set, so their START order is not
        # guaranteed to follow the argument order.
        import asyncio

        async def job(name, d):
            await asyncio.sleep(d)
            return f"{name}@{d}"

        async def main():
            ts = [asyncio.create_task(job(n, d)) for n, d in (("a", 3), ("b", 1), ("c", 2))]
            for aw in asyncio.as_completed(ts):
                print(await aw)
            try:
                for aw in asyncio.as_completed([job("slow", 5)], timeout=1):
                    await aw
            except TimeoutError:
                print("TimeoutError from as_completed")

        asyncio.run(main())
        """#
        let expected = #"""
        b@1
        c@2
        a@3
        TimeoutError from as_completed
        """#
        #expect(run(source, file: "r22_as_completed.py") == expected + "\n")
    }

    /// R23.
    @Test func shieldKeepsInnerRunning() {
        let source = #"""
        # shield(): cancelling the awaiting task does not cancel the inner task.
        import asyncio

        async def precious():
            await asyncio.sleep(2)
            print("precious finished at t=2")
            return "data"

        async def caller(inner):
            try:
                return await asyncio.shield(inner)
            except asyncio.CancelledError:
                print("caller cancelled at t=1; inner still running:", not inner.done())
                raise

        async def main():
            inner = asyncio.create_task(precious())
            c = asyncio.create_task(caller(inner))
            await asyncio.sleep(1)
            c.cancel()
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            print("caller.cancelled():", c.cancelled())
            print("inner result:", await inner)

        asyncio.run(main())
        """#
        let expected = #"""
        caller cancelled at t=1; inner still running: True
        caller.cancelled(): True
        precious finished at t=2
        inner result: data
        """#
        #expect(run(source, file: "r23_shield.py") == expected + "\n")
    }

    /// R25.
    @Test func timeoutContextManager() {
        let source = #"""
        # asyncio.timeout (3.11): at the deadline the current task is cancelled; __aexit__ turns the
        # CancelledError into TimeoutError (only if no other cancel() is pending).
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            t0 = loop.time()
            try:
                async with asyncio.timeout(1) as cm:
                    print("inside; expired?", cm.expired())
                    await asyncio.sleep(1)          # equal deadline: the timeout was armed first
                    print("not printed")
            except TimeoutError:
                print("TimeoutError at t =", round(loop.time() - t0, 2), "| expired?", cm.expired())
            try:
                async with asyncio.timeout(1):
                    try:
                        await asyncio.sleep(5)
                    except asyncio.CancelledError:
                        print("inner code sees CancelledError first")
                        raise
            except TimeoutError:
                print("then TimeoutError outside, cancelling() =", asyncio.current_task().cancelling())
            async with asyncio.timeout(5) as cm:
                await asyncio.sleep(1)
            print("no timeout; expired?", cm.expired(), "| cm:", cm)
            async with asyncio.timeout(None) as cm:
                cm.reschedule(loop.time() + 0.5)
                try:
                    await asyncio.sleep(1)
                except asyncio.CancelledError:
                    print("rescheduled deadline hit")
                    raise
                finally:
                    pass

        try:
            asyncio.run(main())
        except TimeoutError:
            print("TimeoutError escaped asyncio.run")
        """#
        let expected = #"""
        inside; expired? False
        TimeoutError at t = 1.0 | expired? True
        inner code sees CancelledError first
        then TimeoutError outside, cancelling() = 0
        no timeout; expired? False | cm: <Timeout [finished]>
        rescheduled deadline hit
        TimeoutError escaped asyncio.run
        """#
        #expect(run(source, file: "r25_timeout.py") == expected + "\n")
    }

    /// R26.
    @Test func taskGroupErrors() {
        let source = #"""
        # TaskGroup (3.11): waits for all children; the first failure cancels the siblings and the
        # body; errors are raised together as an ExceptionGroup (in the order they were recorded).
        import asyncio

        async def ok(name, d):
            try:
                await asyncio.sleep(d)
                print(f"{name} ok")
                return name
            except asyncio.CancelledError:
                print(f"{name} cancelled")
                raise

        async def bad(name):
            await asyncio.sleep(0)
            print(f"{name} raises")
            raise ValueError(name)

        async def main():
            async with asyncio.TaskGroup() as tg:
                t1 = tg.create_task(ok("a", 1))
                t2 = tg.create_task(ok("b", 2))
                print("body ends; waiting for children")
            print("results", t1.result(), t2.result())
            try:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(ok("c", 5))
                    tg.create_task(bad("e1"))
                    tg.create_task(bad("e2"))
                    try:
                        await asyncio.sleep(10)
                    except asyncio.CancelledError:
                        print("body cancelled by the group")
                        raise
            except* ValueError as eg:
                print("caught", repr(eg))
            print("cancelling() after group:", asyncio.current_task().cancelling())
            try:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(ok("d", 1))
                    raise KeyError("body error")
            except ExceptionGroup as eg:
                print("body error also grouped:", repr(eg))

        asyncio.run(main())
        """#
        let expected = #"""
        body ends; waiting for children
        a ok
        b ok
        results a b
        e1 raises
        e2 raises
        c cancelled
        body cancelled by the group
        caught ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('e1'), ValueError('e2')])
        cancelling() after group: 0
        body error also grouped: ExceptionGroup('unhandled errors in a TaskGroup', [KeyError('body error')])
        """#
        #expect(run(source, file: "r26_taskgroup.py") == expected + "\n")
    }

    /// 3.11's `iscoroutine` still counts generators, so `wait` rejects a generator argument.
    @Test func waitRejectsGeneratorArgument() {
        let source = #"""
        import asyncio

        def gen():
            yield 1

        async def main():
            print(asyncio.iscoroutine(gen()))
            try:
                await asyncio.wait(f for f in [])
            except TypeError as e:
                print(e)

        asyncio.run(main())
        """#
        #expect(run(source, file: "main.py") == "True\nexpect a list of futures, not generator\n")
    }
}
