import Foundation
import PySyntax
import Testing

/// Every reference probe script must parse. They live in `shared/reference/probes`,
/// beside the repository root (a CI checkout keeps `shared/` next to the clone);
/// `LOOPLAB_SHARED` overrides that location, e.g. when testing from a worktree.
@Suite struct ProbeFileTests {
    static let probes: URL = ProcessInfo.processInfo.environment["LOOPLAB_SHARED"]
        .map { URL(fileURLWithPath: $0).appendingPathComponent("reference/probes") } ?? URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // PySyntaxTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .deletingLastPathComponent()  // its parent
        .appendingPathComponent("shared/reference/probes")

    static var files: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: probes.path)) ?? []
        return names.filter { $0.hasSuffix(".py") }.sorted().map { probes.appendingPathComponent($0) }
    }

    @Test(.enabled(if: !ProbeFileTests.files.isEmpty, "shared/reference/probes is absent"))
    func everyProbeParses() throws {
        for file in Self.files {
            let source = try String(contentsOf: file, encoding: .utf8)
            #expect(throws: Never.self, "\(file.lastPathComponent)") { try Parser.parseModule(source) }
        }
    }

    /// The check above can fail: a source that doesn't parse throws.
    @Test func brokenSourceThrows() {
        #expect(throws: PySyntaxError.self) { try Parser.parseModule("async def f(:\n    pass\n") }
    }
}
