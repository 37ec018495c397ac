/// The interpreter's state for one run: output, limits, the virtual clock's CPU
/// share, the call stack and the modules. Python-level behaviour lives in the
/// `VM+*.swift` extensions, one concern per file.
final class VM {
    let config: EngineConfig
    private let write: (OutputStream, String) -> Void
    private var outputBytes = 0

    /// Instructions executed so far. A raw pointer, so the eval loop bumps it
    /// without exclusivity checks.
    let instructionCounter: UnsafeMutablePointer<Int>
    /// The instruction count at which the run stops (`config.maxInstructions`
    /// from the start of the run, or of the session input).
    var instructionLimit = Int.max
    /// Virtual time spent outside instructions (`time.sleep`), in nanoseconds.
    var sleptNanos: Int64 = 0
    /// The eval loop calls `passCheckpoint` once the instruction counter passes
    /// this: one compare per instruction covers everything that must happen
    /// between instructions (see `refreshCheckpoint`).
    var instructionCheckpoint = Int.max
    /// The counter value after which the running thread should hand over the
    /// GIL (set by the thread scheduler).
    var threadSwitchCheckpoint = Int.max
    /// The counter value at which the heap is next measured.
    var nextHeapCheck = VM.heapCheckInterval
    /// The simulated threads, made when the program first starts one or waits on a lock.
    var scheduler: ThreadScheduler?
    /// asyncio's per-run state: the running loop, task numbering.
    lazy var asyncio = AsyncioState()
    /// Cleanup queued by objects that died, run at the next safe point.
    let finalizers = FinalizerQueue()
    /// The trace being recorded, when the run asked for one.
    let tracer: TraceRecorder?

    /// The frame running now, innermost. Unowned: `run` holds it while it runs.
    unowned(unsafe) var currentFrame: Frame?
    /// Python frames on the stack, for RecursionError.
    var depth = 0
    /// Native recursion (repr of nested containers, comparisons), which counts
    /// against the same limit as CPython's C recursion check.
    var nativeDepth = 0
    /// Python frames allowed before RecursionError (`sys.setrecursionlimit`).
    var recursionLimit: Int
    /// The chain of exceptions being handled (`sys.exc_info()`).
    var exceptionState = ExceptionState()
    /// Set while re-raising (bare `raise`, end of `finally`), so the exception
    /// keeps its traceback and context untouched.
    var reraising = false
    /// Containers whose repr is being built, to print `[...]` for cycles.
    var reprInProgress = Set<ObjectIdentifier>()
    /// Format specs already parsed (f-string specs are constants).
    var formatSpecs = FormatSpecCache()
    /// An emptied argument array kept for the next call of a built-in, so that
    /// most such calls allocate none (see `callFromStack`).
    var spareArguments: [Value] = []

    let builtins: PyDict
    var modules: [String: PyModule] = [:]
    let mainModule: PyModule
    /// Source text by filename, for traceback lines.
    var sources: [String: [Substring]] = [:]

    init(config: EngineConfig, write: @escaping (OutputStream, String) -> Void) {
        self.config = config
        self.write = write
        recursionLimit = config.recursionLimit
        tracer = config.recordTrace ? TraceRecorder() : nil
        instructionCounter = .allocate(capacity: 1)
        instructionCounter.initialize(to: 0)
        builtins = PyDict()
        mainModule = PyModule(name: "__main__")
        mainModule.dict.set("__builtins__", .object(PyModule(name: "builtins", dict: builtins)))
        installBuiltins()
        grantInstructionBudget()
        tracer?.vm = self
    }

    deinit {
        instructionCounter.deallocate()
    }

    /// Allows `config.maxInstructions` more instructions from now.
    func grantInstructionBudget() {
        let budget = config.maxInstructions
        instructionLimit = budget > 0 ? instructionCounter.pointee + budget : Int.max
        refreshCheckpoint()
        scheduler?.updateCheckpoint()
    }

    /// Virtual nanoseconds since the program started.
    var virtualNanos: Int64 {
        Int64(instructionCounter.pointee) * config.instructionCostNanos + sleptNanos
    }

    // MARK: Output

    /// Writes program output, enforcing the output cap.
    func emit(_ text: String, to stream: OutputStream) throws {
        if let tracer, tracer.isQuiet { return }
        outputBytes += text.utf8.count
        if config.maxOutputBytes > 0 && outputBytes > config.maxOutputBytes {
            throw EngineStop.outputLimit(config.maxOutputBytes)
        }
        if let tracer {
            tracer.record(.output(stream: stream == .stdout ? .stdout : .stderr, text: text, task: traceRunningTask, thread: tracer.thread))
        }
        write(stream, text)
    }

    /// Writes diagnostics the engine itself produces (warnings), without the cap.
    func emitDiagnostic(_ text: String) {
        if let tracer {
            if tracer.isQuiet { return }
            tracer.record(.output(stream: .stderr, text: text, task: traceRunningTask, thread: tracer.thread))
        }
        write(.stderr, text)
    }

    // MARK: Recursion

    /// Guards native recursion such as `repr` of nested lists.
    func withRecursionGuard<T>(_ what: String = "", _ body: () throws -> T) throws -> T {
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        if depth + nativeDepth > recursionLimit + 50 {
            throw PyBaseException(ExceptionTypes.recursionError, "maximum recursion depth exceeded\(what)")
        }
        return try body()
    }
}

/// One link of the handled-exception chain. Each running generator has its own
/// link, so an exception handled inside a generator is forgotten when it yields.
final class ExceptionState {
    var exception: PyBaseException?
    var previous: ExceptionState?

    /// The innermost exception being handled anywhere in the chain.
    var current: PyBaseException? {
        var link: ExceptionState? = self
        while let l = link {
            if let e = l.exception { return e }
            link = l.previous
        }
        return nil
    }
}
