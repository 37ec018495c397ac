import Testing
@testable import PyEngine

/// "Did you mean" suggestions (as CPython 3.11 prints them) and LoopLab's
/// one-line history hints for removed asyncio idioms.
struct ErrorHelpTests {
    private func lastLines(_ source: String, _ n: Int) -> [String] {
        Array(runStderr(source).split(separator: "\n").suffix(n).map(String.init))
    }

    @Test func suggestsTheClosestName() {
        // python3: NameError: name 'coutn' is not defined. Did you mean: 'count'?
        #expect(lastLines("count = 1\nprint(coutn)\n", 1) == ["NameError: name 'coutn' is not defined. Did you mean: 'count'?"])
        // python3: a case slip costs less than a real change.
        #expect(lastLines("Total = 1\nprint(total)\n", 1) == ["NameError: name 'total' is not defined. Did you mean: 'Total'?"])
    }

    @Test func suggestsNothingWhenNothingIsClose() {
        #expect(lastLines("print(zebra_count)\n", 1) == ["NameError: name 'zebra_count' is not defined"])
    }

    @Test func editDistanceWeighsCaseChangesLower() {
        let d = { (a: String, b: String) in
            Suggestions.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: 100)
        }
        #expect(d("abc", "abc") == 0)
        #expect(d("abc", "Abc") == 1)
        #expect(d("abc", "abd") == 2)
        #expect(d("abc", "ab") == 2)
    }

    @Test func explainsAsyncioCoroutineDecorator() {
        let lines = lastLines("import asyncio\n@asyncio.coroutine\ndef old():\n    yield\n", 2)
        #expect(lines[0].hasPrefix("AttributeError: module 'asyncio' has no attribute 'coroutine'"))
        #expect(lines[1].hasPrefix("LoopLab hint: @asyncio.coroutine"))
    }

    @Test func explainsYieldFromInsideAsyncDef() {
        let lines = lastLines("async def f():\n    yield from g()\n", 2)
        #expect(lines[0] == "SyntaxError: 'yield from' inside async function")
        #expect(lines[1].hasPrefix("LoopLab hint: `yield from`"))
    }
}
