import PySyntax
import Testing
@testable import PyEngine

/// Instruction spans (for tracebacks) and the interactive compile mode.
struct SpanAndModeTests {
    /// The span of the first instruction matching `predicate`.
    func span(in code: CodeObject, where predicate: (Instruction) -> Bool) -> SourceSpan? {
        code.instructions.indices.first { predicate(code.instructions[$0]) }.map { code.spans[$0] }
    }

    @Test func callCarriesTheWholeCallExpression() throws {
        let code = try compileSource("x = 1\ny = obj.method(a, b) + 2\n")
        let call = span(in: code) { if case .call = $0 { return true }; return false }
        #expect(call == SourceSpan(start: .init(line: 2, column: 4), end: .init(line: 2, column: 20)))
        let add = span(in: code) { if case .binary = $0 { return true }; return false }
        #expect(add == SourceSpan(start: .init(line: 2, column: 4), end: .init(line: 2, column: 24)))
    }

    @Test func subscriptAndAttributeCarryTheirOwnSpans() throws {
        let code = try compileSource("v = a[i].b\n")
        let sub = span(in: code) { if case .binarySubscr = $0 { return true }; return false }
        #expect(sub == SourceSpan(start: .init(line: 1, column: 4), end: .init(line: 1, column: 8)))
        let attr = span(in: code) { if case .loadAttr = $0 { return true }; return false }
        #expect(attr == SourceSpan(start: .init(line: 1, column: 4), end: .init(line: 1, column: 10)))
    }

    @Test func interactiveDisplaysExpressionStatements() throws {
        let code = try compileSource("1 + 2\nx = 3\n", interactive: true)
        #expect(code.instructions.contains { if case .printExpr = $0 { return true }; return false })
        #expect(!code.flags.contains(.coroutine))
        let plain = try compileSource("1 + 2\n")
        #expect(!plain.instructions.contains { if case .printExpr = $0 { return true }; return false })
    }

    @Test func functionConstantsStartWithTheDocstring() throws {
        let code = try compileSource("def f():\n    'doc'\n    return 1\n")
        guard case .object(let inner as CodeObject) = code.constants[0] else {
            Issue.record("expected code")
            return
        }
        guard case .str(let doc) = inner.constants[0] else {
            Issue.record("expected docstring first")
            return
        }
        #expect(doc.value == "doc")
    }

    @Test func namesAreInternedAndCellParametersMapped() throws {
        let code = try compileSource("def f(a, b):\n    return lambda: b\n")
        guard case .object(let f as CodeObject) = code.constants[0] else {
            Issue.record("expected code")
            return
        }
        #expect(f.cellvars == ["b"])
        #expect(f.cellParameters == [1])
        #expect(code.names.allSatisfy { $0 === PyStr.intern($0.value) })
    }
}
