import LoopTrace

/// What a demo printed, how it ended, and what its event loop did.
public struct DemoRun: Equatable, Sendable {
    public var stdout: String
    public var stderr: String
    /// 0 for a clean finish; 1 for an uncaught exception; the `sys.exit` code otherwise.
    public var exitCode: Int32
    /// The run's trace, drawn as a timeline under the output when a loop ran.
    public var trace: Trace?

    public init(stdout: String, stderr: String = "", exitCode: Int32 = 0, trace: Trace? = nil) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
        self.trace = trace
    }
}

/// Runs a demo's Python code. TutorApp knows no Python: the `looplab` executable
/// plugs the engine in here, and tests use a fake. `run` may block; the program
/// calls it off the input loop, so it must be safe to call from another thread.
public protocol DemoRunner: Sendable {
    func run(code: String) -> DemoRun
}

/// A runner that answers from a table (for tests and for builds without an engine).
public struct FakeDemoRunner: DemoRunner {
    public var results: [String: DemoRun]
    public var fallback: DemoRun

    public init(results: [String: DemoRun] = [:], fallback: DemoRun = DemoRun(stdout: "")) {
        self.results = results
        self.fallback = fallback
    }

    public func run(code: String) -> DemoRun { results[code] ?? fallback }
}
