import Testing
@testable import PyEngine

/// Superinstructions must be invisible: each does what its two parts do, in the
/// same positions (errors in the second part are reported there), counted as
/// two instructions. Expected output from python3 3.11.
struct SuperinstructionTests {
    /// Each pair becomes one fused instruction in the eval loop's copy only; the
    /// second stays in place (a jump may land on it).
    @Test func fusesPairsAndKeepsTheSecond() throws {
        let code = try compileSource("""
            def f(a, b):
                c = a
                if a < b:
                    return a.x
                return None
            """)
        guard case .object(let o) = code.constants.first(where: { $0.asObject is CodeObject }),
              let f = o as? CodeObject else { Issue.record("no function code"); return }
        let executed = Array(f.instructionBuffer)
        var fused: [String] = []
        for (i, instruction) in executed.enumerated() {
            guard let (first, second) = instruction.parts else { continue }
            fused.append("\(i) " + Disassembler.describe(instruction, f))
            #expect(String(describing: first) == String(describing: f.instructions[i]))
            #expect(String(describing: second) == String(describing: f.instructions[i + 1]))
            #expect(String(describing: executed[i + 1]) == String(describing: f.instructions[i + 1]))
        }
        // The last is the compiler's implicit `return None`, unreachable here.
        #expect(fused == [
            "1 storeFast 2 (c) + loadFast 0 (a)",
            "4 compare less + popJumpIfFalse 9",
            "6 loadFast 0 (a) + loadAttr 0 (x)",
            "9 loadConst 0 (None) + returnValue",
            "11 loadConst 0 (None) + returnValue",
        ])
        #expect(!f.instructions.contains { $0.parts != nil })
    }

    /// An unbound local in the second half of `loadFast; loadFast`.
    @Test func unboundSecondLocal() {
        let result = Engine.capture(source: """
            def total(flag):
                if flag:
                    b = 2
                return flag + b

            total(0)
            """)
        #expect(result.stderr == #"""
            Traceback (most recent call last):
              File "main.py", line 6, in <module>
                total(0)
              File "main.py", line 4, in total
                return flag + b
                              ^
            UnboundLocalError: cannot access local variable 'b' where it is not associated with a value

            """#)
    }

    /// The jump half of `compare; popJumpIfFalse` raising from `__bool__`.
    @Test func truthOfComparisonRaises() {
        let result = Engine.capture(source: """
            class Fuzzy:
                def __bool__(self):
                    raise ValueError("no truth")

            class Odd:
                def __lt__(self, other):
                    return Fuzzy()

            def check(a, b):
                if a < b:
                    return "less"
                return "not less"

            print(check(1, 2))
            print(check(Odd(), 2))
            """)
        #expect(result.stdout == "less\n")
        #expect(result.stderr == #"""
            Traceback (most recent call last):
              File "main.py", line 15, in <module>
                print(check(Odd(), 2))
                      ^^^^^^^^^^^^^^^
              File "main.py", line 10, in check
                if a < b:
                   ^^^^^
              File "main.py", line 3, in __bool__
                raise ValueError("no truth")
            ValueError: no truth

            """#)
    }

    /// An unknown global in the second half of `pushNull; loadGlobal`, and an
    /// unbound local in the first half of `loadFast; returnValue`.
    @Test func missingGlobalCallAndUnboundReturn() {
        let result = Engine.capture(source: """
            def call_missing(n):
                return frobnicate(n) + 1

            def pick(flag):
                if flag:
                    x = 1
                return x

            print(pick(True))
            try:
                pick(False)
            except UnboundLocalError as e:
                print("caught", e)
            call_missing(2)
            """)
        #expect(result.stdout == """
            1
            caught cannot access local variable 'x' where it is not associated with a value

            """)
        #expect(result.stderr == #"""
            Traceback (most recent call last):
              File "main.py", line 14, in <module>
                call_missing(2)
              File "main.py", line 2, in call_missing
                return frobnicate(n) + 1
                       ^^^^^^^^^^
            NameError: name 'frobnicate' is not defined

            """#)
    }

    /// A missing attribute in the second half of `loadFast; loadAttr`.
    @Test func missingAttributeOfLocal() {
        let result = Engine.capture(source: """
            class Box:
                pass

            def peek(box):
                return box.missing

            peek(Box())
            """)
        #expect(result.stderr.hasSuffix(#"""
              File "main.py", line 5, in peek
                return box.missing
                       ^^^^^^^^^^^
            AttributeError: 'Box' object has no attribute 'missing'

            """#))
    }

    /// Virtual time counts compiled instructions: these deltas were measured
    /// before superinstructions existed and must not move.
    @Test func virtualTimeCountsBothParts() {
        expectPrints("""
            import time

            class P:
                def __init__(self, x):
                    self.x = x

            def fib(n):
                if n < 2:
                    return n
                return fib(n - 1) + fib(n - 2)

            def attrs(ps):
                t = 0
                for p in ps:
                    t += p.x
                return t

            def pairs(a, b):
                c = a
                d = c + b
                while d > a and c >= 0:
                    c = c - 1
                    d = d - 1
                return None

            t0 = time.perf_counter_ns()
            fib(12)
            t1 = time.perf_counter_ns()
            attrs([P(i) for i in range(50)])
            t2 = time.perf_counter_ns()
            pairs(3, 40)
            t3 = time.perf_counter_ns()
            print(t1 - t0, t2 - t1, t3 - t2)
            """, "139575 26950 2350\n")
    }
}
