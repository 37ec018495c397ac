import Testing
@testable import PyEngine

/// The scheduler's fast paths: `await asyncio.sleep(...)` without the coroutine
/// (PySleepAwaiter), asyncio.Queue's stand-ins and waiter, the task registry and
/// the timer heap. Each program prints what python3 printed, and the same when
/// traced: a traced run takes the Python paths the fast paths stand in for.
struct SchedulingFastPathTests {
    private func run(_ source: String, traced: Bool = false) -> String {
        var config = EngineConfig()
        config.recordTrace = traced
        let result = Engine.capture(source: source, filename: "main.py", config: config)
        return result.stdout + result.stderr
    }

    private func check(_ source: String, _ expected: String) {
        #expect(run(source) == expected)
        #expect(run(source, traced: true) == expected)
    }

    /// `await asyncio.sleep(...)` with every kind of delay and result, cancelled while
    /// sleeping, and the sleep coroutine used as an object (a task, wait_for, send).
    @Test func sleepBehavesAsTheCoroutine() {
        let source = #"""
        import asyncio

        async def sleeper(d, label):
            try:
                value = await asyncio.sleep(d, label)
                print("woke", label, value)
            except asyncio.CancelledError as e:
                print("cancelled", label, repr(e))
                raise

        async def main():
            print(await asyncio.sleep(0, "zero"), await asyncio.sleep(-1, 7), await asyncio.sleep(True, "t"))
            print(await asyncio.sleep(0.0), await asyncio.sleep(False))
            tasks = [asyncio.create_task(sleeper(d, n)) for d, n in [(1, "a"), (0, "b"), (2, "c")]]
            await asyncio.sleep(0)
            tasks[1].cancel()
            tasks[2].cancel("stop")
            print(await asyncio.gather(*tasks, return_exceptions=True))
            coro = asyncio.sleep(1)
            print(type(coro).__name__, asyncio.iscoroutine(coro))
            await coro
            await asyncio.wait_for(asyncio.sleep(0.1), 1)
            try:
                await asyncio.wait_for(asyncio.sleep(2), 1)
            except TimeoutError:
                print("timed out")
            try:
                await asyncio.sleep("x")
            except TypeError as e:
                print("TypeError:", e)
            class Always:
                def __le__(self, other):
                    return True
            print(await asyncio.sleep(Always(), "custom"))
            print(await asyncio.sleep(delay=0, result="keyword"))
            c = asyncio.sleep(0)
            print(c.send(None))
            try:
                c.send(None)
            except StopIteration as e:
                print("returned", e.value)

        asyncio.run(main())
        """#
        let expected = #"""
        zero 7 t
        None None
        cancelled b CancelledError()
        cancelled c CancelledError('stop')
        woke a a
        [None, CancelledError(''), CancelledError('')]
        coroutine True
        timed out
        TypeError: '<=' not supported between instances of 'str' and 'int'
        custom
        keyword
        None
        returned None
        """#
        check(source, expected + "\n")
    }

    /// sleep(0) takes one loop turn (R13); positive sleeps wake in deadline
    /// order (R4, R14).
    @Test func sleepKeepsLoopTurnsAndDeadlines() {
        let source = #"""
        import asyncio

        async def worker(name, rounds, log):
            for i in range(rounds):
                log.append(f"{name}{i}")
                await asyncio.sleep(0)
            log.append(f"{name} end")

        async def timed(name, delays, log):
            for d in delays:
                await asyncio.sleep(d)
                log.append(f"{name}@{d}")

        async def main():
            log = []
            await asyncio.gather(worker("A", 3, log), worker("B", 2, log), worker("C", 1, log))
            print(" ".join(log))
            log = []
            await asyncio.gather(*(timed(n, ds, log) for n, ds in
                                   [("x", [0.3, 0.1]), ("y", [0.1, 0.15, 0.1]), ("z", [0.45]), ("w", [0.2, 0.3])]))
            print(" ".join(log))

        asyncio.run(main())
        """#
        let expected = #"""
        A0 B0 C0 A1 B1 C end A2 B end A end
        y@0.1 w@0.2 y@0.15 x@0.3 y@0.1 x@0.1 z@0.45 w@0.3
        """#
        check(source, expected + "\n")
    }

    /// put/get/task_done on plain, unbounded, Lifo, Priority and subclassed queues, and
    /// on queues whose methods an instance or the class replaced.
    @Test func queueFastPathsOnlyOnPlainQueues() {
        let source = #"""
        import asyncio

        async def producer(q, name, n):
            for i in range(n):
                await q.put((name, i))
            print(name, "done, size", q.qsize())

        async def consumer(q, name, n, seen):
            for _ in range(n):
                item = await q.get()
                seen.append((name, item))
                q.task_done()

        async def scenario(q, label):
            seen = []
            producers = [asyncio.create_task(producer(q, p, 4)) for p in "AB"]
            consumers = [asyncio.create_task(consumer(q, c, 4, seen)) for c in "xy"]
            await asyncio.gather(*producers, *consumers)
            await q.join()
            print(label, seen)

        class Noisy(asyncio.Queue):
            def _put(self, item):
                print("put", item)
                super()._put(item)

        async def main():
            await scenario(asyncio.Queue(2), "bounded")
            await scenario(asyncio.Queue(), "unbounded")
            await scenario(asyncio.LifoQueue(3), "lifo")
            await scenario(asyncio.PriorityQueue(3), "priority")
            await scenario(Noisy(1), "subclass")
            q = asyncio.Queue(1)
            q.full = lambda: False
            await q.put(1)
            await q.put(2)
            print("instance patch", q.qsize())
            original = asyncio.Queue.empty
            asyncio.Queue.empty = lambda self: print("patched empty") or original(self)
            q = asyncio.Queue()
            await q.put(5)
            print(await q.get())
            asyncio.Queue.empty = original
            q.task_done()
            try:
                q.task_done()
            except ValueError as e:
                print("ValueError:", e)

        asyncio.run(main())
        """#
        let expected = #"""
        A done, size 2
        B done, size 2
        bounded [('x', ('A', 0)), ('x', ('A', 1)), ('x', ('A', 2)), ('x', ('A', 3)), ('y', ('B', 0)), ('y', ('B', 1)), ('y', ('B', 2)), ('y', ('B', 3))]
        A done, size 4
        B done, size 8
        unbounded [('x', ('A', 0)), ('x', ('A', 1)), ('x', ('A', 2)), ('x', ('A', 3)), ('y', ('B', 0)), ('y', ('B', 1)), ('y', ('B', 2)), ('y', ('B', 3))]
        A done, size 1
        B done, size 2
        lifo [('x', ('A', 2)), ('x', ('A', 1)), ('x', ('A', 0)), ('x', ('B', 1)), ('y', ('B', 0)), ('y', ('A', 3)), ('y', ('B', 3)), ('y', ('B', 2))]
        A done, size 1
        B done, size 2
        priority [('x', ('A', 0)), ('x', ('A', 1)), ('x', ('A', 2)), ('x', ('A', 3)), ('y', ('B', 0)), ('y', ('B', 1)), ('y', ('B', 2)), ('y', ('B', 3))]
        put ('A', 0)
        put ('A', 1)
        put ('B', 0)
        put ('A', 2)
        put ('B', 1)
        put ('A', 3)
        A done, size 1
        put ('B', 2)
        put ('B', 3)
        B done, size 1
        subclass [('x', ('A', 0)), ('x', ('A', 1)), ('y', ('B', 0)), ('x', ('A', 2)), ('y', ('B', 1)), ('x', ('A', 3)), ('y', ('B', 2)), ('y', ('B', 3))]
        instance patch 2
        patched empty
        patched empty
        5
        ValueError: task_done() called too many times
        """#
        check(source, expected + "\n")
    }

    /// Getters and putters that wait: wake-up order, a cancelled waiter passing its
    /// turn on (R32), join, a put from a callback, wait_for timing out.
    @Test func queueWaitsAsTheCoroutine() {
        let source = #"""
        import asyncio

        async def getter(q, name):
            try:
                item = await q.get()
                print(name, "got", item)
            except asyncio.CancelledError as e:
                print(name, "cancelled", repr(e), len(q._getters))
                raise

        async def putter(q, name, item):
            try:
                await q.put(item)
                print(name, "put", item)
            except asyncio.CancelledError:
                print(name, "put cancelled", q.qsize(), len(q._putters))
                raise

        async def joiner(q):
            await q.join()
            print("joined")

        async def main():
            q = asyncio.Queue(1)
            getters = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
            await asyncio.sleep(0)
            print(q)
            getters[0].cancel("bye")
            await q.put("a")
            await asyncio.sleep(0)
            getters[1].cancel()
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            getters[2].cancel()
            print(await asyncio.gather(*getters, return_exceptions=True))
            await q.put("x")
            putters = [asyncio.create_task(putter(q, f"p{i}", i)) for i in range(3)]
            await asyncio.sleep(0)
            print(q)
            putters[1].cancel()
            for _ in range(3):
                print("got", await q.get())
                await asyncio.sleep(0)
            await asyncio.gather(*putters, return_exceptions=True)
            j = asyncio.create_task(joiner(q))
            await asyncio.sleep(0)
            for _ in range(4):
                q.task_done()
            await j
            loop = asyncio.get_running_loop()
            loop.call_later(0.5, q.put_nowait, "late")
            print(await q.get(), loop.time() >= 0.5)
            try:
                await asyncio.wait_for(q.get(), 0.1)
            except TimeoutError:
                print("timed out", len(q._getters))

        asyncio.run(main())
        """#
        let expected = #"""
        <Queue maxsize=1 _getters[3]>
        g0 cancelled CancelledError('bye') 1
        g1 got a
        g2 cancelled CancelledError() 0
        [CancelledError(''), None, CancelledError('')]
        <Queue maxsize=1 _queue=['x'] _putters[3] tasks=2>
        got x
        p1 put cancelled 0 1
        p0 put 0
        got 0
        p2 put 2
        got 2
        joined
        late True
        timed out 0
        """#
        check(source, expected + "\n")
    }

    /// all_tasks() while most tasks finish (registry holes), and a hundred distinct
    /// deadlines firing in order.
    @Test func taskRegistryAndTimerHeap() {
        let source = #"""
        import asyncio

        async def short():
            await asyncio.sleep(0)

        async def long():
            await asyncio.sleep(10)

        async def sleeper(i, order):
            await asyncio.sleep((i * 37 % 100) * 0.01)
            order.append(i)

        async def main():
            tasks = [asyncio.create_task(short() if i % 3 else long(), name=f"t{i:03}") for i in range(100)]
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            pending = asyncio.all_tasks()
            print(len(pending), sorted(t.get_name() for t in pending)[:5])
            for t in tasks:
                t.cancel()
            results = await asyncio.gather(*tasks, return_exceptions=True)
            print(sum(isinstance(r, asyncio.CancelledError) for r in results), len(asyncio.all_tasks()))
            order = []
            await asyncio.gather(*(sleeper(i, order) for i in range(100)))
            print(order[:10], order == sorted(order, key=lambda i: i * 37 % 100))

        asyncio.run(main())
        """#
        let expected = #"""
        35 ['Task-1', 't000', 't003', 't006', 't009']
        34 1
        [0, 73, 46, 19, 92, 65, 38, 11, 84, 57] True
        """#
        check(source, expected + "\n")
    }

    /// A loop subclass sees the `create_future` and `call_later` of a positive
    /// sleep, as in CPython: the stand-in steps aside for it.
    @Test func sleepOnALoopSubclassCallsItsMethods() {
        let source = #"""
        import asyncio

        class LoggingLoop(asyncio.SelectorEventLoop):
            def call_later(self, delay, callback, *args, context=None):
                print("call_later", delay)
                return super().call_later(delay, callback, *args, context=context)
            def create_future(self):
                print("create_future")
                return super().create_future()

        async def main():
            await asyncio.sleep(0.1)
            await asyncio.sleep(0)
            print("done")

        with asyncio.Runner(loop_factory=LoggingLoop) as r:
            r.run(main())
        """#
        check(source, "create_future\ncall_later 0.1\ndone\n")
    }

    /// `sleep(float("inf"))`, the "sleep until cancelled" idiom: its timer sorts
    /// last and never fires, and the wait_for around it times out.
    @Test func infiniteSleepUntilCancelled() {
        let source = #"""
        import asyncio

        async def forever():
            try:
                await asyncio.sleep(float("inf"))
            except asyncio.CancelledError:
                print("cancelled at", asyncio.get_running_loop().time() >= 1)
                raise

        async def main():
            try:
                await asyncio.wait_for(forever(), 1)
            except TimeoutError:
                print("timeout")

        asyncio.run(main())
        """#
        check(source, "cancelled at True\ntimeout\n")
    }
}
