import Testing
@testable import PyEngine

/// Exception classes, exception groups, except* and uncaught-exception output.
struct ExceptionsTests {
    @Test("exception args, super().__init__, __new__, keyword checks")
    func argsAndInit() {
        let source = """
        class AppError(Exception):
            def __init__(self, msg, code=1):
                super().__init__(msg)
                self.code = code
        class Sub(AppError):
            pass
        try:
            raise Sub("bad", code=5)
        except AppError as e:
            print(e, repr(e), e.args, e.code)
        class Plain(ValueError):
            pass
        print(repr(Plain(1, 2)), str(Plain()), repr(Plain()), str(Plain("x")))
        class New(Exception):
            def __new__(cls, *args):
                inst = super().__new__(cls, *args)
                inst.extra = "yes"
                return inst
        n = New("a", "b")
        print(n.args, n.extra)
        e = ValueError("x")
        e.args = ["y", 2]
        print(e.args, e)
        try:
            ValueError(x=1)
        except TypeError as t:
            print(t)

        """
        #expect(runStdout(source) == """
        bad Sub('bad') ('bad',) 5
        Plain(1, 2)  Plain() x
        ('a', 'b') yes
        ('y', 2) ('y', 2)
        ValueError() takes no keyword arguments

        """)
    }

    @Test("__str__ and __repr__ through super()")
    func strAndRepr() {
        let source = """
        class WithStr(Exception):
            def __str__(self):
                return "custom " + super().__str__()
            def __repr__(self):
                return "R" + super().__repr__()
        print(str(WithStr("a")), repr(WithStr("a")))
        print(KeyError("k"), KeyError(), repr(KeyError("k")), BaseException.__str__(ValueError("q")), Exception.__repr__(KeyError(3)))
        print(OSError(2, "No such file"), OSError(2, "No such file").errno, OSError("x").strerror)

        """
        #expect(runStdout(source) == """
        custom a RWithStr('a')
        'k'  KeyError('k') q KeyError(3)
        [Errno 2] No such file 2 None

        """)
    }

    @Test("StopIteration.value, SystemExit.code, NameError.name, AttributeError.name")
    func specificAttributes() {
        let source = """
        print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
        print(NameError("x", name="y").name, ImportError("m", name="n", path="p").path, AttributeError("a", name="n", obj=1).obj)
        try:
            undefined_name
        except NameError as e:
            print(e.name)
        try:
            None.foo
        except AttributeError as e:
            print(e.name, e.obj)
        try:
            NameError("x", foo=1)
        except TypeError as e:
            print(e)
        def gen():
            yield 1
            return "done"
        g = gen()
        next(g)
        try:
            next(g)
        except StopIteration as s:
            print("value", s.value)

        """
        #expect(runStdout(source) == """
        5 None 3 None (1, 2)
        y p 1
        undefined_name
        foo None
        'foo' is an invalid keyword argument for NameError()
        value done

        """)
    }

    @Test("__cause__, __context__, __suppress_context__, __traceback__")
    func chainingAttributes() {
        let source = """
        try:
            try:
                1 / 0
            except ZeroDivisionError as z:
                raise ValueError("v") from z
        except ValueError as v:
            print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
        e = ValueError(1)
        e.__cause__ = KeyError(2)
        print(e.__suppress_context__)
        try:
            e.__cause__ = 3
        except TypeError as t:
            print(t)
        try:
            e.__context__ = 3
        except TypeError as t:
            print(t)
        print(e.__traceback__, e.with_traceback(None) is e)
        def f():
            raise ValueError(3)
        try:
            f()
        except ValueError as x:
            tb = x.__traceback__
            print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)

        """
        #expect(runStdout(source) == """
        ZeroDivisionError('division by zero') ZeroDivisionError('division by zero') True
        True
        exception cause must be None or derive from BaseException
        exception context must be None or derive from BaseException
        None True
        23 21 None

        """)
    }

    @Test("add_note and __notes__")
    func notes() {
        let source = """
        e = ValueError("x")
        e.add_note("note 1")
        e.add_note("note 2")
        print(e.__notes__)
        try:
            e.add_note(3)
        except TypeError as t:
            print(t)

        """
        #expect(runStdout(source) == """
        ['note 1', 'note 2']
        note must be a str, not 'int'

        """)
    }

    @Test("ExceptionGroup construction and its checks")
    func groupConstruction() {
        let source = """
        for args in [("m",), (1, [ValueError()]), ("m", {ValueError()}), ("m", []), ("m", [1])]:
            try:
                BaseExceptionGroup(*args)
            except (TypeError, ValueError) as e:
                print(e)
        g = BaseExceptionGroup("m", (ValueError(),))
        print(repr(g), g.args, g.exceptions, g.message, isinstance(g, ExceptionGroup))
        print(repr(BaseExceptionGroup("m", [KeyboardInterrupt()])))
        try:
            ExceptionGroup("m", [KeyboardInterrupt()])
        except TypeError as e:
            print(e)

        """
        #expect(runStdout(source) == """
        BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
        BaseExceptionGroup.__new__() argument 1 must be str, not int
        second argument (exceptions) must be a sequence
        second argument (exceptions) must be a non-empty sequence
        Item 0 of second argument (exceptions) is not an exception
        ExceptionGroup('m', (ValueError(),)) ('m', (ValueError(),)) (ValueError(),) m True
        BaseExceptionGroup('m', [KeyboardInterrupt()])
        Cannot nest BaseExceptions in an ExceptionGroup

        """)
    }

    @Test("split, subgroup and derive, overridden derive included")
    func groupSplit() {
        let source = """
        class MyEG(ExceptionGroup):
            def derive(self, excs):
                return MyEG(self.message + "!", excs)
        eg = MyEG("m", [ValueError(1), TypeError(2)])
        eg.add_note("hello")
        m, r = eg.split(ValueError)
        print(repr(m), repr(r), m.__notes__)
        print(eg.subgroup(lambda e: True) is eg, eg.split((KeyError,)), repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
        plain = ExceptionGroup("p", [ValueError(1), ExceptionGroup("in", [KeyError(2)])])
        print(repr(plain.split(KeyError)), repr(plain.derive([TypeError(3)])))
        try:
            eg.split(5)
        except TypeError as e:
            print(e)

        """
        #expect(runStdout(source) == """
        MyEG('m!', [ValueError(1)]) MyEG('m!', [TypeError(2)]) ['hello']
        True (None, MyEG('m!', [ValueError(1), TypeError(2)])) MyEG('m!', [TypeError(2)])
        (ExceptionGroup('p', [ExceptionGroup('in', [KeyError(2)])]), ExceptionGroup('p', [ValueError(1)])) ExceptionGroup('p', [TypeError(3)])
        expected a function, exception type or tuple of exception types

        """)
    }

    @Test("except* splits groups, wraps naked exceptions and re-raises the rest")
    func exceptStar() {
        let source = """
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3), KeyError(4)])])
        except* ValueError as g:
            print("V", repr(g))
        except* (TypeError, KeyError) as g:
            print("TK", repr(g))
        try:
            try:
                raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
            except* ValueError:
                raise
        except ExceptionGroup as g:
            print("reraised", repr(g))
        try:
            try:
                raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
            except* ValueError:
                raise KeyError("new")
        except ExceptionGroup as g:
            print("mixed", repr(g), repr(g.exceptions[0].__context__))
        try:
            raise ValueError
        except* ValueError as g:
            print(repr(g))
        try:
            try:
                raise ValueError(1)
            except* ExceptionGroup:
                pass
        except TypeError as e:
            print(e)

        """
        #expect(runStdout(source) == """
        V ExceptionGroup('eg', [ValueError(1), ExceptionGroup('in', [ValueError(3)])])
        TK ExceptionGroup('eg', [TypeError(2), ExceptionGroup('in', [KeyError(4)])])
        reraised ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        mixed ExceptionGroup('', [KeyError('new'), ExceptionGroup('eg', [TypeError(2)])]) ExceptionGroup('eg', [ValueError(1)])
        ExceptionGroup('', (ValueError(),))
        catching ExceptionGroup with except* is not allowed. Use except instead.

        """)
    }

    @Test("an uncaught nested group prints CPython's boxes")
    func uncaughtGroup() {
        let source = """
        def f():
            raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t"), KeyError("k")])])
        f()

        """
        #expect(runStderr(source) == """
          + Exception Group Traceback (most recent call last):
          |   File "main.py", line 3, in <module>
          |     f()
          |   File "main.py", line 2, in f
          |     raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t"), KeyError("k")])])
          | ExceptionGroup: outer (2 sub-exceptions)
          +-+---------------- 1 ----------------
            | ValueError: v
            +---------------- 2 ----------------
            | ExceptionGroup: inner (2 sub-exceptions)
            +-+---------------- 1 ----------------
              | TypeError: t
              +---------------- 2 ----------------
              | KeyError: 'k'
              +------------------------------------

        """)
    }

    @Test("a handler's exception inside except* prints its context in the box")
    func uncaughtStarChain() {
        let source = """
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise KeyError("x")

        """
        #expect(runStderr(source) == """
          | ExceptionGroup:  (2 sub-exceptions)
          +-+---------------- 1 ----------------
            | Exception Group Traceback (most recent call last):
            |   File "main.py", line 2, in <module>
            |     raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
            | ExceptionGroup: eg (1 sub-exception)
            +-+---------------- 1 ----------------
              | ValueError: 1
              +------------------------------------
            |\u{20}
            | During handling of the above exception, another exception occurred:
            |\u{20}
            | Traceback (most recent call last):
            |   File "main.py", line 4, in <module>
            |     raise KeyError("x")
            | KeyError: 'x'
            +---------------- 2 ----------------
            | Exception Group Traceback (most recent call last):
            |   File "main.py", line 2, in <module>
            |     raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
            | ExceptionGroup: eg (1 sub-exception)
            +-+---------------- 1 ----------------
              | TypeError: 2
              +------------------------------------

        """)
    }

    @Test("groups show at most 15 members")
    func groupWidthLimit() {
        let source = """
        e = ExceptionGroup("many", [ValueError(i) for i in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]])
        e.add_note("a note")
        raise e

        """
        #expect(runStderr(source) == """
          + Exception Group Traceback (most recent call last):
          |   File "main.py", line 3, in <module>
          |     raise e
          | ExceptionGroup: many (17 sub-exceptions)
          | a note
          +-+---------------- 1 ----------------
            | ValueError: 1
            +---------------- 2 ----------------
            | ValueError: 2
            +---------------- 3 ----------------
            | ValueError: 3
            +---------------- 4 ----------------
            | ValueError: 4
            +---------------- 5 ----------------
            | ValueError: 5
            +---------------- 6 ----------------
            | ValueError: 6
            +---------------- 7 ----------------
            | ValueError: 7
            +---------------- 8 ----------------
            | ValueError: 8
            +---------------- 9 ----------------
            | ValueError: 9
            +---------------- 10 ----------------
            | ValueError: 10
            +---------------- 11 ----------------
            | ValueError: 11
            +---------------- 12 ----------------
            | ValueError: 12
            +---------------- 13 ----------------
            | ValueError: 13
            +---------------- 14 ----------------
            | ValueError: 14
            +---------------- 15 ----------------
            | ValueError: 15
            +---------------- ... ----------------
            | and 2 more exceptions
            +------------------------------------

        """)
    }

    @Test("notes line by line, a cause, and a multi-line message")
    func notesAndCause() {
        let source = """
        e = ValueError("multi\\nline")
        e.add_note("note one\\nsecond line")
        g = ExceptionGroup("grp", [e, TypeError("x")])
        try:
            raise g
        except ExceptionGroup as x:
            raise RuntimeError("after") from x

        """
        #expect(runStderr(source) == """
          + Exception Group Traceback (most recent call last):
          |   File "main.py", line 5, in <module>
          |     raise g
          | ExceptionGroup: grp (2 sub-exceptions)
          +-+---------------- 1 ----------------
            | ValueError: multi
        line
            | note one
            | second line
            +---------------- 2 ----------------
            | TypeError: x
            +------------------------------------

        The above exception was the direct cause of the following exception:

        Traceback (most recent call last):
          File "main.py", line 7, in <module>
            raise RuntimeError("after") from x
        RuntimeError: after

        """)
    }

    @Test("repeated recursive frames collapse")
    func recursionCollapses() {
        let source = """
        def forever(n):
            return forever(n + 1)
        forever(0)

        """
        #expect(runStderr(source) == """
        Traceback (most recent call last):
          File "main.py", line 3, in <module>
            forever(0)
          File "main.py", line 2, in forever
            return forever(n + 1)
                   ^^^^^^^^^^^^^^
          File "main.py", line 2, in forever
            return forever(n + 1)
                   ^^^^^^^^^^^^^^
          File "main.py", line 2, in forever
            return forever(n + 1)
                   ^^^^^^^^^^^^^^
          [Previous line repeated 996 more times]
        RecursionError: maximum recursion depth exceeded

        """)
    }

    @Test("markers for whole-line operations, augmented names and asserts")
    func markers() {
        let source = """
        class E(Exception):
            def __str__(self):
                return "custom text"
        def check(x):
            assert x > 0
        count = 0
        def bump():
            count += 1
        x = [1, 2, 3]
        try:
            x[10]
        except IndexError:
            try:
                bump()
            except UnboundLocalError:
                try:
                    check(-1)
                except AssertionError:
                    raise E()

        """
        #expect(runStderr(source) == """
        Traceback (most recent call last):
          File "main.py", line 11, in <module>
            x[10]
            ~^^^^
        IndexError: list index out of range

        During handling of the above exception, another exception occurred:

        Traceback (most recent call last):
          File "main.py", line 14, in <module>
            bump()
          File "main.py", line 8, in bump
            count += 1
            ^^^^^
        UnboundLocalError: cannot access local variable 'count' where it is not associated with a value

        During handling of the above exception, another exception occurred:

        Traceback (most recent call last):
          File "main.py", line 17, in <module>
            check(-1)
          File "main.py", line 5, in check
            assert x > 0
                   ^^^^^
        AssertionError

        During handling of the above exception, another exception occurred:

        Traceback (most recent call last):
          File "main.py", line 19, in <module>
            raise E()
        E: custom text

        """)
    }
}
