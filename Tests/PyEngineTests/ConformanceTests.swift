import Foundation
import Testing
@testable import PyEngine

/// Runs every program in `Tests/Conformance/` through the engine and compares
/// it with what CPython 3.11 printed (see that folder's README).
struct ConformanceTests {
    @Test("matches CPython", arguments: ConformanceProgram.all)
    func matchesCPython(_ program: ConformanceProgram) throws {
        let source = try String(contentsOfFile: program.path, encoding: .utf8)
        var config = EngineConfig()
        config.argv = [program.filename]  // as `python3 NAME.py` sees it
        let result = Engine.capture(source: source, filename: program.filename, config: config)
        #expect(result.stdout == program.expectedStdout, "stdout differs")
        #expect(result.outcome.exitCode == program.expectedExitCode, "exit status differs")
        if let last = program.expectedLastStderrLine {
            #expect(lastLine(result.stderr) == last, "last line of stderr differs")
        }
    }

    private func lastLine(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines.last.map(String.init) ?? ""
    }
}

/// One conformance program and its stored expectations.
struct ConformanceProgram: CustomTestStringConvertible, Sendable {
    let path: String
    let name: String
    var filename: String { (path as NSString).lastPathComponent }
    var testDescription: String { name }

    var expectedStdout: String {
        (try? String(contentsOfFile: sibling("out"), encoding: .utf8)) ?? ""
    }

    private var errLines: [String]? {
        guard let text = try? String(contentsOfFile: sibling("err"), encoding: .utf8) else { return nil }
        return text.components(separatedBy: "\n")
    }

    var expectedExitCode: Int32 {
        guard let lines = errLines, let first = lines.first, first.hasPrefix("exit: ") else { return 0 }
        return Int32(first.dropFirst(6)) ?? 1
    }

    var expectedLastStderrLine: String? {
        guard let lines = errLines, lines.count > 1, lines[1].hasPrefix("last: ") else { return nil }
        return String(lines[1].dropFirst(6))
    }

    private func sibling(_ ext: String) -> String {
        (path as NSString).deletingPathExtension + "." + ext
    }

    /// Every `*.py` under `Tests/Conformance`, in a stable order.
    static let all: [ConformanceProgram] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Conformance")
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".py") && $0.contains("/") }  // programs live in area folders
            .sorted()
            .map { ConformanceProgram(path: root.appendingPathComponent($0).path, name: String($0.dropLast(3))) }
    }()
}
