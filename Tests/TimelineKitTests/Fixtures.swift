import Foundation
import LoopTrace
import TimelineKit

/// The classic demos' traces under `Fixtures/`, recorded by the engine (`Fixtures/record.sh`;
/// `Fixtures/README.md` says where each comes from).
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The demos the issue asks goldens for, plus the diagnostics demos.
    static let demos = ["gather_count", "sequential_concurrent", "blocking_sleep", "cancellation",
                        "producer_consumer", "executor", "warnings_demo", "waits_forever"]

    static func trace(_ name: String) throws -> Trace {
        let text = try String(contentsOf: directory.appendingPathComponent(name + ".jsonl"), encoding: .utf8)
        return try TraceJSONLines.decode(text)
    }

    static func model(_ name: String) throws -> TimelineModel {
        TimelineModel(trace: try trace(name))
    }

    /// The program's standard output.
    static func output(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name + ".out"), encoding: .utf8)
    }
}
