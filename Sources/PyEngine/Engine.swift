import Foundation
import PySyntax
import LoopTrace

/// Runs Python programs. The one public entry point of the engine.
public enum Engine {
    /// How a run ended.
    public struct Outcome: Sendable, Equatable {
        /// The process exit status CPython would give: 0, 1 for an uncaught
        /// exception or syntax error, the `sys.exit` code, or `limitExitCode`.
        public var exitCode: Int32
        /// Set when the engine stopped the program (instruction or output limit).
        public var stop: EngineStop?
        /// What the event loop did, when `EngineConfig.recordTrace` asked for it.
        public var trace: Trace?
    }

    /// Exit status when the engine stops a program at one of its limits.
    public static let limitExitCode: Int32 = 124

    /// Runs `source` as the main module. Output arrives through `output` as the
    /// program writes it; nothing here touches the terminal.
    public static func run(source: String, filename: String, config: EngineConfig = EngineConfig(),
                           output: @escaping (OutputStream, String) -> Void) -> Outcome {
        var outcome = Outcome(exitCode: 0, stop: nil)
        onLargeStack {
            outcome = runHere(source: source, filename: filename, config: config, output: output)
        }
        return outcome
    }

    /// Runs and collects the output: (stdout, stderr, outcome). For tests and demos.
    public static func capture(source: String, filename: String = "main.py",
                               config: EngineConfig = EngineConfig()) -> (stdout: String, stderr: String, outcome: Outcome) {
        var out = "", err = ""
        let outcome = run(source: source, filename: filename, config: config) { stream, text in
            if stream == .stdout { out += text } else { err += text }
        }
        return (out, err, outcome)
    }

    /// Syntax errors in `source`, without running it (for `looplab lint`).
    public static func check(source: String) -> PySyntaxError? {
        do {
            let module = try Parser.parseModule(source)
            _ = try Compiler.compile(module, filename: "<check>")
            return nil
        } catch {
            return error
        }
    }

    private static func runHere(source: String, filename: String, config: EngineConfig,
                                output: @escaping (OutputStream, String) -> Void) -> Outcome {
        let vm = VM(config: config, write: output)
        vm.sources[filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
        let code: CodeObject
        do {
            code = try Compiler.compile(try Parser.parseModule(source), filename: filename)
        } catch {
            vm.emitDiagnostic(TracebackPrinter(vm: vm).syntaxError(error, filename: filename))
            return vm.finished(Outcome(exitCode: 1, stop: nil), program: filename)
        }
        return vm.finished(vm.runMain(code), program: filename)
    }

    /// Stack size for the threads that run Python code: each Python call nests
    /// a few Swift calls, and the recursion limit can be raised.
    static let largeStackSize = 1 << 29

    /// Runs `body` on a thread with a stack big enough for the recursion limit.
    static func onLargeStack(_ body: @escaping () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = largeStackSize
        thread.start()
        done.wait()
    }
}

extension VM {
    /// The outcome with the trace attached, if one was recorded.
    func finished(_ outcome: Engine.Outcome, program: String) -> Engine.Outcome {
        var outcome = outcome
        outcome.trace = tracer.map { Trace(program: program, instructionNanos: config.instructionCostNanos, events: $0.events) }
        return outcome
    }

    /// Runs module code as `__main__`, then waits for the threads it left
    /// running as CPython does, turning how it ended into an exit status.
    func runMain(_ code: CodeObject) -> Engine.Outcome {
        mainModule.dict.set("__file__", .string(code.filename))
        var result = runMain { vm in try vm.runModuleCode(code) }
        if result.stop == nil {
            let atExit = runMain { vm in try vm.joinThreadsAtExit() }
            if atExit.exitCode != 0 { result = atExit }
        }
        scheduler?.shutdown()
        guard result.stop == nil else { return result }
        if let stop = finalizeAtExit() {
            emitDiagnostic("\n" + stop.message + "\n")
            return Engine.Outcome(exitCode: Engine.limitExitCode, stop: stop)
        }
        return result
    }

    /// Runs module code in `__main__`'s namespace.
    func runModuleCode(_ code: CodeObject) throws {
        let frame = Frame(code: code, globals: mainModule.dict, namespace: mainModule.dict, closure: [])
        _ = try run(frame)
    }

    /// Runs `body`, turning how it ended into an exit status (and a traceback).
    func runMain(_ body: (VM) throws -> Void) -> Engine.Outcome {
        do {
            try body(self)
            try runFinalizers()
            return Engine.Outcome(exitCode: 0, stop: nil)
        } catch let e as PyBaseException {
            return Engine.Outcome(exitCode: exitStatus(for: e), stop: nil)
        } catch let stop as EngineStop {
            emitDiagnostic("\n" + stop.message + "\n")
            return Engine.Outcome(exitCode: Engine.limitExitCode, stop: stop)
        } catch {
            emitDiagnostic("LoopLab engine internal error: \(error)\n")
            return Engine.Outcome(exitCode: 1, stop: nil)
        }
    }

    /// SystemExit gives its code; anything else prints a traceback and gives 1.
    private func exitStatus(for e: PyBaseException) -> Int32 {
        if e.isInstance(of: ExceptionTypes.systemExit) {
            let code = e.args.first ?? .none
            switch code {
            case .none: return 0
            case .int(let i): return Int32(truncatingIfNeeded: i)
            case .bool(let b): return b ? 1 : 0
            default:
                emitDiagnostic(((try? str(code)) ?? "") + "\n")
                return 1
            }
        }
        emitDiagnostic(TracebackPrinter(vm: self).format(e))
        return 1
    }
}
