/// Async generators' own state: CPython's `ag_running_async`, `ag_closed`,
/// `ag_hooks_inited` and the finalizer captured at the first iteration.
final class AsyncGenState {
    /// An `asend`/`athrow` awaitable is driving the generator (`ag_running`).
    var runningAsync = false
    /// `aclose()` began, or the generator ended with StopAsyncIteration/GeneratorExit.
    var closed = false
    /// The firstiter hook has run (on the first `__anext__`/`asend`/`athrow`/`aclose`).
    var hooksInited = false
    /// The finalizer hook in force at that moment; None if there was none.
    var finalizer = Value.none
}

/// What a `yield` inside an async generator hands out, so the awaitable driving
/// the generator can tell it from a value an inner `await` passes up to the loop.
final class PyAsyncGenWrappedValue: PyObject {
    let value: Value

    init(_ value: Value) {
        self.value = value
        super.init(type: AsyncGenTypes.wrappedValue)
    }
}

/// CPython's awaitable states: not sent yet, being iterated, finished.
enum AsyncGenAwaitableState {
    case initial, iterating, closed
}

/// The awaitable of `__anext__()` and `asend(value)`: one step of the generator.
final class PyAsyncGenASend: PyObject {
    let gen: PyGenerator
    let sendValue: Value
    var state = AsyncGenAwaitableState.initial

    init(_ gen: PyGenerator, sending value: Value) {
        self.gen = gen
        sendValue = value
        super.init(type: AsyncGenTypes.asend)
    }
}

/// The awaitable of `athrow(...)` (`arguments` holds its arguments) and of
/// `aclose()` (`arguments` is nil).
final class PyAsyncGenAThrow: PyObject {
    let gen: PyGenerator
    let arguments: [Value]?
    var state = AsyncGenAwaitableState.initial

    init(_ gen: PyGenerator, arguments: [Value]?) {
        self.gen = gen
        self.arguments = arguments
        super.init(type: AsyncGenTypes.athrow)
    }

    var isClose: Bool { arguments == nil }
}

/// The built-in classes of async generators' helper objects.
enum AsyncGenTypes {
    static let asend = BuiltinTypes.make("async_generator_asend")
    static let athrow = BuiltinTypes.make("async_generator_athrow")
    static let wrappedValue = BuiltinTypes.make("async_generator_wrapped_value")
}
