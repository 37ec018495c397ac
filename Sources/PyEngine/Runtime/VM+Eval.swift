/// How a frame stopped running.
enum FrameExit {
    case returned(Value)
    case yielded(Value)
}

extension VM {
    /// Runs `frame` from its current instruction until it returns or yields.
    /// With `throwing`, the exception is raised at the current instruction first
    /// (how `generator.throw()` enters a suspended frame).
    func run(_ frame: Frame, throwing: PyBaseException? = nil) throws -> FrameExit {
        depth += 1
        if depth > recursionLimit {
            depth -= 1
            throw PyBaseException(ExceptionTypes.recursionError, "maximum recursion depth exceeded")
        }
        frame.caller = currentFrame
        currentFrame = frame
        defer {
            currentFrame = frame.caller
            frame.caller = nil
            depth -= 1
        }
        var pending = throwing
        while true {
            do {
                if let p = pending {
                    pending = nil
                    throw p
                }
                return try execute(frame)
            } catch let exc as PyBaseException {
                try unwind(exc, in: frame)
            }
        }
    }

    /// Finds the handler for `exc` in `frame` and moves there, or rethrows.
    private func unwind(_ exc: PyBaseException, in frame: Frame) throws {
        if reraising {
            reraising = false
        } else {
            if exc.traceback.isEmpty { attachContext(to: exc) }
            if !frame.code.isScaffolding {
                exc.traceback.insert(TracebackEntry(code: frame.code, instruction: frame.currentInstruction), at: 0)
            }
        }
        guard let handler = frame.handlers.popLast() else {
            frame.unwind(to: frame.localCount)
            throw exc
        }
        frame.unwind(to: handler.depth)
        frame.push(.object(exc))
        frame.ip = handler.target
    }

    /// Sets `exc.__context__` to the exception being handled, as raising does in
    /// CPython, cutting any cycle that would create.
    func attachContext(to exc: PyBaseException) {
        guard let handled = exceptionState.current, handled !== exc else { return }
        var link: PyBaseException? = handled
        while let l = link {
            if l.context === exc {
                l.context = nil
                break
            }
            link = l.context
        }
        exc.context = handled
    }

    // MARK: The loop

    private func execute(_ frame: Frame) throws -> FrameExit {
        try frame.withCodeAndGlobals { code, globals in try execute(frame, code, globals) }
    }

    // One flat switch: each case is short and calls a helper for anything that
    // is more than stack shuffling.
    private func execute(_ frame: Frame, _ code: CodeObject, _ globals: PyDict) throws -> FrameExit {
        let instructions = code.instructionBuffer
        let constants = code.constantBuffer
        let counter = instructionCounter
        // Module code: its namespace is its globals, so name operations can use the
        // global cache. Fixed for the frame, so decided once here.
        let namesAreGlobals = frame.namespace.map { $0 === globals } ?? false
        // The position lives in a register while the frame runs; `frame.ip` is
        // brought up to date where others read it: before a call (a stand-in
        // reads and advances it) and when the frame suspends.
        var ip = frame.ip
        while true {
            let index = ip
            ip = index &+ 1
            let count = counter.pointee &+ 1
            counter.pointee = count
            if count > instructionCheckpoint { try passCheckpoint(at: index, in: frame) }
            frame.currentInstruction = index

            switch instructions[index] {
            // MARK: Stack
            case .nop:
                break
            case .pop:
                _ = frame.pop()
            case .copy(let n):
                frame.push(frame.peek(n))
            case .swap(let n):
                let top = frame.peek(1)
                frame.setPeek(1, frame.peek(n))
                frame.setPeek(n, top)

            // MARK: Variables
            case .loadConst(let i):
                frame.push(constants[i])
            case .loadFast(let i):
                frame.push(try local(i, of: frame, code))
            case .storeFast(let i):
                frame.slots[i] = frame.pop()
            case .deleteFast(let i):
                if frame.slots[i].isNull { throw unboundLocal(code.varnames[i]) }
                frame.slots[i] = .null
            case .loadDeref(let i):
                let v = frame.cells[i].contents
                if v.isNull { throw unboundDeref(code, i) }
                frame.push(v)
            case .storeDeref(let i):
                frame.cells[i].contents = frame.pop()
            case .deleteDeref(let i):
                if frame.cells[i].contents.isNull { throw unboundDeref(code, i) }
                frame.cells[i].contents = .null
            case .loadClosure(let i):
                frame.push(.object(frame.cells[i]))
            case .loadClassDeref(let name, let cell):
                if let v = frame.namespace?.get(code.names[name]) {
                    frame.push(v)
                } else {
                    let v = frame.cells[cell].contents
                    if v.isNull { throw unboundDeref(code, cell) }
                    frame.push(v)
                }
            case .loadName(let i):
                if namesAreGlobals {
                    frame.push(try cachedGlobal(code, i, globals))
                } else {
                    frame.push(try loadName(code.names[i], frame))
                }
            case .storeName(let i):
                let v = frame.pop()
                if namesAreGlobals {
                    try storeModuleName(code, i, globals, v)
                } else {
                    try namespace(of: frame).set(.str(code.names[i]), v, self)
                }
            case .deleteName(let i):
                let name = code.names[i]
                if try namespace(of: frame).remove(.str(name), self) == nil {
                    throw undefinedName(name.value, globals)
                }
            case .loadGlobal(let i):
                frame.push(try cachedGlobal(code, i, globals))
            case .storeGlobal(let i):
                globals.set(code.names[i], frame.pop())
            case .deleteGlobal(let i):
                let name = code.names[i]
                if globals.remove(name) == nil {
                    throw undefinedName(name.value, globals)
                }

            // MARK: Attributes and items
            case .loadAttr(let i):
                let obj = frame.pop()
                frame.push(try cachedLoadAttribute(obj, code, i))
            case .storeAttr(let i):
                let obj = frame.pop()
                let value = frame.pop()
                try cachedStoreAttribute(obj, code, i, value)
            case .deleteAttr(let i):
                try deleteAttribute(frame.pop(), code.names[i])
            case .loadMethod(let i):
                let obj = frame.pop()
                let (method, receiver) = try cachedLoadMethod(obj, code, i)
                frame.push(method)
                frame.push(receiver)
            case .binarySubscr:
                let key = frame.pop()
                let container = frame.pop()
                frame.push(try getItem(container, key))
            case .storeSubscr:
                let key = frame.pop()
                let container = frame.pop()
                let value = frame.pop()
                try setItem(container, key, value)
            case .deleteSubscr:
                let key = frame.pop()
                try deleteItem(frame.pop(), key)
            case .buildSlice(let n):
                let step = n == 3 ? frame.pop() : .none
                let stop = frame.pop()
                let start = frame.pop()
                frame.push(.object(PySlice(start: start, stop: stop, step: step)))

            // MARK: Operators
            case .unary(let op):
                frame.push(try unaryOperation(op, frame.pop()))
            case .binary(let op, let inplace):
                let b = frame.pop()
                let a = frame.pop()
                if case .int(let x) = a, case .int(let y) = b, let r = VM.smallIntBinary(op, x, y) {
                    frame.push(r)
                } else {
                    frame.push(try binaryOperation(op, a, b, inplace: inplace))
                }
            case .compare(let op):
                let b = frame.pop()
                let a = frame.pop()
                if case .int(let x) = a, case .int(let y) = b, let r = VM.smallIntCompare(op, x, y) {
                    frame.push(.bool(r))
                } else {
                    frame.push(try compare(op, a, b))
                }
            case .isOp(let negated):
                let b = frame.pop()
                let a = frame.pop()
                frame.push(.bool(a.isIdentical(to: b) != negated))
            case .containsOp(let negated):
                let container = frame.pop()
                let item = frame.pop()
                frame.push(.bool(try contains(container, item) != negated))

            // MARK: Jumps
            case .jump(let target):
                ip = target
            case .popJumpIfFalse(let target):
                let v = frame.pop()
                if case .bool(let b) = v {
                    if !b { ip = target }
                } else if !(try isTrue(v)) {
                    ip = target
                }
            case .popJumpIfTrue(let target):
                let v = frame.pop()
                if case .bool(let b) = v {
                    if b { ip = target }
                } else if try isTrue(v) {
                    ip = target
                }
            case .popJumpIfNone(let target):
                if frame.pop().isNone { ip = target }
            case .popJumpIfNotNone(let target):
                if !frame.pop().isNone { ip = target }
            case .jumpIfFalseOrPop(let target):
                if try isTrue(frame.peek()) { _ = frame.pop() } else { ip = target }
            case .jumpIfTrueOrPop(let target):
                if try isTrue(frame.peek()) { ip = target } else { _ = frame.pop() }

            // MARK: Iteration
            case .getIter:
                frame.push(try getIterator(frame.pop()))
            case .forIter(let target):
                if let next = try nextItem(frame.peek()) {
                    frame.push(next)
                } else {
                    _ = frame.pop()
                    ip = target
                }

            // MARK: Building values
            case .buildTuple(let n):
                frame.push(.object(PyTuple(frame.popMany(n))))
            case .buildList(let n):
                frame.push(.object(PyList(frame.popMany(n))))
            case .buildSet(let n):
                let set = PySet()
                for v in frame.popMany(n) { try set.add(v, self) }
                frame.push(.object(set))
            case .buildMap(let n):
                let items = frame.popMany(2 * n)
                let dict = PyDict()
                for i in 0..<n { try dict.set(items[2 * i], items[2 * i + 1], self) }
                frame.push(.object(dict))
            case .buildString(let n):
                frame.push(concatenated(frame.popMany(n)))
            case .formatValue(let conversion, let hasSpec):
                let spec = hasSpec ? frame.pop() : .null
                frame.push(try formattedValue(frame.pop(), conversion, spec: spec))
            case .listAppend(let i):
                let v = frame.pop()
                try list(at: frame.peek(i)).items.append(v)
            case .setAdd(let i):
                let v = frame.pop()
                guard case .object(let o) = frame.peek(i), let set = o as? PySet else { throw internalError("setAdd") }
                try set.add(v, self)
            case .mapAdd(let i):
                let v = frame.pop()
                let k = frame.pop()
                guard case .object(let o) = frame.peek(i), let dict = o as? PyDict else { throw internalError("mapAdd") }
                try dict.set(k, v, self)
            case .listExtend(let i):
                let iterable = frame.pop()
                try list(at: frame.peek(i)).items.append(contentsOf: try extendItems(iterable))
            case .setUpdate(let i):
                let iterable = frame.pop()
                guard case .object(let o) = frame.peek(i), let set = o as? PySet else { throw internalError("setUpdate") }
                for v in try iterate(iterable) { try set.add(v, self) }
            case .dictUpdate(let i):
                let mapping = frame.pop()
                guard case .object(let o) = frame.peek(i), let dict = o as? PyDict else { throw internalError("dictUpdate") }
                try dictUpdate(dict, with: mapping, mergingCall: nil)
            case .dictMerge(let i):
                let mapping = frame.pop()
                guard case .object(let o) = frame.peek(i), let dict = o as? PyDict else { throw internalError("dictMerge") }
                let callable = frame.peek(i + 2)
                try dictUpdate(dict, with: mapping, mergingCall: callable)
            case .listToTuple:
                frame.push(.object(PyTuple(try list(at: frame.pop()).items)))
            case .unpackSequence(let n):
                let items = try unpack(frame.pop(), count: n)
                for v in items.reversed() { frame.push(v) }
            case .unpackEx(let before, let after):
                let items = try unpackStarred(frame.pop(), before: before, after: after)
                for v in items.reversed() { frame.push(v) }

            // MARK: Calls and functions
            case .pushNull:
                frame.push(.null)
            case .call(let argc):
                frame.ip = ip
                let result = try callFromStack(frame, argc: argc, keywordNames: nil)
                ip = frame.ip
                frame.push(result)
            case .callKw(let argc, let names):
                guard case .object(let t) = code.constants[names], let tuple = t as? PyTuple else {
                    throw internalError("callKw names")
                }
                let result = try callFromStack(frame, argc: argc, keywordNames: tuple.items)
                frame.push(result)
            case .callFunctionEx(let hasKwargs):
                let kwargs = hasKwargs ? frame.pop() : .null
                let args = frame.pop()
                let callable = frame.pop()
                _ = frame.pop()  // the NULL slot
                frame.push(try callWithUnpacked(callable, args, kwargs))
            case .makeFunction(let flags):
                frame.push(try makeFunction(frame, flags))
            case .returnValue:
                let v = frame.pop()
                frame.unwind(to: frame.localCount)
                return .returned(v)
            case .loadBuildClass:
                frame.push(buildClassFunction)
            case .setupAnnotations:
                let ns = try namespace(of: frame)
                if ns.get("__annotations__") == nil { ns.set("__annotations__", .object(PyDict())) }
            case .loadAssertionError:
                frame.push(.object(ExceptionTypes.assertionError))

            // MARK: Generators and coroutines
            case .yieldValue:
                frame.ip = ip
                return .yielded(try yieldedValue(frame.pop(), in: frame))
            case .getYieldFromIter:
                frame.push(try yieldFromIterator(frame.pop(), in: frame))
            case .getAwaitable(let context):
                frame.push(try awaitable(frame.pop(), context: context))
            case .yieldFrom:
                let sent = frame.pop()
                switch try delegate(to: frame.peek(), sending: sent) {
                case .yielded(let v):
                    frame.ip = index
                    return .yielded(v)
                case .returned(let r):
                    frame.setPeek(1, r)
                }
            case .getAIter:
                frame.push(try asyncIterator(frame.pop()))
            case .getANext:
                frame.push(try asyncNext(frame.peek()))
            case .endAsyncFor:
                let exc = frame.pop()
                _ = frame.pop()
                guard case .object(let o) = exc, let e = o as? PyBaseException else { throw internalError("endAsyncFor") }
                if !e.isInstance(of: ExceptionTypes.stopAsyncIteration) {
                    reraising = true
                    throw e
                }
            case .beforeAsyncWith:
                let (exit, awaitable) = try beforeAsyncWith(frame.pop())
                frame.push(exit)
                frame.push(awaitable)

            // MARK: Exceptions
            case .setupFinally(let target):
                frame.handlers.append((target, frame.sp))
            case .popBlock:
                _ = frame.handlers.popLast()
            case .pushExcInfo:
                let exc = frame.pop()
                frame.push(exceptionState.exception.map { .object($0) } ?? .none)
                if case .object(let o) = exc, let e = o as? PyBaseException { exceptionState.exception = e }
                frame.push(exc)
            case .popExcept:
                restoreHandled(frame.pop())
            case .popExceptAndReraise:
                let newExc = frame.pop()
                _ = frame.pop()
                restoreHandled(frame.pop())
                guard case .object(let o) = newExc, let e = o as? PyBaseException else { throw internalError("reraise") }
                reraising = true
                throw e
            case .checkExcMatch:
                let cls = frame.pop()
                frame.push(.bool(try exceptionMatches(frame.peek(), cls)))
            case .checkEgMatch:
                let cls = frame.pop()
                let (rest, match) = try splitExceptionGroup(frame.pop(), cls)
                frame.push(rest)
                frame.push(match)
            case .prepReraiseStar:
                let raised = frame.pop()
                let original = frame.pop()
                frame.push(try prepareReraiseStar(original, raised))
            case .raiseVarargs(let n):
                try raise(frame, argc: n)
            case .reraise:
                guard case .object(let o) = frame.pop(), let e = o as? PyBaseException else { throw internalError("reraise") }
                reraising = true
                throw e

            // MARK: Context managers
            case .beforeWith:
                let (exit, entered) = try beforeWith(frame.pop())
                frame.push(exit)
                frame.push(entered)
            case .withExitNormal:
                _ = try call(frame.pop(), CallArgs([.none, .none, .none]))
            case .withExceptStart:
                let exc = frame.peek(1)
                let exit = frame.peek(2)
                let excType: Value = exc.asObject.map { .object($0.type) } ?? .none
                frame.push(try call(exit, CallArgs([excType, exc, .none])))

            // MARK: Imports
            case .importName(let i):
                let fromList = frame.pop()
                _ = frame.pop()  // level: only absolute imports of built-in modules
                frame.push(try importModule(code.names[i].value, fromList: fromList))
            case .importFrom(let i):
                frame.push(try importFrom(frame.peek(), code.names[i]))
            case .importStar:
                try importStar(frame.pop(), into: namespace(of: frame))

            // MARK: Interactive
            case .printExpr:
                try displayInteractive(frame.pop())

            // MARK: Superinstructions
            case .loadFastLoadConst(let a, let c):
                frame.push(try local(a, of: frame, code))
                moveToSecondPart(frame, index, &ip, counter)
                frame.push(constants[c])
            case .loadFastLoadFast(let a, let b):
                frame.push(try local(a, of: frame, code))
                moveToSecondPart(frame, index, &ip, counter)
                frame.push(try local(b, of: frame, code))
            case .loadFastLoadAttr(let a, let name):
                let obj = try local(a, of: frame, code)
                moveToSecondPart(frame, index, &ip, counter)
                frame.push(try cachedLoadAttribute(obj, code, name))
            case .storeFastLoadFast(let a, let b):
                frame.slots[a] = frame.pop()
                moveToSecondPart(frame, index, &ip, counter)
                frame.push(try local(b, of: frame, code))
            case .compareAndJump(let op, let ifTrue, let target):
                let b = frame.pop()
                let a = frame.pop()
                let outcome: Bool
                if case .int(let x) = a, case .int(let y) = b, let r = VM.smallIntCompare(op, x, y) {
                    moveToSecondPart(frame, index, &ip, counter)
                    outcome = r
                } else {
                    let result = try compare(op, a, b)
                    moveToSecondPart(frame, index, &ip, counter)
                    outcome = try isTrue(result)
                }
                if outcome == ifTrue { ip = target }
            case .returnConst(let c):
                moveToSecondPart(frame, index, &ip, counter)
                frame.unwind(to: frame.localCount)
                return .returned(constants[c])
            case .returnLocal(let a):
                let v = try local(a, of: frame, code)
                moveToSecondPart(frame, index, &ip, counter)
                frame.unwind(to: frame.localCount)
                return .returned(v)
            case .pushNullLoadGlobal(let name):
                frame.push(.null)
                moveToSecondPart(frame, index, &ip, counter)
                frame.push(try cachedGlobal(code, name, globals))
            }
        }
    }

    // MARK: Small helpers for the loop

    /// Local `i` (`loadFast`), which must be bound.
    @inline(__always)
    private func local(_ i: Int, of frame: Frame, _ code: CodeObject) throws -> Value {
        let v = frame.slots[i]
        if v.isNull { throw unboundLocal(code.varnames[i]) }
        return v
    }

    /// Moves a superinstruction at `index` on to its second part, positioned and
    /// counted as if dispatched (so errors, tracebacks and the virtual clock see
    /// two instructions); only the checkpoint waits, for the next dispatch.
    @inline(__always)
    private func moveToSecondPart(_ frame: Frame, _ index: Int, _ ip: inout Int, _ counter: UnsafeMutablePointer<Int>) {
        ip = index &+ 2
        frame.currentInstruction = index &+ 1
        counter.pointee &+= 1
    }

    private func list(at v: Value) throws -> PyList {
        guard case .object(let o) = v, let list = o as? PyList else { throw internalError("list expected") }
        return list
    }

    func namespace(of frame: Frame) throws -> PyDict {
        guard let ns = frame.namespace else { throw internalError("name operation outside a namespace") }
        return ns
    }

    private func restoreHandled(_ previous: Value) {
        if case .object(let o) = previous, let e = o as? PyBaseException {
            exceptionState.exception = e
        } else {
            exceptionState.exception = nil
        }
    }

    func unboundLocal(_ name: String) -> PyBaseException {
        PyBaseException(ExceptionTypes.unboundLocalError,
                        "cannot access local variable '\(name)' where it is not associated with a value")
    }

    private func unboundDeref(_ code: CodeObject, _ i: Int) -> PyBaseException {
        if i < code.cellvars.count { return unboundLocal(code.cellvars[i]) }
        let name = code.freevars[i - code.cellvars.count]
        return PyError.name("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    func internalError(_ what: String) -> PyBaseException {
        PyBaseException(ExceptionTypes.systemError, "LoopLab engine internal error: \(what)")
    }
}
