import PySyntax
import Testing
@testable import PyEngine

/// Parses and compiles Python source for compiler tests.
func compileSource(_ source: String, interactive: Bool = false) throws -> CodeObject {
    let module = try Parser.parseModule(source, allowTopLevelAwait: interactive)
    return try Compiler.compile(module, filename: "<test>", interactive: interactive)
}

/// The disassembly of `source`.
func disassemble(_ source: String, interactive: Bool = false) throws -> String {
    Disassembler.dump(try compileSource(source, interactive: interactive))
}

/// The SyntaxError the compiler reports for `source`, if any.
func compileError(_ source: String) -> PySyntaxError? {
    do {
        _ = try compileSource(source)
        return nil
    } catch let e as PySyntaxError {
        return e
    } catch {
        return nil
    }
}

/// The listing of code without the header lines, instructions only, with the
/// line column dropped: compact goldens for instruction sequences.
func instructions(_ source: String) throws -> String {
    try disassemble(source).split(separator: "\n").filter { $0.hasPrefix(" ") && !$0.hasPrefix("  varnames")
        && !$0.hasPrefix("  cellvars") && !$0.hasPrefix("  freevars") }
        .map { String($0.dropFirst(5)).trimmingCharacters(in: .whitespaces) }
        .joined(separator: "\n")
}
