import Testing
@testable import PyEngine

/// The built-in modules, checked against what python3 printed for the same
/// programs. Random numbers must match CPython's Mersenne Twister exactly.
struct ModulesTests {
    private func output(of source: String) -> String {
        let result = Engine.capture(source: source)
        let out = result.stdout.hasSuffix("\n") ? String(result.stdout.dropLast()) : result.stdout
        return result.stderr.isEmpty ? out : out + "\n" + result.stderr
    }

    @Test func randomMatchesCPython() {
        #expect(output(of: """
            import random
            random.seed(42)
            print(random.random(), random.random())
            print(random.randint(1, 10), random.randint(1, 10), random.randint(-1000, 1000))
            random.seed(0)
            print(random.random(), random.randint(0, 2 ** 40), random.randint(0, 2 ** 100))
            random.seed(2**70 + 12345)
            print(random.random(), random.getrandbits(70), random.getrandbits(5))
            random.seed(-7)
            print(random.random(), random.choice("abcdef"))
            print(random.uniform(2, 5))
            import time
            t = time.perf_counter()
            time.sleep(0.5)
            print(time.perf_counter() - t >= 0.5, time.time() > 1.6e9, time.time_ns() > 0)
            try:
                time.sleep(-1)
            except ValueError as e:
                print(e)
            import sys
            sys.stdout.write("hi\\n")
            print(sys.maxsize, sys.version_info, sys.getrecursionlimit())
            sys.setrecursionlimit(50)
            def r(n):
                return r(n + 1)
            try:
                r(0)
            except RecursionError as e:
                print("rec", e)
            try:
                raise KeyError(1)
            except KeyError:
                print(sys.exc_info()[0], sys.exception())
            print(sys.exc_info())
            import inspect
            def g():
                yield 1
            async def c():
                pass
            gen = g()
            print(inspect.isgeneratorfunction(g), inspect.isgenerator(gen), inspect.getgeneratorstate(gen))
            next(gen)
            print(inspect.getgeneratorstate(gen), inspect.iscoroutinefunction(c), inspect.isawaitable(gen))

            """) == """
            0.6394267984578837 0.025010755222666936
            5 4 -543
            0.8444218515250481 87705687125 1228929794195854491986183085626
            0.9602803546023011 145443246363598355380 22
            0.32383276483316237 b
            3.1844704892695206
            True True True
            sleep length must be non-negative
            hi
            9223372036854775807 sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0) 1000
            rec maximum recursion depth exceeded
            <class 'KeyError'> 1
            (None, None, None)
            True True GEN_CREATED
            GEN_SUSPENDED True False
            """)
    }

    @Test func contextlibProtocol() {
        #expect(output(of: """
            from contextlib import contextmanager, suppress, nullcontext, ExitStack
            @contextmanager
            def noyield():
                if False:
                    yield
            try:
                with noyield():
                    pass
            except RuntimeError as e:
                print(e)
            @contextmanager
            def twice():
                yield 1
                yield 2
            try:
                with twice():
                    pass
            except RuntimeError as e:
                print(e)
            @contextmanager
            def swallow():
                try:
                    yield "v"
                except ZeroDivisionError:
                    print("swallowed")
            with swallow() as v:
                print(v)
                1 / 0
            with suppress(KeyError, IndexError):
                [][1]
            with nullcontext(5) as n:
                print(n)
            with ExitStack() as stack:
                stack.callback(print, "cb1")
                stack.callback(print, "cb2")

            """) == """
            generator didn't yield
            generator didn't stop
            v
            swallowed
            5
            cb2
            cb1
            """)
    }

    @Test func collectionsTypes() {
        #expect(output(of: """
            from collections import deque, defaultdict, namedtuple, Counter, OrderedDict
            d = deque([1, 2, 3], maxlen=3)
            d.appendleft(0)
            print(d, d.maxlen, len(d), d[1])
            try:
                deque().popleft()
            except IndexError as e:
                print(e)
            dd = defaultdict(list)
            dd["a"].append(1)
            print(dd, dd.default_factory)
            P = namedtuple("P", "x y", defaults=[0])
            p = P(1)
            print(p, p._replace(y=5), p._asdict(), P._fields)
            try:
                p.x = 2
            except AttributeError as e:
                print(e)
            try:
                P(1, 2, 3)
            except TypeError as e:
                print(e)
            c = Counter("abracadabra")
            print(c.most_common(2), c["z"])
            print(OrderedDict([("a", 1), ("b", 2)]))

            """) == """
            deque([0, 1, 2], maxlen=3) 3 3 1
            pop from an empty deque
            defaultdict(<class 'list'>, {'a': [1]}) <class 'list'>
            P(x=1, y=0) P(x=1, y=5) {'x': 1, 'y': 0} ('x', 'y')
            can't set attribute
            P.__new__() takes from 2 to 3 positional arguments but 4 were given
            [('a', 5), ('b', 2)] 0
            OrderedDict([('a', 1), ('b', 2)])
            """)
    }

    @Test func functoolsHelpers() {
        #expect(output(of: """
            import functools
            def f(a, b):
                return a - b
            p = functools.partial(f, 10)
            print(p(3), p.args, repr(p).startswith("functools.partial(<function f at 0x"))
            try:
                functools.reduce(f, [])
            except TypeError as e:
                print(e)
            @functools.lru_cache(maxsize=None)
            def sq(n):
                return n * n
            sq(2); sq(2); sq(3)
            print(sq.cache_info())
            @functools.total_ordering
            class V:
                def __init__(self, v):
                    self.v = v
                def __eq__(self, o):
                    return self.v == o.v
                def __lt__(self, o):
                    return self.v < o.v
            print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
            print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

            """) == """
            7 (10,) True
            reduce() of empty iterable with no initial value
            CacheInfo(hits=1, misses=2, maxsize=None, currsize=2)
            True True False
            [3, 2, 1]
            """)
    }
}
