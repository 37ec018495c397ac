import PySyntax
import Testing
@testable import PyEngine

/// Compile-time SyntaxErrors, checked against python3 3.11's `compile()`:
/// message, line, 1-based column and end column.
struct CompileErrorTests {
    struct Case: CustomStringConvertible, Sendable {
        let source: String
        let message: String
        let line: Int
        let column: Int
        let endColumn: Int
        var description: String { message }
    }

    static let cases: [Case] = [
        Case(source: "def f():\n    x = 1\n    global x\n", message: "name 'x' is assigned to before global declaration", line: 3, column: 5, endColumn: 13),
        Case(source: "def f():\n    print(x)\n    global x\n", message: "name 'x' is used prior to global declaration", line: 3, column: 5, endColumn: 13),
        Case(source: "def f(x):\n    global x\n", message: "name 'x' is parameter and global", line: 2, column: 5, endColumn: 13),
        Case(source: "nonlocal x\n", message: "nonlocal declaration not allowed at module level", line: 1, column: 1, endColumn: 11),
        Case(source: "def f():\n    nonlocal x\n", message: "no binding for nonlocal 'x' found", line: 2, column: 5, endColumn: 15),
        Case(source: "def f(a, a): pass\n", message: "duplicate argument 'a' in function definition", line: 1, column: 10, endColumn: 11),
        Case(source: "lambda a, a: 1\n", message: "duplicate argument 'a' in function definition", line: 1, column: 11, endColumn: 12),
        Case(source: "return 1\n", message: "'return' outside function", line: 1, column: 1, endColumn: 9),
        Case(source: "class C:\n    return 1\n", message: "'return' outside function", line: 2, column: 5, endColumn: 13),
        Case(source: "yield 1\n", message: "'yield' outside function", line: 1, column: 1, endColumn: 8),
        Case(source: "await x\n", message: "'await' outside function", line: 1, column: 1, endColumn: 8),
        Case(source: "def f():\n    await x\n", message: "'await' outside async function", line: 2, column: 5, endColumn: 12),
        Case(source: "def f():\n    async for x in y: pass\n", message: "'async for' outside async function", line: 2, column: 5, endColumn: 27),
        Case(source: "def f():\n    async with x: pass\n", message: "'async with' outside async function", line: 2, column: 5, endColumn: 23),
        Case(source: "break\n", message: "'break' outside loop", line: 1, column: 1, endColumn: 6),
        Case(source: "continue\n", message: "'continue' not properly in loop", line: 1, column: 1, endColumn: 9),
        Case(source: "def f():\n    while x:\n        def g():\n            break\n", message: "'break' outside loop", line: 4, column: 13, endColumn: 18),
        Case(source: "async def f():\n    yield 1\n    return 2\n", message: "'return' with value in async generator", line: 3, column: 5, endColumn: 13),
        Case(source: "async def f():\n    return 2\n    yield 1\n", message: "'return' with value in async generator", line: 2, column: 5, endColumn: 13),
        Case(source: "async def f():\n    yield from x\n", message: "'yield from' inside async function", line: 2, column: 5, endColumn: 17),
        Case(source: "[(yield x) for x in y]\n", message: "'yield' inside list comprehension", line: 1, column: 3, endColumn: 10),
        Case(source: "{(yield x) for x in y}\n", message: "'yield' inside set comprehension", line: 1, column: 3, endColumn: 10),
        Case(source: "def f():\n    [x async for x in y]\n", message: "asynchronous comprehension outside of an asynchronous function", line: 2, column: 5, endColumn: 25),
        Case(source: "def f():\n    [x for x in y if await z]\n", message: "asynchronous comprehension outside of an asynchronous function", line: 2, column: 5, endColumn: 30),
        Case(source: "*a = 1\n", message: "starred assignment target must be in a list or tuple", line: 1, column: 1, endColumn: 3),
        Case(source: "*a, *b = 1\n", message: "multiple starred expressions in assignment", line: 1, column: 1, endColumn: 7),
        Case(source: "del f()\n", message: "cannot delete function call", line: 1, column: 5, endColumn: 8),
        Case(source: "def f():\n    class C:\n        nonlocal y\n", message: "no binding for nonlocal 'y' found", line: 3, column: 9, endColumn: 19),
        Case(source: "x: int = 1\nglobal x\n", message: "annotated name 'x' can't be global", line: 2, column: 1, endColumn: 9),
        Case(source: "def f():\n    from m import *\n", message: "import * only allowed at module level", line: 2, column: 19, endColumn: 20),
        Case(source: "[i := 0 for i in range(3)]\n", message: "assignment expression cannot rebind comprehension iteration variable 'i'", line: 1, column: 2, endColumn: 3),
        Case(source: "class C:\n    [(j := 0) for i in range(3)]\n", message: "assignment expression within a comprehension cannot be used in a class body", line: 2, column: 7, endColumn: 8),
        Case(source: "def f():\n    x = 1\n    nonlocal x\n", message: "name 'x' is assigned to before nonlocal declaration", line: 3, column: 5, endColumn: 15),
        Case(source: "def f():\n  global x\n  nonlocal x\n", message: "name 'x' is nonlocal and global", line: 2, column: 3, endColumn: 11),
        Case(source: "def f(a):\n    nonlocal a\n", message: "name 'a' is parameter and nonlocal", line: 2, column: 5, endColumn: 15),
        Case(source: "class C:\n    yield 1\n", message: "'yield' outside function", line: 2, column: 5, endColumn: 12),
        Case(source: "def f():\n    [x for x in (await z)]\n", message: "'await' outside async function", line: 2, column: 18, endColumn: 25),
    ]

    @Test(arguments: cases)
    func reportsCPythonMessageAndPosition(_ c: Case) {
        let e = compileError(c.source)
        #expect(e?.message == c.message)
        #expect(e?.line == c.line)
        #expect(e?.column == c.column)
        #expect(e?.endColumn == c.endColumn)
    }

    @Test(arguments: [
        "for x in y:\n    try:\n        pass\n    finally:\n        continue\n",
        "async def f():\n    (x async for x in y)\n    [x for x in (await z)]\n",
        "def f():\n    (x async for x in y)\n",
    ])
    func acceptsWhatCPythonAccepts(_ source: String) {
        #expect(compileError(source) == nil)
    }

    @Test func topLevelAwaitIsAllowedInteractively() throws {
        let code = try compileSource("await x\nasync with a: pass\n", interactive: true)
        #expect(code.flags.contains(.coroutine))
        #expect(code.flags.contains(.interactive))
    }
}
