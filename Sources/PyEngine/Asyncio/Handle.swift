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

extension PyHandle {
    /// `TimerHandle`'s rich comparisons: by deadline, and equal only when the
    /// deadline, callback, arguments and cancellation all match. Plain handles
    /// have none (nil: identity and TypeError, as for any object).
    func timerOrder(_ other: PyHandle, _ vm: VM) throws -> Order? {
        guard let a = when, let b = other.when else { return nil }
        if a < b { return .less }
        if a > b { return .greater }
        return try sameCall(as: other, vm) ? .equal : .unordered
    }

    private func sameCall(as other: PyHandle, _ vm: VM) throws -> Bool {
        guard cancelled == other.cancelled else { return false }
        switch (action, other.action) {
        case let (.call(f, args), .call(g, otherArgs)):
            return try vm.equals(f, g) && vm.equals(.object(PyTuple(args)), .object(PyTuple(otherArgs)))
        default:
            return self === other
        }
    }
}
