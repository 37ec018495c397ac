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
    let exceptionState = ExceptionState()
    /// The engine, for the "never awaited" warning when a coroutine is dropped.
    weak var vm: VM?

    init(frame: Frame, function: PyFunction, vm: VM) {
        self.frame = frame
        let flags = function.code.flags
        kind = flags.contains(.coroutine) ? .coroutine : (flags.contains(.asyncGenerator) ? .asyncGenerator : .generator)
        name = function.name
        qualifiedName = function.qualifiedName
        self.vm = vm
        let type: PyType
        switch kind {
        case .generator: type = BuiltinTypes.generator
        case .coroutine: type = BuiltinTypes.coroutine
        case .asyncGenerator: type = BuiltinTypes.asyncGenerator
        }
        super.init(type: type)
    }

    deinit {
        if kind == .coroutine && state == .created { vm?.warnNeverAwaited(self) }
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
