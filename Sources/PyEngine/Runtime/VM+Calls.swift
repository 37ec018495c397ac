/// Engine code standing in for calls of a Python function (asyncio's hot
/// paths). Given the receiver (for a method; `.null` for a plain call) and the
/// arguments (valid only during the call), it returns nil to let the function
/// run, else the call's outcome, which must be exactly what running the
/// function would give. A class: every call of a Python function tests for
/// one, and a nil reference is cheaper to test than an optional struct.
final class StandIn {
    /// Only calls whose result the next instruction awaits (`await f(x)`): of a
    /// coroutine awaited at once nothing else can see the coroutine object.
    let awaitedOnly: Bool
    let run: (VM, Value, UnsafeBufferPointer<Value>) throws -> StandInOutcome?

    init(awaitedOnly: Bool, run: @escaping (VM, Value, UnsafeBufferPointer<Value>) throws -> StandInOutcome?) {
        self.awaitedOnly = awaitedOnly
        self.run = run
    }
}

enum StandInOutcome {
    /// What the call returns.
    case returned(Value)
    /// For an awaited call: the iterator that awaiting the coroutine drives.
    case awaitIterator(Value)
    /// For an awaited call: the value of the whole `await f(x)`, the coroutine
    /// having finished without suspending.
    case awaitedValue(Value)
}

/// Calling things: Python functions (binding arguments to parameters with
/// CPython's error messages), built-ins, bound methods, classes and objects
/// with `__call__`.
extension VM {
    /// `call`/`callKw`: the callable, an optional receiver and the arguments are
    /// on the stack (see `Instruction.call`). Inlined into the eval loop, so that
    /// a call of a Python function goes straight to its own small function.
    @inline(__always)
    func callFromStack(_ frame: Frame, argc: Int, keywordNames: [Value]?) throws -> Value {
        if keywordNames == nil, let result = try callFunction(onStack: frame, argc: argc) { return result }
        return try callOtherFromStack(frame, argc: argc, keywordNames: keywordNames)
    }

    /// `callFromStack` for anything but a plain call of a Python function.
    @inline(never)
    private func callOtherFromStack(_ frame: Frame, argc: Int, keywordNames: [Value]?) throws -> Value {
        if keywordNames == nil, let result = try instantiate(onStack: frame, argc: argc) { return result }
        let (first, second) = frame.removeBelow(argc)
        let hasReceiver = !first.isNull
        let callable = hasReceiver ? first : second
        var method: NativeMethod?
        if hasReceiver, case .object(let o) = callable, let b = o as? PyBuiltinFunction { method = b.method }
        let receiverFirst = hasReceiver && method == nil
        var positional = takeSpareArguments(capacity: argc + (receiverFirst ? 1 : 0))
        if receiverFirst { positional.append(second) }
        let base = frame.sp - argc
        for i in 0..<argc { positional.append((frame.slots + base + i).move()) }
        frame.sp = base
        var args = CallArgs(consume positional)
        if let names = keywordNames {
            let k = names.count
            let split = args.positional.count - k
            for (i, n) in names.enumerated() {
                if case .str(let s) = n { args.keywords.append((s.value, args.positional[split + i])) }
            }
            args.positional.removeLast(k)
        }
        let result: Value
        if let method { result = try method(self, second, args) } else { result = try call(callable, args) }
        recycleArguments(&args.positional)
        return result
    }

    /// An empty array with room for `capacity` arguments: the spare one when
    /// there is one (it has room for a few).
    private func takeSpareArguments(capacity: Int) -> [Value] {
        var arguments: [Value] = []
        swap(&arguments, &spareArguments)
        // No arguments, no allocation: reserving room for none still makes a buffer.
        if capacity > arguments.capacity { arguments.reserveCapacity(capacity) }
        return arguments
    }

    /// Keeps a finished call's argument array as the spare. Emptying it keeps
    /// its buffer only when nothing else holds it (a built-in may have kept the
    /// array, say as a tuple's items); arrays shared or large are left to go.
    private func recycleArguments(_ arguments: inout [Value]) {
        guard arguments.capacity <= 8 else { return }
        // One by one: for a few items cheaper than `removeAll(keepingCapacity:)`.
        while !arguments.isEmpty { arguments.removeLast() }
        swap(&arguments, &spareArguments)
    }

    /// `call` of a Python function, the common case kept off the general path:
    /// its stand-in serves it, or, when it takes exactly these positional
    /// arguments, the receiver and arguments move from the stack straight into
    /// its frame's parameters. Nil for any other call, with the stack untouched.
    @inline(never)
    private func callFunction(onStack frame: Frame, argc: Int) throws -> Value? {
        let base = frame.sp - argc
        let hasReceiver = !frame.slots[base - 2].isNull
        let functionSlot = frame.slots + base - (hasReceiver ? 2 : 1)
        // Borrowed: its stack slot keeps the function alive during the call.
        guard let function = functionSlot.pointee.unretainedFunction else { return nil }
        return try function._withUnsafeGuaranteedRef { f in
            if let standIn = f.code.standIn, let result = try run(standIn, frame, argc: argc, hasReceiver: hasReceiver) {
                return result
            }
            guard f.code.isSimple, f.code.argumentCount == argc + (hasReceiver ? 1 : 0) else { return nil }
            let callee = newFrame(for: f)
            var parameter = callee.slots
            if hasReceiver {
                parameter.initialize(to: (functionSlot + 1).move())
                parameter += 1
            }
            // One by one: for the usual one or two arguments, cheaper than a memmove.
            for i in 0..<argc { (parameter + i).initialize(to: (frame.slots + base + i).move()) }
            frame.sp = functionSlot + 1 - frame.slots
            // Consumed, so that `invoke` finds it unshared and keeps it as a spare.
            let result = try invoke(f, consume callee)
            frame.unwind(to: base - 2)
            return result
        }
    }

    /// `C(args)` for a class whose instances are plain objects initialized by a
    /// Python `__init__` (`plainInitializer`) taking exactly these positional
    /// arguments: they move from the stack straight into its frame. Nil for any
    /// other call, with the stack untouched.
    private func instantiate(onStack frame: Frame, argc: Int) throws -> Value? {
        let base = frame.sp - argc
        guard frame.slots[base - 2].isNull, case .object(let o) = frame.slots[base - 1], let cls = o as? PyType,
              let initializer = plainInitializer(cls), initializer.code.isSimple,
              initializer.code.argumentCount == argc + 1 else { return nil }
        let instance = Value.object(PyInstance(type: cls))
        let callee = newFrame(for: initializer)
        callee.slots.initialize(to: instance)
        (callee.slots + 1).moveInitialize(from: frame.slots + base, count: argc)
        frame.sp = base
        frame.unwind(to: base - 2)
        // Consumed, so that `invoke` finds it unshared and keeps it as a spare.
        let result = try invoke(initializer, consume callee)
        guard result.isNone else { throw PyError.type("__init__() should return None, not '\(typeName(result))'") }
        return instance
    }

    /// Serves a call with `standIn` if it takes it (the arguments are on the
    /// stack above the receiver and the function's slot): the call's slots are
    /// cleared and, for an awaited call, the await instructions
    /// whose work is done are skipped (`getAwaitable; loadConst None;
    /// yieldFrom`). A traced run runs the Python code, whose frames the trace reads.
    @inline(never)
    private func run(_ standIn: StandIn, _ frame: Frame, argc: Int, hasReceiver: Bool) throws -> Value? {
        guard tracer == nil else { return nil }
        let awaited: Bool
        if case .getAwaitable(0) = frame.code.instructions[frame.ip] { awaited = true } else { awaited = false }
        guard awaited || !standIn.awaitedOnly else { return nil }
        let base = frame.sp - argc
        let receiver = hasReceiver ? frame.slots[base - 1] : .null
        guard let outcome = try standIn.run(self, receiver, UnsafeBufferPointer(start: frame.slots + base, count: argc)) else {
            return nil
        }
        frame.unwind(to: base - 2)
        switch outcome {
        case .returned(let v):
            return v
        case .awaitIterator(let it):
            frame.ip += 1
            return it
        case .awaitedValue(let v):
            frame.ip += 3
            return v
        }
    }

    /// `callable(*args, **kwargs)`.
    func callWithUnpacked(_ callable: Value, _ args: Value, _ kwargs: Value) throws -> Value {
        var callArgs = CallArgs(try iterate(args))
        if case .object(let o) = kwargs, let dict = o as? PyDict {
            for (k, v) in dict.items {
                guard case .str(let s) = k else { throw PyError.type("keywords must be strings") }
                callArgs.keywords.append((s.value, v))
            }
        }
        return try call(callable, callArgs)
    }

    /// Calls any callable value.
    func call(_ callable: Value, _ args: CallArgs) throws -> Value {
        guard case .object(let o) = callable else { throw notCallable(callable) }
        switch o {
        case let f as PyFunction:
            if let frame = simpleFrame(f, receiver: nil, args) { return try invoke(f, frame) }
            return try invoke(f, try bind(f, args))
        case let b as PyBuiltinFunction:
            return try b.body(self, args)
        case let m as PyBoundMethod:
            return try callMethod(m.function, receiver: m.receiver, args)
        case let t as PyType:
            return try instantiate(t, args)
        default:
            if o.type.isHeapType, let method = o.type.lookup("__call__") {
                return try callMethod(method, receiver: callable, args)
            }
            throw notCallable(callable)
        }
    }

    /// Calls `function` with `receiver` as its first argument.
    func callMethod(_ function: Value, receiver: Value, _ args: CallArgs) throws -> Value {
        if case .object(let o) = function {
            if let f = o as? PyFunction, let frame = simpleFrame(f, receiver: receiver, args) {
                return try invoke(f, frame)
            }
            if let b = o as? PyBuiltinFunction, let method = b.method { return try method(self, receiver, args) }
            if o is PyFunction || o is PyBuiltinFunction { return try call(function, args.prepending(receiver)) }
        }
        return try call(try bind(function, to: receiver, typeOf(receiver)), args)
    }

    /// `callMethod` with one argument (a binary special method): a plain Python
    /// function gets both values moved into its frame, with no argument array.
    func callMethod(_ function: Value, receiver: Value, argument: Value) throws -> Value {
        if case .object(let o) = function, let f = o as? PyFunction, f.code.isSimple, f.code.argumentCount == 2 {
            let frame = newFrame(for: f)
            frame.slots.initialize(to: receiver)
            (frame.slots + 1).initialize(to: argument)
            return try invoke(f, frame)
        }
        return try callMethod(function, receiver: receiver, CallArgs([argument]))
    }

    private func notCallable(_ v: Value) -> PyBaseException {
        PyError.type("'\(typeName(v))' object is not callable")
    }

    /// Runs a bound frame: generator-like code makes its generator object instead.
    /// Takes the frame over, so that a finished one can go back to its code's spares.
    func invoke(_ f: PyFunction, _ frame: consuming Frame) throws -> Value {
        if f.code.makesGenerator {
            return .object(PyGenerator(frame: frame, function: f, vm: self))
        }
        guard case .returned(let v) = try run(frame) else { throw internalError("function yielded") }
        var finished = consume frame
        if isKnownUniquelyReferenced(&finished) && !f.code.spareFrames.isFull {
            finished.clear()
            f.code.spareFrames.keep(finished)
        }
        return v
    }

    /// A frame for a call of `f`: a finished one of the same code when there is
    /// one, else a new one.
    func newFrame(for f: PyFunction) -> Frame {
        if let spare = f.code.spareFrames.take() {
            spare.reuse(for: f)
            return spare
        }
        return Frame(code: f.code, globals: f.globals, namespace: nil, closure: f.closure)
    }

    // MARK: Binding arguments

    /// A frame with the arguments copied straight in, when `f` takes exactly
    /// these positional arguments (the common case); nil otherwise.
    private func simpleFrame(_ f: PyFunction, receiver: Value?, _ args: CallArgs) -> Frame? {
        let code = f.code
        let offset = receiver == nil ? 0 : 1
        guard code.isSimple, args.keywords.isEmpty, args.positional.count + offset == code.argumentCount else { return nil }
        let frame = newFrame(for: f)
        if let receiver { frame.slots[0] = receiver }
        for (i, v) in args.positional.enumerated() { frame.slots[offset + i] = v }
        return frame
    }

    /// A new frame for `f` with `args` bound to its parameters.
    func bind(_ f: PyFunction, _ args: CallArgs) throws -> Frame {
        let frame = newFrame(for: f)
        var binder = ArgumentBinder(function: f, frame: frame, vm: self)
        try binder.bind(args)
        return frame
    }

    // MARK: Functions

    /// `makeFunction`: pops the code and its optional parts, pushes the function.
    func makeFunction(_ frame: Frame, _ flags: MakeFunctionFlags) throws -> Value {
        guard case .object(let c) = frame.pop(), let code = c as? CodeObject else { throw internalError("code expected") }
        var closure: [PyCell] = []
        if flags.contains(.closure), case .object(let t) = frame.pop(), let tuple = t as? PyTuple {
            closure = tuple.items.compactMap { $0.asObject as? PyCell }
        }
        var annotations: PyDict?
        if flags.contains(.annotations), case .object(let d) = frame.pop() { annotations = d as? PyDict }
        var keywordDefaults: PyDict?
        if flags.contains(.keywordDefaults), case .object(let d) = frame.pop() { keywordDefaults = d as? PyDict }
        var defaults: [Value] = []
        if flags.contains(.defaults), case .object(let t) = frame.pop(), let tuple = t as? PyTuple {
            defaults = tuple.items
        }
        let f = PyFunction(code: code, globals: frame.globals, defaults: defaults,
                           keywordDefaults: keywordDefaults, annotations: annotations, closure: closure)
        return .object(f)
    }
}

/// Binds call arguments to a function's parameters, reporting mistakes the way
/// CPython does ("f() missing 1 required positional argument: 'b'").
struct ArgumentBinder {
    let function: PyFunction
    let frame: Frame
    let vm: VM

    private var code: CodeObject { function.code }
    private var name: String { function.qualifiedName }

    mutating func bind(_ args: CallArgs) throws {
        let positionalCount = code.argumentCount
        let kwOnly = code.keywordOnlyCount
        let hasVarargs = code.flags.contains(.varargs)
        let hasVarkw = code.flags.contains(.varkeywords)
        var bound = [Bool](repeating: false, count: positionalCount + kwOnly)

        let given = args.positional.count
        for i in 0..<min(given, positionalCount) {
            frame.slots[i] = args.positional[i]
            bound[i] = true
        }
        var nextSlot = positionalCount + kwOnly
        if hasVarargs {
            let extra = given > positionalCount ? Array(args.positional[positionalCount...]) : []
            frame.slots[nextSlot] = .object(PyTuple(extra))
            nextSlot += 1
        } else if given > positionalCount {
            throw tooManyPositional(given: given, keywordsGiven: args.keywords)
        }
        let varkw: PyDict? = hasVarkw ? PyDict() : nil
        if let varkw { frame.slots[nextSlot] = .object(varkw) }

        var positionalOnlyAsKeyword: [String] = []
        for (key, value) in args.keywords {
            if let index = code.varnames[0..<(positionalCount + kwOnly)].firstIndex(of: key),
               index >= code.positionalOnlyCount {
                if bound[index] { throw PyError.type("\(name)() got multiple values for argument '\(key)'") }
                frame.slots[index] = value
                bound[index] = true
            } else if let varkw {
                if varkw.get(key) != nil { throw PyError.type("\(name)() got multiple values for argument '\(key)'") }
                varkw.set(key, value)
            } else if code.varnames[0..<code.positionalOnlyCount].contains(key) {
                positionalOnlyAsKeyword.append(key)
            } else {
                throw PyError.type("\(name)() got an unexpected keyword argument '\(key)'")
            }
        }
        if !positionalOnlyAsKeyword.isEmpty {
            let list = positionalOnlyAsKeyword.joined(separator: ", ")
            throw PyError.type("\(name)() got some positional-only arguments passed as keyword arguments: '\(list)'")
        }
        try fillDefaults(&bound)
        moveParametersIntoCells()
    }

    private func fillDefaults(_ bound: inout [Bool]) throws {
        let positionalCount = code.argumentCount
        let defaults = function.defaults
        let firstDefault = positionalCount - defaults.count
        var missing: [String] = []
        for i in 0..<positionalCount where !bound[i] {
            if i >= firstDefault {
                frame.slots[i] = defaults[i - firstDefault]
            } else {
                missing.append(code.varnames[i])
            }
        }
        if !missing.isEmpty { throw missingArguments(missing, kind: "positional") }
        var missingKw: [String] = []
        for i in positionalCount..<(positionalCount + code.keywordOnlyCount) where !bound[i] {
            let param = code.varnames[i]
            if let d = function.keywordDefaults?.get(param) {
                frame.slots[i] = d
            } else {
                missingKw.append(param)
            }
        }
        if !missingKw.isEmpty { throw missingArguments(missingKw, kind: "keyword-only") }
    }

    /// Parameters captured by inner functions live in cells.
    private func moveParametersIntoCells() {
        for (cellIndex, param) in code.cellParameters.enumerated() {
            if let p = param { frame.cells[cellIndex].contents = frame.slots[p] }
        }
    }

    private func missingArguments(_ names: [String], kind: String) -> PyBaseException {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let s = names.count == 1 ? "" : "s"
        return PyError.type("\(name)() missing \(names.count) required \(kind) argument\(s): \(list)")
    }

    private func tooManyPositional(given: Int, keywordsGiven: [(name: String, value: Value)]) -> PyBaseException {
        let maxCount = code.argumentCount
        let minCount = maxCount - function.defaults.count
        let takes: String
        if minCount < maxCount {
            takes = "from \(minCount) to \(maxCount) positional arguments"
        } else {
            takes = "\(maxCount) positional argument\(maxCount == 1 ? "" : "s")"
        }
        let kwOnlyGiven = keywordsGiven.filter { kw in
            code.varnames[code.argumentCount..<(code.argumentCount + code.keywordOnlyCount)].contains(kw.name)
        }.count
        var givenText = "\(given)"
        if kwOnlyGiven > 0 {
            givenText += " positional argument\(given == 1 ? "" : "s") (and \(kwOnlyGiven) keyword-only argument\(kwOnlyGiven == 1 ? "" : "s"))"
            return PyError.type("\(name)() takes \(takes) but \(givenText) were given")
        }
        return PyError.type("\(name)() takes \(takes) but \(givenText) \(given == 1 ? "was" : "were") given")
    }
}
