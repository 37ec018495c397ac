import Testing
@testable import PyEngine

/// What the call path must keep however calls are run (guards for work on the
/// call path, such as running calls in the caller's eval loop): traceback
/// entries, recursion depth, when a call's locals die, engine stops inside
/// calls. Expected output from python3 3.11.
struct CallFramesTests {
    /// An exception leaving nested calls gets one traceback entry per frame,
    /// through a bare `raise` and a `finally` on the way.
    @Test func tracebackThroughNestedCalls() {
        let source = #"""
        def outer():
            return middle()
        def middle():
            try:
                inner()
            except ValueError:
                raise
            finally:
                print("finally")
        def inner():
            return int("x")
        outer()
        """#
        let result = Engine.capture(source: source)
        #expect(result.stdout == "finally\n")
        #expect(result.stderr == #"""
            Traceback (most recent call last):
              File "main.py", line 12, in <module>
                outer()
              File "main.py", line 2, in outer
                return middle()
                       ^^^^^^^^
              File "main.py", line 5, in middle
                inner()
              File "main.py", line 11, in inner
                return int("x")
                       ^^^^^^^^
            ValueError: invalid literal for int() with base 10: 'x'

            """#)
    }

    /// RecursionError comes at CPython's depth, and the frames it unwinds are
    /// left, so that the caller can recurse as deep again.
    @Test func recursionDepth() {
        expectPrints("""
            def down(n):
                try:
                    return down(n + 1)
                except RecursionError:
                    return n
            print(down(0), down(0))
            """, "998 998\n")
    }

    /// A returning call drops its locals at once, also after handling an
    /// exception: here the async generator dies at `g = None`, so its
    /// finalizer hook runs before the next print.
    @Test func returnReleasesLocals() {
        let source = """
            import sys
            def final(agen):
                print("finalizer:", agen.__name__)
            async def gen():
                yield 1
            def drive(awaitable):
                try:
                    awaitable.send(None)
                except StopIteration as e:
                    return e.value
            sys.set_asyncgen_hooks(None, final)
            g = gen()
            x = g.__anext__()
            print(drive(x))
            x = None
            g = None
            print("after drop")
            """
        expectPrints(source, "1\nfinalizer: gen\nafter drop\n")
    }

    /// An engine stop deep in nested calls leaves the session with its full
    /// recursion depth.
    @Test func engineStopLeavesTheFrames() {
        var config = EngineConfig()
        config.maxInstructions = 100_000
        var out = ""
        let session = EngineSession(config: config) { stream, text in
            if stream == .stdout { out += text }
        }
        let inputs = [
            "def spin(n):\n    return spin(n - 1) if n else spin_forever()\n",
            "def spin_forever():\n    while True: pass\n",
            "spin(500)",
            "def down(n):\n    try:\n        return down(n + 1)\n    except RecursionError:\n        return n\n",
            "print(down(0) > 900)",
        ]
        let codes = inputs.map { session.execute($0).exitCode }
        #expect(codes == [0, 0, Engine.limitExitCode, 0, 0])
        #expect(out == "True\n")
    }
}
