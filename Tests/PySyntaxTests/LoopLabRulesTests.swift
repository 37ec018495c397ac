import PySyntax
import Testing

/// Where LoopLab deliberately differs from CPython: features its engine doesn't run.
@Suite struct LoopLabRulesTests {
    @Test func matchStatementIsRejectedAtTheKeyword() {
        #expect(outcome("x = 1\nmatch x:\n    case 1:\n        pass\n")
            == "SyntaxError: 'match' statement is not supported by LoopLab's engine @2:1")
    }

    @Test(arguments: ["match = 3", "match(x)", "match[0] = 1", "match.attr", "print(match)"])
    func matchIsStillAName(source: String) {
        #expect(outcome(source).hasPrefix("(Module"))
    }

    @Test(arguments: [("x = 1j", 5), ("x = 2.5J", 5), ("y = .5j", 5)])
    func complexLiteralsAreRejected(source: String, column: Int) {
        #expect(outcome(source) == "SyntaxError: complex numbers are not supported by LoopLab's engine @1:\(column)")
    }

    @Test func topLevelAwaitParsesEitherWay() {
        let source = "await asyncio.sleep(1)\nasync for x in y:\n    pass\nasync with a:\n    pass\n"
        #expect(outcome(source).hasPrefix("(Module [(Expr@1:0-1:22 (Await"))
        #expect(outcome(source, allowTopLevelAwait: true) == outcome(source))
    }

    @Test func errorCarriesKindLineColumnAndSourceLine() throws {
        let error = #expect(throws: PySyntaxError.self) { try Parser.parseModule("if x:\n    y = (1 +\n") }
        #expect(error == PySyntaxError(message: "'(' was never closed", line: 2, column: 9, endColumn: 0,
                                       sourceLine: "    y = (1 +"))
    }

    @Test func tabErrorKind() throws {
        let error = #expect(throws: PySyntaxError.self) { try Parser.parseModule("if x:\n        a\n\tb\n") }
        #expect(error?.kind == "TabError")
        #expect(error?.message == "inconsistent use of tabs and spaces in indentation")
    }
}
