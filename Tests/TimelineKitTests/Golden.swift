import Foundation
import Testing

/// Golden files under `Goldens/`, found via `#filePath` (as in MarkdownKitTests).
/// Run with `RECORD_SNAPSHOTS=1` to (re)write them instead of comparing.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Goldens")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Compares `actual` with `Goldens/<name>`, reporting the first differing line.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        let text = actual.hasSuffix("\n") ? actual : actual + "\n"
        if isRecording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do {
                try text.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(name); run with RECORD_SNAPSHOTS=1 to create it", sourceLocation: sourceLocation)
            return
        }
        guard expected != text else { return }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        let want = line < e.count ? String(e[line]) : "<end>"
        let got = line < a.count ? String(a[line]) : "<end>"
        Issue.record("""
            \(name) differs at line \(line + 1):
              expected: \(want.debugDescription)
              actual:   \(got.debugDescription)
            full output:
            \(text)
            """, sourceLocation: sourceLocation)
    }
}
