import Foundation
import PySyntax
import Testing

/// A development aid, not a check: with `PYSYNTAX_ORACLE_IN` set to a file of sources
/// separated by lines of `#====`, writes each one's dump or error to `PYSYNTAX_ORACLE_OUT`,
/// so `Oracle/compare.py` can diff LoopLab against CPython case by case.
@Test(.enabled(if: ProcessInfo.processInfo.environment["PYSYNTAX_ORACLE_IN"] != nil))
func oracleHarness() throws {
    let environment = ProcessInfo.processInfo.environment
    let input = try String(contentsOfFile: environment["PYSYNTAX_ORACLE_IN"]!, encoding: .utf8)
    var output: [String] = []
    for source in input.components(separatedBy: "\n#====\n") {
        output.append(render(source))
    }
    try output.joined(separator: "\n").write(toFile: environment["PYSYNTAX_ORACLE_OUT"]!, atomically: true, encoding: .utf8)
}

/// A module's dump, or its error as `Kind 'message' line column endColumn`.
func render(_ source: String) -> String {
    do {
        return ASTDump.dump(try Parser.parseModule(source))
    } catch {
        let message = error.message.replacingOccurrences(of: "\"", with: "\\\"")
        return "\(error.kind) \"\(message)\" \(error.line) \(error.column)"
    }
}
