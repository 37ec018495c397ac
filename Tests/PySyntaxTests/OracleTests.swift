import PySyntax
import Testing

/// Every case in OracleCases.swift was answered by CPython 3.11; LoopLab must answer the same.
@Suite struct OracleTests {
    @Test(arguments: treeCases)
    func treeMatchesCPython(source: String, expected: String) {
        #expect(outcome(source) == expected, "source: \(source.debugDescription)")
    }

    @Test(arguments: errorCases)
    func errorMatchesCPython(source: String, expected: String) {
        #expect(outcome(source) == expected, "source: \(source.debugDescription)")
    }
}

/// The dump of a module, or its error as `Kind: message @line:column` (CPython's `offset`).
func outcome(_ source: String, allowTopLevelAwait: Bool = false) -> String {
    do {
        return ASTDump.dump(try Parser.parseModule(source, allowTopLevelAwait: allowTopLevelAwait))
    } catch {
        return "\(error.kind): \(error.message) @\(error.line):\(error.column)"
    }
}
