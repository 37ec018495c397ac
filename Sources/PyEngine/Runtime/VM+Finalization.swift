/// Finalizers: what CPython runs when an object's last reference goes (closing
/// a suspended generator, an async generator's finalizer hook, asyncio's
/// "exception was never retrieved" reports).
///
/// The engine's objects die by Swift reference counting, at the same moments as
/// CPython's for everything outside reference cycles, but a `deinit` must not run
/// Python code: it may fire in the middle of any engine operation. So `deinit`
/// only queues a job, and the queue is drained at safe points that come right
/// after: before the next instruction, after each event loop callback, and at
/// program exit. Output thus appears where CPython prints it, give or take the
/// rest of the instruction that dropped the reference.
///
/// The deterministic rule, then: a generator (async or not), future or task is
/// finalized when its last reference goes, as with CPython's refcounting:
/// leaving a `for`/`async for` early (the loop drops its iterator), rebinding or
/// `del`, a call or coroutine returning (a finished generator frame drops its
/// locals at once), a loop dropping a handle it ran or `close()` dropping queued
/// ones. Objects kept alive by reference cycles (a task waiting on a future that
/// will never complete), which CPython's cyclic GC frees at some later point,
/// are finalized at exit by `finalizeAtExit`.
final class FinalizerQueue {
    /// Set while jobs wait; the eval loop reads it before every instruction
    /// (a raw pointer, so the check costs no exclusivity bookkeeping).
    let pending: UnsafeMutablePointer<Bool>
    fileprivate var jobs: [(VM) throws -> Void] = []
    /// Objects to finalize at exit if they are still alive then, with their
    /// creation order. Unretained, so they still die (and run their `deinit`)
    /// as usual; each `deinit` calls `unwatch` first. (Weak references would
    /// move every retain and release of these objects to a slow path.)
    fileprivate var exitWatch: [ObjectIdentifier: (sequence: Int, object: Unmanaged<PyObject>)] = [:]
    private var counter = 0

    /// A number that orders objects by creation.
    func nextSequence() -> Int {
        counter += 1
        return counter
    }

    fileprivate func watch(_ object: PyObject, _ sequence: Int) {
        exitWatch[ObjectIdentifier(object)] = (sequence, .passUnretained(object))
    }

    /// Forgets an object that is being deallocated.
    func unwatch(_ object: PyObject) {
        exitWatch.removeValue(forKey: ObjectIdentifier(object))
    }

    init() {
        pending = .allocate(capacity: 1)
        pending.initialize(to: false)
    }

    deinit {
        pending.deallocate()
    }
}

extension VM {
    /// Queues `job` for the next safe point.
    func enqueueFinalizer(_ job: @escaping (VM) throws -> Void) {
        finalizers.jobs.append(job)
        finalizers.pending.pointee = true
        refreshCheckpoint()
    }

    /// Runs the queued jobs, including any they queue in turn.
    func runFinalizers() throws {
        while !finalizers.jobs.isEmpty {
            let job = finalizers.jobs.removeFirst()
            finalizers.pending.pointee = !finalizers.jobs.isEmpty
            try job(self)
        }
        finalizers.pending.pointee = false
        refreshCheckpoint()
    }

    /// `_PyGen_Finalize` for a dropped generator (`gen` carries its frame): the
    /// async generator finalizer hook when one applies, else `close()`.
    func scheduleFinalization(of gen: PyGenerator) {
        enqueueFinalizer { vm in
            do {
                if gen.needsFinalizer {
                    _ = try vm.call(gen.asyncState!.finalizer, CallArgs([.object(gen)]))
                } else {
                    try vm.close(gen)
                }
            } catch let e as PyBaseException {
                vm.reportUnraisable(e, in: .object(gen))
            }
        }
    }

    /// Registers a generator that suspended inside a try/with block.
    func watchUntilExit(_ gen: PyGenerator) {
        gen.watchedUntilExit = true
        finalizers.watch(gen, gen.sequence)
    }

    /// Registers a task, whose fate is reported at exit if it is still alive.
    func watchUntilExit(_ task: PyTask) {
        finalizers.watch(task, finalizers.nextSequence())
    }

    /// Interpreter shutdown. CPython's cyclic GC finalizes what is still alive
    /// (globals and cycles, which the engine never frees) in the order the
    /// objects were created: so do we. A suspended generator is closed (or
    /// handed to its async finalizer hook), so its `finally` blocks run; tasks
    /// report as `finalizeTaskAtExit` says. For a task this matches CPython
    /// when the task is garbage (its coroutine, created first, closes first);
    /// a task still reachable from globals at exit may be reported before its
    /// coroutine closes in CPython.
    /// Returns the limit that stopped the cleanup, if one did.
    func finalizeAtExit() -> EngineStop? {
        do {
            try runFinalizers()
            try finalizeSurvivors()
            // Whatever only the survivors held has just been dropped.
            try runFinalizers()
        } catch let stop as EngineStop {
            return stop
        } catch {
            // Finalizers report their own exceptions; nothing else can arrive here.
        }
        return nil
    }

    private func finalizeSurvivors() throws {
        let alive = finalizers.exitWatch.values.sorted { $0.sequence < $1.sequence }.map { $0.object.takeUnretainedValue() }
        finalizers.exitWatch.removeAll()
        for object in alive {
            if let gen = object as? PyGenerator {
                try finalizeGeneratorAtExit(gen)
            } else if let task = object as? PyTask {
                try finalizeTaskAtExit(task)
            }
            try runFinalizers()
        }
    }

    private func finalizeGeneratorAtExit(_ gen: PyGenerator) throws {
        guard gen.state == .suspended, !gen.finalized else { return }
        gen.finalized = true
        do {
            if gen.needsFinalizer {
                _ = try call(gen.asyncState!.finalizer, CallArgs([.object(gen)]))
            } else {
                try close(gen)
            }
        } catch let e as PyBaseException {
            reportUnraisable(e, in: .object(gen))
        }
    }

    /// `PyErr_WriteUnraisable`: an exception nobody can catch, printed and dropped.
    func reportUnraisable(_ e: PyBaseException, in object: Value) {
        let shown = (try? repr(object)) ?? "<object repr() failed>"
        emitDiagnostic("Exception ignored in: \(shown)\n" + TracebackPrinter(vm: self).formatAlone(e))
    }
}
