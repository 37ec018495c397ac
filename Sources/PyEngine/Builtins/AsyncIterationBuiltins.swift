/// `aiter()` and `anext()`. `anext(it, default)` returns an `anext_awaitable`
/// that turns the iterator's StopAsyncIteration into the default value.
extension Builtins {
    static func installAsyncIterationBuiltins() {
        define("aiter") { vm, args in
            try args.expect("aiter", min: 1, max: 1)
            let v = args[0]
            guard let method = vm.typeOf(v).lookup("__aiter__") else {
                throw PyError.type("'\(vm.typeName(v))' object is not an async iterable")
            }
            let it = try vm.callMethod(method, receiver: v, CallArgs())
            guard vm.typeOf(it).lookup("__anext__") != nil else {
                throw PyError.type("aiter() returned not an async iterator of type '\(vm.typeName(it))'")
            }
            return it
        }
        define("anext") { vm, args in
            try args.expect("anext", min: 1, max: 2)
            let v = args[0]
            guard let method = vm.typeOf(v).lookup("__anext__") else {
                throw PyError.type("'\(vm.typeName(v))' object is not an async iterator")
            }
            let awaitable = try vm.callMethod(method, receiver: v, CallArgs())
            guard args.count == 2 else { return awaitable }
            return .object(PyAnextAwaitable(awaitable, default: args[1]))
        }
        let t = PyAnextAwaitable.type
        for name in ["__await__", "__iter__"] {
            t.addMethod(name) { _, args in args[0] }
        }
        t.addMethod("__next__", on: PyAnextAwaitable.self, arity: 0...0) { vm, a, _ in try stepResult(try a.send(vm, .none)) }
        t.addMethod("send", on: PyAnextAwaitable.self, arity: 1...1) { vm, a, args in try stepResult(try a.send(vm, args[0])) }
        t.addMethod("throw") { vm, args in
            let a: PyAnextAwaitable = try vm.receiver(args, "throw", t.name)
            let exc = try thrownException(vm, Array(args.positional.dropFirst()), function: "throw")
            return try stepResult(try a.throwIn(vm, exc))
        }
        t.addMethod("close", on: PyAnextAwaitable.self, arity: 0...0) { vm, a, _ in
            try a.close(vm)
            return .none
        }
    }

    /// A step's outcome as Python sees it: the value yielded, or StopIteration.
    static func stepResult(_ exit: FrameExit) throws -> Value {
        switch exit {
        case .yielded(let v): return v
        case .returned(let v): throw PyError.stopIteration(v)
        }
    }
}

/// `anext(iterator, default)`: awaits what `__anext__()` returned; its end
/// (StopAsyncIteration) becomes the default value instead.
final class PyAnextAwaitable: PyObject, NativeAwaitIterator {
    static let type = BuiltinTypes.make("anext_awaitable")

    private let wrapped: Value
    private let defaultValue: Value
    private var iterator: Value?

    init(_ wrapped: Value, default value: Value) {
        self.wrapped = wrapped
        defaultValue = value
        super.init(type: Self.type)
    }

    /// The iterator behind `__anext__()`'s awaitable (CPython asks again on each
    /// call; for every awaitable it is the same one).
    private func inner(_ vm: VM) throws -> Value {
        if let iterator { return iterator }
        let it = try vm.awaitable(wrapped, context: 0)
        iterator = it
        return it
    }

    func send(_ vm: VM, _ value: Value) throws -> FrameExit {
        try defaulting { try vm.delegate(to: try inner(vm), sending: value) }
    }

    func throwIn(_ vm: VM, _ exc: PyBaseException) throws -> FrameExit {
        try defaulting { try vm.throwInto(try inner(vm), exc) }
    }

    func close(_ vm: VM) throws {
        let it = try inner(vm)
        if let g = it.asObject as? PyGenerator { return try vm.close(g) }
        _ = try vm.call(try vm.getAttribute(it, PyStr.intern("close")), CallArgs())
    }

    private func defaulting(_ body: () throws -> FrameExit) throws -> FrameExit {
        do {
            return try body()
        } catch let e as PyBaseException where e.isInstance(of: ExceptionTypes.stopAsyncIteration) {
            return .returned(defaultValue)
        }
    }
}
