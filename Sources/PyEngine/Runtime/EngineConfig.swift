/// Limits and costs for one run. The defaults suit lessons: fast enough for
/// real programs, strict enough that a runaway loop stops within a second.
public struct EngineConfig: Sendable {
    /// Virtual nanoseconds each bytecode instruction costs (CPython runs roughly
    /// 25-50 ns per instruction).
    public var instructionCostNanos: Int64 = 25
    /// Instructions before the run is stopped as a likely infinite loop (about 0.5 s
    /// of virtual CPU time, and well under a second of real time); 0 means no limit.
    public var maxInstructions: Int = 20_000_000
    /// Python frames deep before RecursionError, as `sys.getrecursionlimit()`.
    public var recursionLimit: Int = 1000
    /// Bytes of memory the program may hold before MemoryError; 0 means no limit.
    public var memoryLimitBytes: Int = 2 << 30
    /// Bytes of output (stdout and stderr together) before the run is stopped; 0 means no limit.
    public var maxOutputBytes: Int = 16 << 20
    /// `sys.argv`.
    public var argv: [String] = ["main.py"]
    /// Record what the event loop did (`Engine.Outcome.trace`).
    public var recordTrace = false

    public init() {}
}

/// Where a running program's output goes.
public enum OutputStream: Sendable {
    case stdout
    case stderr
}

/// Why a run stopped before the program ended by itself.
public enum EngineStop: Error, Equatable, Sendable {
    case instructionLimit(Int)
    case outputLimit(Int)

    /// What to tell the learner.
    public var message: String {
        switch self {
        case .instructionLimit(let n):
            return "LoopLab stopped the program after \(n.formatted()) instructions: it may be stuck in an infinite loop. (Raise the limit with --max-instructions N, or 0 for none.)"
        case .outputLimit(let n):
            return "LoopLab stopped the program after it printed \(n.formatted()) bytes of output. (Raise the limit with --max-output N, or 0 for none.)"
        }
    }
}

extension Int {
    /// `1234567` as `1,234,567`.
    fileprivate func formatted() -> String {
        let digits = String(self)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }
}
