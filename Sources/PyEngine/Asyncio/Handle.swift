/// A callback queued on the event loop (`call_soon`) or on its timer heap
/// (`call_later`, `call_at`). Python sees it as `Handle`/`TimerHandle`.
final class PyHandle: PyObject {
    /// What running the handle does.
    enum Action {
        /// A Python callable with its positional arguments.
        case call(Value, [Value])
        /// Engine work (a task step, a gather callback), named for reprs and traces.
        case native(String, (VM) throws -> Void)
    }

    let action: Action
    var cancelled = false
    /// The deadline in loop seconds, for timers.
    let when: Double?
    /// Creation order, which breaks ties between equal deadlines (R4).
    let sequence: Int
    /// The handle's number in the trace (0 when untraced).
    var traceID = 0

    init(_ action: Action, when: Double? = nil, sequence: Int) {
        self.action = action
        self.when = when
        self.sequence = sequence
        super.init(type: when == nil ? AsyncioTypes.handle : AsyncioTypes.timerHandle)
    }

    /// Runs the callback. Exceptions are the loop's to report.
    func run(_ vm: VM) throws {
        switch action {
        case .call(let fn, let args): _ = try vm.call(fn, CallArgs(args))
        case .native(_, let body): try body(vm)
        }
    }

    /// `print(1)` or `f() at x.py:3`, for messages.
    func callbackText(_ vm: VM) -> String {
        switch action {
        case .call(let fn, let args): return vm.callableText(fn, args: args)
        case .native(let name, _): return name + "()"
        }
    }
}
