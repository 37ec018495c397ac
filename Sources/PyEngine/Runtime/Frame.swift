/// One activation of a code object: its locals, value stack, position and
/// exception handlers. Plain data, so a generator or coroutine suspends by simply
/// keeping its frame, and resumes by running it again from `ip`.
final class Frame {
    // Unmanaged: the function being run (or, for module code, the caller of
    // `runMain`) keeps the code and globals alive for as long as the frame runs,
    // and skipping their reference counting speeds up every call.
    private let codeReference: Unmanaged<CodeObject>
    private var globalsReference: Unmanaged<PyDict>
    var code: CodeObject { codeReference.takeUnretainedValue() }
    var globals: PyDict { globalsReference.takeUnretainedValue() }
    /// Where name operations read and write: the module dict for module code, the
    /// class namespace for a class body, nil for functions (they use fast locals).
    let namespace: PyDict?
    /// Fast locals (`varnames`) followed by the value stack, in one allocation.
    let slots: UnsafeMutablePointer<Value>
    private let capacity: Int
    /// Index one past the top of the value stack (starts at `localCount`).
    var sp: Int
    let localCount: Int
    /// Cells for `cellvars` then `freevars`.
    var cells: [PyCell]
    /// The next instruction to run.
    var ip = 0
    /// The instruction running now (for tracebacks and `lineno`).
    var currentInstruction = 0
    /// Active `setupFinally` handlers: where to jump and the stack depth to restore.
    var handlers: [(target: Int, depth: Int)] = []
    /// The frame that called this one while it runs.
    unowned(unsafe) var caller: Frame?

    init(code: CodeObject, globals: PyDict, namespace: PyDict?, closure: [PyCell]) {
        codeReference = .passUnretained(code)
        globalsReference = .passUnretained(globals)
        self.namespace = namespace
        localCount = code.varnames.count
        capacity = localCount + code.stackSize + 2
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: .null, count: localCount)
        sp = localCount
        cells = []
        makeCells(closure)
    }

    deinit {
        slots.deinitialize(count: sp)
        slots.deallocate()
    }

    /// Fresh cells for the code's cellvars (closures made in this call capture
    /// them), then the function's closure cells.
    private func makeCells(_ closure: [PyCell]) {
        guard !code.cellvars.isEmpty || !closure.isEmpty else { return }
        cells.reserveCapacity(code.cellvars.count + closure.count)
        for _ in code.cellvars { cells.append(PyCell()) }
        cells.append(contentsOf: closure)
    }

    // MARK: Reuse

    /// Readies a finished frame of the same code for another call of `function`.
    func reuse(for function: PyFunction) {
        globalsReference = .passUnretained(function.globals)
        ip = 0
        currentInstruction = 0
        if code.usesCells {
            cells.removeAll(keepingCapacity: true)
            makeCells(function.closure)
        }
    }

    /// Drops what a finished call left behind (its locals, handlers and
    /// cells), as CPython clears a frame when the call returns.
    func clear() {
        unwind(to: localCount)
        for i in 0..<localCount { slots[i] = .null }
        if !handlers.isEmpty { handlers.removeAll(keepingCapacity: true) }
        if !cells.isEmpty { cells.removeAll(keepingCapacity: true) }
    }

    /// Runs `body` with the code and globals borrowed: the eval loop passes them
    /// to its helpers at every instruction, and a borrowed reference needs no
    /// reference counting on the way.
    @inline(__always)
    func withCodeAndGlobals<R>(_ body: (CodeObject, PyDict) throws -> R) rethrows -> R {
        try codeReference._withUnsafeGuaranteedRef { code in
            try globalsReference._withUnsafeGuaranteedRef { globals in try body(code, globals) }
        }
    }

    /// Drops a finished generator's locals, as CPython clears the frame when
    /// its generator returns (so what they held is finalized then).
    func releaseLocals() {
        unwind(to: localCount)
        for i in 0..<localCount { slots[i] = .null }
        handlers.removeAll()
        cells.removeAll()
    }

    // MARK: Value stack

    @inline(__always) func push(_ v: consuming Value) {
        precondition(sp < capacity, "value stack overflow in \(code.qualifiedName): stackSize is wrong")
        (slots + sp).initialize(to: v)
        sp &+= 1
    }

    @inline(__always) func pop() -> Value {
        sp &-= 1
        return (slots + sp).move()
    }

    /// The value `depth` below the top (`peek(1)` is the top).
    @inline(__always) func peek(_ depth: Int = 1) -> Value { slots[sp - depth] }

    @inline(__always) func setPeek(_ depth: Int, _ v: Value) { slots[sp - depth] = v }

    /// Pops n values, first pushed first.
    func popMany(_ n: Int) -> [Value] {
        sp -= n
        let start = slots + sp
        return Array(unsafeUninitializedCapacity: n) { buffer, count in
            buffer.baseAddress?.moveInitialize(from: start, count: n)
            count = n
        }
    }

    /// Takes out the two values below the top `n` (a call's callable and
    /// receiver slots), closing the gap under the `n` arguments.
    @inline(__always) func removeBelow(_ n: Int) -> (Value, Value) {
        let top = slots + sp - n
        let pair = ((top - 2).move(), (top - 1).move())
        (top - 2).moveInitialize(from: top, count: n)
        sp -= 2
        return pair
    }

    /// Cuts the stack back to `depth` (for exception handlers). Element by
    /// element: cheaper than the generic `deinitialize(count:)` for a few values.
    func unwind(to depth: Int) {
        while sp > depth {
            sp -= 1
            _ = (slots + sp).move()
        }
    }

    /// Stack depth relative to the locals, as the compiler counts it.
    var stackDepth: Int { sp - localCount }

    /// The current line, for tracebacks and warnings.
    var line: Int { code.spans.isEmpty ? code.firstLine : code.spans[currentInstruction].start.line }
}
