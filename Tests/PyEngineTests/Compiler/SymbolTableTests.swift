import PySyntax
import Testing
@testable import PyEngine

/// Scope analysis: where each name lives, as CPython's symtable decides.
struct SymbolTableTests {
    func table(_ source: String) throws -> Scope {
        try SymbolTable.build(try Parser.parseModule(source, allowTopLevelAwait: false)).top
    }

    @Test func closuresMakeCellsAndFreeVariables() throws {
        let top = try table("def f(a):\n    b = 1\n    def g():\n        return a + b + c\n    return g\n")
        let f = top.children[0], g = f.children[0]
        #expect(f.scope(of: "a") == .cell)
        #expect(f.scope(of: "b") == .cell)
        #expect(f.scope(of: "g") == .local)
        #expect(g.scope(of: "a") == .free)
        #expect(g.scope(of: "b") == .free)
        #expect(g.scope(of: "c") == .globalImplicit)
    }

    @Test func globalAndNonlocalDeclarations() throws {
        let top = try table("def f():\n    x = 1\n    def g():\n        nonlocal x\n        global y\n        x = y = 2\n")
        let g = top.children[0].children[0]
        #expect(g.scope(of: "x") == .free)
        #expect(g.scope(of: "y") == .globalExplicit)
        #expect(top.children[0].scope(of: "x") == .cell)
    }

    @Test func classBodiesDoNotEncloseMethods() throws {
        let top = try table("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n")
        let c = top.children[0].children[0], m = c.children[0]
        #expect(m.scope(of: "x") == .free)
        #expect(c.scope(of: "x") == .local)
        #expect(c.flags(of: "x").contains(.defFreeClass))
    }

    @Test func superGivesTheClassACell() throws {
        let top = try table("class C:\n    def m(self):\n        return super().m()\n")
        let c = top.children[0], m = c.children[0]
        #expect(c.needsClassClosure)
        #expect(m.scope(of: "__class__") == .free)
        #expect(m.scope(of: "super") == .globalImplicit)
    }

    @Test func comprehensionIsAScopeButFirstIterableIsNot() throws {
        let top = try table("def f(xs):\n    return [x for x in xs if x]\n")
        let f = top.children[0], comp = f.children[0]
        #expect(comp.kind == .comprehension(.list))
        #expect(comp.parameters == [".0"])
        #expect(comp.scope(of: "x") == .local)
        #expect(!comp.hasSymbol("xs"))
        #expect(f.scope(of: "xs") == .local)
    }

    @Test func walrusInComprehensionBindsInEnclosingFunction() throws {
        let top = try table("def f(xs):\n    [(last := x) for x in xs]\n    return last\n")
        let f = top.children[0], comp = f.children[0]
        #expect(f.scope(of: "last") == .cell)
        #expect(comp.scope(of: "last") == .free)
        let module = try table("[(y := x) for x in xs]\n")
        #expect(module.children[0].scope(of: "y") == .globalExplicit)
    }

    @Test func generatorAndCoroutineFlags() throws {
        let top = try table("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n")
        #expect(top.children[0].codeFlags.contains(.generator))
        #expect(top.children[1].codeFlags.contains(.coroutine))
        #expect(top.children[2].codeFlags.contains(.asyncGenerator))
    }
}
