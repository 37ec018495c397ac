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

    /// Edge cases of the Python-written modules: contextmanager's error paths,
    /// ExitStack unwinding, partial flattening, lru_cache statistics, derived
    /// orderings, deque/Counter/OrderedDict/namedtuple behaviour and messages.
    @Test func moduleEdgeCases() {
        #expect(output(of: """
            from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack
            from functools import partial, wraps, lru_cache, cache, total_ordering, cmp_to_key, reduce, update_wrapper
            from collections import deque, Counter, OrderedDict, namedtuple, defaultdict
            @contextmanager
            def noyield():
                if False: yield
            try:
                with noyield(): pass
            except RuntimeError as e: print(e)
            @contextmanager
            def twice():
                yield 1
                yield 2
            try:
                with twice(): pass
            except RuntimeError as e: print(e)
            @contextmanager
            def stubborn():
                try: yield 1
                except ValueError: yield 2
            try:
                with stubborn(): raise ValueError("x")
            except RuntimeError as e: print(e)
            @contextmanager
            def swallow():
                try: yield
                except KeyError: print("swallowed")
            with swallow(): raise KeyError(1)
            @contextmanager
            def plain():
                yield
            try:
                with plain(): raise StopIteration("s")
            except StopIteration as e: print("stop", e)
            @contextmanager
            def rewrap():
                try: yield
                except ValueError as e: raise TypeError("new") from e
            try:
                with rewrap(): raise ValueError("old")
            except TypeError as e: print(e, repr(e.__cause__))
            @plain()
            def decorated(a): print("decorated", a); return a * 2
            print(decorated(3), decorated(4), decorated.__name__)
            with nullcontext(5) as v: print(v)
            class C:
                def close(self): print("closed")
            with closing(C()): pass
            with suppress(KeyError, IndexError): [][1]
            with ExitStack() as st:
                st.callback(print, "cb1")
                st.enter_context(plain())
                st.callback(print, "cb2", end="!\\n")
            try:
                with ExitStack() as st:
                    st.callback(print, "unwinding")
                    st.push(lambda *a: print("push saw", a[0].__name__) or True)
                    raise ValueError("v")
                print("suppressed by push")
            except ValueError: print("not")
            try:
                with ExitStack() as st:
                    st.callback(lambda: 1/0)
                    raise ValueError("orig")
            except ZeroDivisionError as e: print("zde", type(e.__context__).__name__)
            s2 = ExitStack(); s2.callback(print, "popped"); s3 = s2.pop_all(); s2.close(); print("between"); s3.close()
            try: ExitStack().enter_context(5)
            except TypeError as e: print(e)
            p = partial(partial(max, 1, key=abs), -5)
            print(p.func, p.args, p.keywords, p(3), repr(p).split(" at ")[0], repr(p).split(">")[1])
            try: partial(3)
            except TypeError as e: print(e)
            try: partial()
            except TypeError as e: print(e)
            try: reduce(max, [])
            except TypeError as e: print(e)
            @lru_cache(maxsize=2)
            def sq(x): print("compute", x); return x * x
            sq(1); sq(2); sq(1); sq(3); sq(2)
            print(sq.cache_info(), sq.__name__); sq.cache_clear(); print(sq.cache_info())
            @cache
            def c1(x): return x
            c1(1); c1(1); print(c1.cache_info())
            @lru_cache
            def c2(x): return x
            c2(1); print(c2.cache_info())
            try: lru_cache("x")
            except TypeError as e: print(e)
            @total_ordering
            class V:
                def __init__(self, v): self.v = v
                def __eq__(self, o): return self.v == o.v
                def __lt__(self, o): return self.v < o.v
            print(V(1) <= V(1), V(2) > V(1), V(1) >= V(2), V(1) > V(1))
            @total_ordering
            class W:
                def __init__(self, v): self.v = v
                def __eq__(self, o): return self.v == o.v
                def __ge__(self, o): return self.v >= o.v
            print(W(1) <= W(1), W(2) > W(1), W(1) < W(2), W(1) > W(1), W(1) < W(1))
            try:
                @total_ordering
                class N: pass
            except ValueError as e: print(e)
            print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
            d = deque([1, 2, 3], maxlen=3); d.appendleft(0); print(d, d.maxlen); d.extendleft([9, 8]); print(d)
            d.rotate(-1); print(d, d[1], d[-1], 9 in d, len(d), d == deque([9, 0, 8]), d != deque([1]))
            try: d[5]
            except IndexError as e: print(e)
            try: d["a"]
            except TypeError as e: print(e)
            try: d.remove(42)
            except ValueError as e: print(e)
            try: d.index(42)
            except ValueError as e: print(e)
            try: deque([1], maxlen=1).insert(0, 1)
            except IndexError as e: print(e)
            try: deque([1]) + [1]
            except TypeError as e: print(e)
            print(deque([1, 2]) + deque([3]), deque([1]) * 3, deque([1, 2]) < deque([1, 3]), d.copy(), deque())
            c = Counter("abracadabra"); print(c, c["z"], c.most_common(2), c.total())
            c.update("zz"); c.subtract({"a": 5}); print(c); del c["nope"]
            print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=1) | Counter(a=3, b=1), Counter(a=2, b=1) & Counter(a=1))
            print(Counter(a=0) == Counter(), +Counter(a=-1, b=2), -Counter(a=-1, b=2), sorted(Counter(x=2, y=1).elements()), Counter())
            o = OrderedDict(a=1, b=2, c=3); o.move_to_end("a"); print(o); o.move_to_end("c", last=False); print(o, o.popitem(), o.popitem(last=False), OrderedDict())
            print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
            P = namedtuple("P", "x, y z", defaults=(0,)); print(P(1, 2), P._field_defaults, P.__doc__, P.x.__doc__, P(1, 2, 3)._asdict())
            try: P()
            except TypeError as e: print(e)
            try: P(1, 2, 3, 4)
            except TypeError as e: print(e)
            try: P._make([1])
            except TypeError as e: print(e)
            try: P(1, 2)._replace(w=1)
            except ValueError as e: print(e)
            for bad in [("1a", "x"), ("T", "def"), ("T", "_x"), ("T", "x x")]:
                try: namedtuple(*bad)
                except ValueError as e: print(e)
            print(namedtuple("R", "a def a _b", rename=True)._fields, namedtuple("E", "")(), hash(P(1, 2)) == hash((1, 2, 0)))
            dd = defaultdict(list, {"a": [1]}); print(dd, dd.copy(), defaultdict(None))
            try: defaultdict(3)
            except TypeError as e: print(e)
            """) == """
            generator didn't yield
            generator didn't stop
            generator didn't stop after throw()
            swallowed
            stop s
            new ValueError('old')
            decorated 3
            decorated 4
            6 8 decorated
            5
            closed
            cb2!
            cb1
            push saw ValueError
            unwinding
            suppressed by push
            zde ValueError
            between
            popped
            'builtins.int' object does not support the context manager protocol
            <built-in function max> (1, -5) {'key': <built-in function abs>} -5 functools.partial(<built-in function max>, 1, -5, key=<built-in function abs>) , 1, -5, key=<built-in function abs
            the first argument must be callable
            type 'partial' takes at least one argument
            reduce() of empty iterable with no initial value
            compute 1
            compute 2
            compute 3
            compute 2
            CacheInfo(hits=1, misses=4, maxsize=2, currsize=2) sq
            CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)
            CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)
            CacheInfo(hits=0, misses=1, maxsize=128, currsize=1)
            Expected first argument to be an integer, a callable, or None
            True True False False
            True True True False False
            must define at least one ordering operation: < > <= >=
            [3, 2, 1]
            deque([0, 1, 2], maxlen=3) 3
            deque([8, 9, 0], maxlen=3)
            deque([9, 0, 8], maxlen=3) 0 8 True 3 True True
            deque index out of range
            sequence index must be integer, not 'str'
            42 is not in deque
            42 is not in deque
            deque already at its maximum size
            can only concatenate deque (not "list") to deque
            deque([1, 2, 3]) deque([1, 1, 1]) True deque([9, 0, 8], maxlen=3) deque([])
            Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) 0 [('a', 5), ('b', 2)] 11
            Counter({'b': 2, 'r': 2, 'z': 2, 'c': 1, 'd': 1, 'a': 0})
            Counter({'a': 4, 'c': 2, 'b': 1}) Counter({'a': 2}) Counter({'a': 3, 'b': 1}) Counter({'a': 1})
            True Counter({'b': 2}) Counter({'a': 1}) ['x', 'x', 'y'] Counter()
            OrderedDict([('b', 2), ('c', 3), ('a', 1)])
            OrderedDict([('b', 2)]) ('a', 1) ('c', 3) OrderedDict()
            False True
            P(x=1, y=2, z=0) {'z': 0} P(x, y, z) Alias for field number 0 {'x': 1, 'y': 2, 'z': 3}
            P.__new__() missing 2 required positional arguments: 'x' and 'y'
            P.__new__() takes from 3 to 4 positional arguments but 5 were given
            Expected 3 arguments, got 1
            Got unexpected field names: ['w']
            Type names and field names must be valid identifiers: '1a'
            Type names and field names cannot be a keyword: 'def'
            Field names cannot start with an underscore: '_x'
            Encountered duplicate field name: 'x'
            ('a', '_1', '_2', '_3') E() True
            defaultdict(<class 'list'>, {'a': [1]}) defaultdict(<class 'list'>, {'a': [1]}) defaultdict(None, {})
            first argument must be callable or None
            """)
    }

    /// `sample` (both strategies), `choices`, `shuffle` and `randrange` draw
    /// python3's numbers.
    @Test func randomSelections() {
        #expect(output(of: """
            import random
            random.seed(5)
            print(random.sample(range(100), 7), random.sample([1, 2, 3, 4], 4), random.randrange(0, 100, 7), random.randrange(10, -10, -3))
            print(random.choices("abc", k=5), random.choices("abc", [1, 2, 3], k=4), random.choices("abc", cum_weights=[1, 1, 5], k=3))
            print(random.sample(range(10000), 10), random.sample("abcd", 2, counts=[1, 0, 2, 5]))
            x = list(range(20))
            random.shuffle(x)
            print(x, random.uniform(1, 3), random.randrange(7), random.getrandbits(77))
            for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 9, 0), lambda: random.choice([]), lambda: random.sample([1], 2)]:
                try:
                    bad()
                except Exception as e:
                    print(type(e).__name__, e)
            """) == """
            [79, 32, 94, 45, 88, 83, 67] [1, 2, 4, 3] 98 7
            ['a', 'b', 'a', 'b', 'b'] ['a', 'b', 'b', 'c'] ['c', 'a', 'c']
            [2273, 7288, 2075, 2166, 29, 87, 3431, 3530, 2717, 2727] ['d', 'c']
            [1, 10, 3, 12, 9, 11, 7, 8, 2, 13, 16, 0, 4, 15, 14, 18, 5, 19, 17, 6] 2.1919579010894035 5 46837501102381607184569
            ValueError empty range for randrange()
            ValueError empty range for randrange() (5, 5, 0)
            ValueError zero step for randrange()
            IndexError Cannot choose from an empty sequence
            ValueError Sample larger than population or is negative
            """)
    }
}
