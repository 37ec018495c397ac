import Foundation
import Testing
@testable import PyEngine

/// Async generators and what CPython prints when objects die: the full stderr
/// text of asyncio's end-of-run reports. Expected texts are python3's output
/// for the same program saved as main.py, with its directory removed from
/// paths and object addresses written as 0x...
struct AsyncGeneratorTests {
    private func run(_ source: String) -> (stdout: String, stderr: String) {
        let result = Engine.capture(source: source, filename: "main.py")
        return (result.stdout, Self.hidingAddresses(result.stderr))
    }

    private static func hidingAddresses(_ text: String) -> String {
        text.replacingOccurrences(of: "0x[0-9a-f]+", with: "0x...", options: .regularExpression)
    }

    @Test func fireAndForgetTaskReportsRightAfterFailing() {
        let (out, err) = run(#"""
        import asyncio

        async def fail(tag):
            raise ValueError(tag)

        async def main():
            asyncio.create_task(fail("lost"))
            await asyncio.sleep(0)
            print("main continues")

        asyncio.run(main())
        """#)
        #expect(out == "main continues\n")
        #expect(err == #"""
        Task exception was never retrieved
        future: <Task finished name='Task-2' coro=<fail() done, defined at main.py:3> exception=ValueError('lost')>
        Traceback (most recent call last):
          File "main.py", line 4, in fail
            raise ValueError(tag)
        ValueError: lost

        """#)
    }

    /// Probe R39a with `sys.stderr = sys.stdout`: each report appears where
    /// the last reference to the task went away.
    @Test func neverRetrievedReportsInOrderWithPrints() {
        let (out, err) = run(#"""
        import asyncio, sys
        sys.stderr = sys.stdout

        async def fail(tag):
            raise ValueError(tag)

        async def main():
            kept = asyncio.create_task(fail("kept"))
            await asyncio.sleep(0)
            print("main: kept failed, still referenced -> no message yet")
            del kept
            print("main: after del kept")
            held = asyncio.create_task(fail("held by main"))
            await asyncio.sleep(0)
            print("main returns")

        asyncio.run(main())
        print("after asyncio.run")
        """#)
        #expect(err == "")
        #expect(out == #"""
        main: kept failed, still referenced -> no message yet
        Task exception was never retrieved
        future: <Task finished name='Task-2' coro=<fail() done, defined at main.py:4> exception=ValueError('kept')>
        Traceback (most recent call last):
          File "main.py", line 5, in fail
            raise ValueError(tag)
        ValueError: kept
        main: after del kept
        main returns
        Task exception was never retrieved
        future: <Task finished name='Task-3' coro=<fail() done, defined at main.py:4> exception=ValueError('held by main')>
        Traceback (most recent call last):
          File "main.py", line 5, in fail
            raise ValueError(tag)
        ValueError: held by main
        after asyncio.run

        """#)
    }

    @Test func futureNeverRetrievedWithoutTraceback() {
        let (out, err) = run(#"""
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            fut = loop.create_future()
            fut.set_exception(KeyError("k"))
            del fut
            print("after del")

        asyncio.run(main())
        """#)
        #expect(out == "after del\n")
        #expect(err == #"""
        Future exception was never retrieved
        future: <Future finished exception=KeyError('k')>
        KeyError: 'k'

        """#)
    }

    /// Tasks still pending when the program ends: each coroutine is closed,
    /// then its task is reported (the order CPython's GC gives garbage tasks).
    @Test func pendingTasksReportedAtExit() {
        let (out, err) = run(#"""
        import asyncio

        async def forever(tag):
            try:
                await asyncio.sleep(10)
            finally:
                print(tag, "finally")

        async def main():
            asyncio.create_task(forever("a"))
            asyncio.create_task(forever("b"))
            await asyncio.sleep(0.1)
            print("main done")

        loop = asyncio.new_event_loop()
        loop.run_until_complete(main())
        loop.close()
        print("end")
        """#)
        #expect(out == "main done\nend\na finally\nb finally\n")
        #expect(err == #"""
        Task was destroyed but it is pending!
        task: <Task pending name='Task-2' coro=<forever() done, defined at main.py:3> wait_for=<Future pending cb=[Task.task_wakeup()]>>
        Task was destroyed but it is pending!
        task: <Task pending name='Task-3' coro=<forever() done, defined at main.py:3> wait_for=<Future pending cb=[Task.task_wakeup()]>>

        """#)
    }

    @Test func closingALoopDropsATaskThatNeverRan() {
        let (out, err) = run(#"""
        import asyncio

        async def f():
            print("never runs")

        loop = asyncio.new_event_loop()
        loop.create_task(f())
        loop.close()
        print("after close")
        """#)
        #expect(out == "after close\n")
        // CPython follows with the "never awaited" warning, located in its own base_events.py.
        #expect(err.hasPrefix(#"""
        Task was destroyed but it is pending!
        task: <Task pending name='Task-1' coro=<f() running at main.py:3>>

        """#))
    }

    @Test func asyncGeneratorCleanupErrorAtShutdown() {
        let (out, err) = run(#"""
        import asyncio

        async def broken():
            try:
                yield 1
            finally:
                raise ValueError("cleanup failed")

        keep = []

        async def main():
            g = broken()
            keep.append(g)
            await anext(g)

        asyncio.run(main())
        print("done")
        """#)
        #expect(out == "done\n")
        #expect(err == #"""
        an error occurred during closing of asynchronous generator <async_generator object broken at 0x...>
        asyncgen: <async_generator object broken at 0x...>
        Traceback (most recent call last):
          File "main.py", line 5, in broken
            yield 1
        GeneratorExit

        During handling of the above exception, another exception occurred:

        Traceback (most recent call last):
          File "main.py", line 7, in broken
            raise ValueError("cleanup failed")
        ValueError: cleanup failed

        """#)
    }

    @Test func generatorCleanupErrorIsUnraisable() {
        let (out, err) = run(#"""
        def gen():
            try:
                yield 1
            finally:
                raise ValueError("cleanup failed")

        g = gen()
        next(g)
        g = None
        print("after drop")
        """#)
        #expect(out == "after drop\n")
        #expect(err == #"""
        Exception ignored in: <generator object gen at 0x...>
        Traceback (most recent call last):
          File "main.py", line 5, in gen
            raise ValueError("cleanup failed")
        ValueError: cleanup failed

        """#)
    }

    @Test func defaultHandlerContextLines() {
        let (out, err) = run(#"""
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            loop.call_exception_handler({"message": "with extras", "zeta": [1, 2], "alpha": "a"})
            loop.call_exception_handler({"exception": KeyError("k")})
            print("main returns")

        asyncio.run(main())
        """#)
        #expect(out == "main returns\n")
        #expect(err == #"""
        with extras
        alpha: 'a'
        zeta: [1, 2]
        Unhandled exception in event loop
        KeyError: 'k'

        """#)
    }

    /// Probe R41: a generator left by `break` is closed by a new task two
    /// iterations later; one still suspended when main returns is closed by
    /// `shutdown_asyncgens`.
    @Test func droppedAndSurvivingAsyncGenerators() {
        let (out, err) = run(#"""
        import asyncio

        async def numbers(tag):
            try:
                for i in range(10):
                    yield i
                    await asyncio.sleep(0)
            finally:
                print(f"{tag}: finally runs")

        async def other():
            for i in range(3):
                print(f"other {i}")
                await asyncio.sleep(0)

        async def main():
            t = asyncio.create_task(other())
            async for x in numbers("dropped"):
                if x == 1:
                    break
            print("main left the async for")
            await t
            kept = numbers("kept")
            async for x in kept:
                break
            print("main returns while 'kept' is suspended")

        asyncio.run(main())
        print("after asyncio.run")
        """#)
        #expect(err == "")
        #expect(out == #"""
        other 0
        main left the async for
        other 1
        other 2
        dropped: finally runs
        main returns while 'kept' is suspended
        kept: finally runs
        after asyncio.run

        """#)
    }
}
