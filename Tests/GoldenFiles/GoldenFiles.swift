import Foundation
import Testing

/// Golden files: expected text kept next to the tests that produce it.
/// Run the tests with `RECORD_SNAPSHOTS=1` to (re)write them instead of comparing.
public struct GoldenFiles: Sendable {
    public let directory: URL

    /// The `Goldens/` folder beside `file` (pass `#filePath`).
    public init(besides file: String) {
        directory = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Goldens")
    }

    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Compares `actual` with `Goldens/<name>`, reporting the first differing line.
    public func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        let text = actual.hasSuffix("\n") ? actual : actual + "\n"
        if Self.isRecording {
            record(text, to: url, name: name, sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(name); run with RECORD_SNAPSHOTS=1 to create it", sourceLocation: sourceLocation)
            return
        }
        guard expected != text else { return }
        Issue.record(Comment(rawValue: Self.difference(expected: expected, actual: text, name: name)), sourceLocation: sourceLocation)
    }

    private func record(_ text: String, to url: URL, name: String, sourceLocation: SourceLocation) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
        }
    }

    /// The first differing line of the two texts, then the whole actual text.
    static func difference(expected: String, actual: String, name: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        let want = line < e.count ? String(e[line]) : "<end>"
        let got = line < a.count ? String(a[line]) : "<end>"
        return """
            \(name) differs at line \(line + 1):
              expected: \(want.debugDescription)
              actual:   \(got.debugDescription)
            full output:
            \(actual)
            """
    }
}
