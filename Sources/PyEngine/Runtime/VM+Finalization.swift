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
final class FinalizerQueue {
    /// Set while jobs wait; the eval loop reads it before every instruction
    /// (a raw pointer, so the check costs no exclusivity bookkeeping).
    let pending: UnsafeMutablePointer<Bool>
    fileprivate var jobs: [(VM) throws -> Void] = []

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
    }

    /// Runs the queued jobs, including any they queue in turn.
    func runFinalizers() throws {
        while !finalizers.jobs.isEmpty {
            let job = finalizers.jobs.removeFirst()
            finalizers.pending.pointee = !finalizers.jobs.isEmpty
            try job(self)
        }
        finalizers.pending.pointee = false
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

    /// `PyErr_WriteUnraisable`: an exception nobody can catch, printed and dropped.
    func reportUnraisable(_ e: PyBaseException, in object: Value) {
        let shown = (try? repr(object)) ?? "<object repr() failed>"
        emitDiagnostic("Exception ignored in: \(shown)\n" + TracebackPrinter(vm: self).format(e))
    }
}
