/// A generator, coroutine or async generator: a suspended frame plus its state.
final class PyGenerator: PyObject {
    enum Kind {
        case generator, coroutine, asyncGenerator

        /// "generator", "coroutine" or "async generator", for messages.
        var name: String {
            switch self {
            case .generator: return "generator"
            case .coroutine: return "coroutine"
            case .asyncGenerator: return "async generator"
            }
        }
    }

    enum State {
        /// Made but not started: the frame is at its first instruction.
        case created
        case suspended
        case running
        case closed
    }

    let frame: Frame
    let kind: Kind
    var state = State.created
    var name: String
    var qualifiedName: String
    /// This generator's own link in the handled-exception chain.
    let exceptionState: ExceptionState
    /// The engine, for the "never awaited" warning and cleanup when the object is dropped.
    weak var vm: VM?
    /// Async generators' `ag_*` state; nil for the other kinds.
    let asyncState: AsyncGenState?
    /// Set once cleanup for a dropped generator was scheduled (CPython finalizes
    /// an object once), so the object carrying that cleanup is not finalized again.
    var finalized = false
    /// Creation order, which decides the order of finalization at exit.
    let sequence: Int
    /// Registered for finalization at exit (it suspended inside a try or with block).
    var watchedUntilExit = false

    init(frame: Frame, function: PyFunction, vm: VM) {
        self.frame = frame
        let flags = function.code.flags
        kind = flags.contains(.coroutine) ? .coroutine : (flags.contains(.asyncGenerator) ? .asyncGenerator : .generator)
        name = function.name
        qualifiedName = function.qualifiedName
        self.vm = vm
        sequence = vm.finalizers.nextSequence()
        exceptionState = ExceptionState()
        asyncState = kind == .asyncGenerator ? AsyncGenState() : nil
        let type: PyType
        switch kind {
        case .generator: type = BuiltinTypes.generator
        case .coroutine: type = BuiltinTypes.coroutine
        case .asyncGenerator: type = BuiltinTypes.asyncGenerator
        }
        super.init(type: type)
    }

    /// A new object for a dropped generator's frame and state. Swift cannot
    /// resurrect an object in `deinit` as CPython's finalizers do, so the cleanup
    /// (closing the frame, the async generator finalizer hook) runs on this copy.
    init(adopting other: PyGenerator) {
        frame = other.frame
        kind = other.kind
        state = other.state
        name = other.name
        qualifiedName = other.qualifiedName
        exceptionState = other.exceptionState
        vm = other.vm
        asyncState = other.asyncState
        sequence = other.sequence
        finalized = true
        super.init(type: other.type)
    }

    // The weak `vm` is loaded only when needed: that is costly next to the rest.
    deinit {
        if watchedUntilExit { vm?.finalizers.unwatch(self) }
        guard state != .closed, !finalized else { return }
        if kind == .coroutine && state == .created {
            vm?.warnNeverAwaited(self)
        } else if needsFinalizer || (state == .suspended && !frame.handlers.isEmpty), let vm {
            // Nothing to run for a generator outside any try/with block.
            vm.scheduleFinalization(of: PyGenerator(adopting: self))
        }
    }

    /// An async generator that started iterating under a finalizer hook and was
    /// not closed: the hook gets it (`_PyGen_Finalize`).
    var needsFinalizer: Bool {
        guard let a = asyncState else { return false }
        return a.hooksInited && !a.finalizer.isNone && !a.closed
    }

    /// "generator", "coroutine" or "async generator", for messages.
    var kindName: String { kind.name }

    /// The iterator this generator is delegating to with `yield from`/`await`, if any.
    var delegate: Value? {
        guard state == .suspended, frame.ip < frame.code.instructions.count,
              case .yieldFrom = frame.code.instructions[frame.ip], frame.stackDepth > 0 else { return nil }
        return frame.peek()
    }
}
