/// Generators and coroutines from Python: `send`, `throw`, `close`, and the
/// introspection attributes `inspect` reads (`gi_running`, `cr_frame`, ...).
extension Builtins {
    static func installGenerators() {
        let generator = BuiltinTypes.generator, coroutine = BuiltinTypes.coroutine
        for type in [generator, coroutine] {
            type.addMethod("send") { vm, args in
                try args.expect("send", min: 2, max: 2)
                return try step(vm, try asGenerator(vm, args[0]), sending: args[1], throwing: nil)
            }
            type.addMethod("throw") { vm, args in
                let exc = try thrownException(vm, Array(args.positional.dropFirst()), function: "throw")
                return try step(vm, try asGenerator(vm, args[0]), sending: .none, throwing: exc)
            }
            type.addMethod("close") { vm, args in
                try args.expect("close", min: 1, max: 1)
                try vm.close(try asGenerator(vm, args[0]))
                return .none
            }
            installIntrospection(type, prefix: type === generator ? "gi" : "cr")
        }
        installAsyncGenerators()
        generator.addMethod("__next__") { vm, args in
            try args.expect("__next__", min: 1, max: 1)
            return try step(vm, try asGenerator(vm, args[0]), sending: .none, throwing: nil)
        }
        generator.addMethod("__iter__") { _, args in
            try args.expect("__iter__", min: 1, max: 1)
            return args[0]
        }
        coroutine.addMethod("__await__") { vm, args in
            try args.expect("__await__", min: 1, max: 1)
            return awaitIterator(vm, try asGenerator(vm, args[0]))
        }
    }

    /// Resumes gen: the yielded value, or StopIteration carrying the return value.
    private static func step(_ vm: VM, _ gen: PyGenerator, sending: Value, throwing: PyBaseException?) throws -> Value {
        switch try vm.resume(gen, sending: sending, throwing: throwing) {
        case .yielded(let v): return v
        case .returned(let r): throw PyError.stopIteration(r)
        }
    }

    private static func asGenerator(_ vm: VM, _ v: Value) throws -> PyGenerator {
        guard case .object(let o) = v, let g = o as? PyGenerator else {
            throw PyError.type("descriptor requires a 'generator' object but received a '\(vm.typeName(v))'")
        }
        return g
    }

    /// The exception for `throw(exc)` or the legacy `throw(type, value, tb)`;
    /// `function` names the method in argument-count errors.
    static func thrownException(_ vm: VM, _ args: [Value], function: String) throws -> PyBaseException {
        if args.isEmpty { throw PyError.type("\(function) expected at least 1 argument, got 0") }
        if args.count > 3 { throw PyError.type("\(function) expected at most 3 arguments, got \(args.count)") }
        let value = args.count > 1 ? args[1] : .none
        if case .object(let o) = args[0], let e = o as? PyBaseException {
            if !value.isNone { throw PyError.type("instance exception may not have a separate value") }
            return e
        }
        if case .object(let o) = args[0], let cls = o as? PyType, cls.isSubtype(of: ExceptionTypes.baseException) {
            if case .object(let v) = value, let e = v as? PyBaseException, e.type.isSubtype(of: cls) { return e }
            let ctorArgs: [Value]
            if value.isNone { ctorArgs = [] } else if let t = value.asObject as? PyTuple { ctorArgs = t.items } else { ctorArgs = [value] }
            guard case .object(let made) = try vm.call(args[0], CallArgs(ctorArgs)), let e = made as? PyBaseException else {
                throw PyError.type("calling \(cls.name) should have returned an instance of BaseException")
            }
            return e
        }
        throw PyError.type("exceptions must be classes or instances deriving from BaseException, not \(vm.typeName(args[0]))")
    }

    /// `coro.__await__()`: an iterator that runs the coroutine. A return value
    /// other than None is handed on as StopIteration's value.
    private static func awaitIterator(_ vm: VM, _ coro: PyGenerator) -> Value {
        .object(PyNativeIterator(type: coroutineWrapper) { [unowned vm] in
            switch try vm.resume(coro, sending: .none) {
            case .yielded(let v): return v
            case .returned: return nil
            }
        })
    }

    private static let coroutineWrapper = BuiltinTypes.make("coroutine_wrapper")

    /// `gi_running`, `gi_frame`, ... (`cr_*` for coroutines), and the names.
    private static func installIntrospection(_ type: PyType, prefix: String) {
        func gen(_ v: Value) -> PyGenerator { v.asObject as! PyGenerator }
        installNames(type)
        type.addGetter("\(prefix)_running") { _, v in .bool(gen(v).state == .running) }
        type.addGetter("\(prefix)_suspended") { _, v in .bool(gen(v).state == .suspended) }
        type.addGetter("\(prefix)_frame") { _, v in gen(v).state == .closed ? .none : .object(PyFrameView(gen(v).frame)) }
        type.addGetter("\(prefix)_code") { _, v in .object(gen(v).frame.code) }
        let delegateName = prefix == "gi" ? "gi_yieldfrom" : "cr_await"
        type.addGetter(delegateName) { _, v in gen(v).delegate ?? .none }
    }

    /// Writable `__name__` and `__qualname__`, for every generator kind.
    static func installNames(_ type: PyType) {
        func gen(_ v: Value) -> PyGenerator { v.asObject as! PyGenerator }
        type.addGetter("__name__") { _, v in .string(gen(v).name) }
        type.addGetter("__qualname__") { _, v in .string(gen(v).qualifiedName) }
        type.setters["__name__"] = { _, v, value in
            guard case .str(let s) = value else { throw PyError.type("__name__ must be set to a string object") }
            gen(v).name = s.value
        }
        type.setters["__qualname__"] = { _, v, value in
            guard case .str(let s) = value else { throw PyError.type("__qualname__ must be set to a string object") }
            gen(v).qualifiedName = s.value
        }
    }
}

/// `gen.gi_frame`: a live generator's frame, with its line and code.
final class PyFrameView: PyObject {
    let frame: Frame

    init(_ frame: Frame) {
        self.frame = frame
        super.init(type: PyFrameView.frameType)
    }

    static let frameType: PyType = {
        let t = BuiltinTypes.make("frame")
        t.addGetter("f_lineno") { _, v in .int((v.asObject as! PyFrameView).frame.line) }
        t.addGetter("f_code") { _, v in .object((v.asObject as! PyFrameView).frame.code) }
        t.addGetter("f_globals") { _, v in .object((v.asObject as! PyFrameView).frame.globals) }
        return t
    }()
}
