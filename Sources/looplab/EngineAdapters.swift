import LessonKit
import PyEngine
import TutorApp

/// The tutor's `DemoRunner`, backed by LoopLab's Python engine.
struct EngineDemoRunner: DemoRunner {
    func run(code: String) -> DemoRun {
        var config = EngineConfig()
        config.argv = ["demo.py"]
        config.recordTrace = true
        let (stdout, stderr, outcome) = Engine.capture(source: code, filename: "demo.py", config: config)
        return DemoRun(stdout: stdout, stderr: stderr, exitCode: outcome.exitCode, trace: outcome.trace)
    }
}

/// Lint's `CodeValidator`: a demo or solution that does not parse becomes one diagnostic
/// at the error's line and column, with CPython's wording.
let pythonSyntaxValidator: CodeValidator = { code in
    guard let error = Engine.check(source: code) else { return [] }
    return [CodeProblem(line: error.line, column: error.column, message: "\(error.kind): \(error.message)")]
}
