import Testing
@testable import PyEngine

/// `stackSize` comes from flowing depths over both edges of every jump.
struct StackSizeTests {
    @Test func simpleExpressions() throws {
        #expect(try compileSource("x = 1\n").stackSize == 1)
        #expect(try compileSource("x = a + b * c\n").stackSize == 3)
        #expect(try compileSource("f(a, b, c)\n").stackSize == 5)
    }

    @Test func handlerEntryCountsTheException() throws {
        // [previous exc] plus the matched type inside the handler.
        #expect(try compileSource("try:\n    pass\nexcept E:\n    pass\n").stackSize == 3)
    }

    @Test func loopsKeepTheIterator() throws {
        #expect(try compileSource("for x in y:\n    f(x)\n").stackSize == 4)
    }

    @Test func effectsMatchDocumentedSignatures() {
        #expect(StackDepth.effect(of: .forIter(0), jumping: false) == 1)
        #expect(StackDepth.effect(of: .forIter(0), jumping: true) == -1)
        #expect(StackDepth.effect(of: .setupFinally(0), jumping: true) == 1)
        #expect(StackDepth.effect(of: .callKw(3, names: 0), jumping: false) == -4)
        #expect(StackDepth.effect(of: .makeFunction([.defaults, .closure]), jumping: false) == -2)
        #expect(StackDepth.effect(of: .unpackEx(before: 1, after: 2), jumping: false) == 3)
        #expect(StackDepth.effect(of: .popExceptAndReraise, jumping: false) == -3)
        #expect(StackDepth.effect(of: .storeSubscr, jumping: false) == -3)
        #expect(StackDepth.effect(of: .importStar, jumping: false) == -1)
    }

    @Test func everyNestedCodeObjectNeverGoesNegative() throws {
        // The analysis traps on a negative depth; walk a program using everything.
        let src = """
        import a.b as c
        from m import (x, y)
        class C(B, metaclass=M):
            z: int = 1
            def m(self, *a, **k):
                with open(a) as f, g:
                    return [i for i in f if i]
        async def h():
            async for q in r:
                try:
                    await q
                except* E as e:
                    pass
            async with s:
                return {k: v async for k, v in t}
        """
        let code = try compileSource(src)
        #expect(code.stackSize > 0)
    }
}
