import LoopTrace
import PySyntax

/// A persistent interpreter for a REPL, like `python -m asyncio`: every input
/// runs in the same `__main__` globals, expression values are displayed, and
/// input runs on the session's own event loop: plain statements as one of its
/// callbacks (so `create_task` works), top-level `await` as a task. Tasks left
/// running go on with the next input that awaits; the virtual clock moves only
/// while an input awaits (CPython's REPL lets real time pass between inputs).
public final class EngineSession {
    private let vm: VM
    private let loop: PyEventLoop

    public init(config: EngineConfig = EngineConfig(), output: @escaping (OutputStream, String) -> Void) {
        vm = VM(config: config, write: output)
        loop = PyEventLoop(vm: vm)
        vm.asyncio.eventLoop = loop
    }

    /// Runs one input. The outcome's exit code is 1 when it raised (the
    /// traceback is already written) and the `sys.exit` status when it asked
    /// to leave; the session stays usable either way.
    public func execute(_ source: String, filename: String = "<stdin>") -> Engine.Outcome {
        var outcome = Engine.Outcome(exitCode: 0, stop: nil)
        Engine.onLargeStack { [self] in outcome = executeHere(source, filename: filename) }
        return outcome
    }

    private func executeHere(_ source: String, filename: String) -> Engine.Outcome {
        vm.sources[filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
        let code: CodeObject
        do {
            code = try Compiler.compile(try Parser.parseModule(source), filename: filename, interactive: true)
        } catch {
            vm.emitDiagnostic(TracebackPrinter(vm: vm).syntaxError(error, filename: filename))
            return vm.finished(Engine.Outcome(exitCode: 1, stop: nil), program: filename)
        }
        vm.grantInstructionBudget()
        let outcome = vm.runMain { [loop] vm in
            if code.flags.contains(.coroutine) {
                _ = try loop.runUntilComplete(vm.topLevelCoroutine(code), vm)
                try loop.runAsCallback(vm) { _ in }
            } else {
                try loop.runAsCallback(vm) { vm in try vm.runModuleCode(code) }
            }
        }
        return vm.finished(outcome, program: filename)
    }
}

extension VM {
    /// Input code that awaits at top level, as a coroutine over the main module's
    /// globals (CPython evaluates such code to a coroutine object).
    func topLevelCoroutine(_ code: CodeObject) -> Value {
        let globals = mainModule.dict
        let function = PyFunction(code: code, globals: globals, defaults: [], keywordDefaults: nil, annotations: nil, closure: [])
        let frame = Frame(code: code, globals: globals, namespace: globals, closure: [])
        return .object(PyGenerator(frame: frame, function: function, vm: self))
    }
}
