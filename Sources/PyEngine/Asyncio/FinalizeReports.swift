import LoopTrace
/// asyncio's reports about futures and tasks that die unobserved, made through
/// the loop's exception handler once the finalizer queue reaches them.
extension VM {
    /// `Future.__del__`: "Task exception was never retrieved" and the like.
    func reportNeverRetrieved(_ future: PyFuture) {
        guard let exception = future.exceptionValue else { return }
        let context = PyDict()
        context.set("message", .string("\(future.type.name) exception was never retrieved"))
        context.set("exception", .object(exception))
        context.set("future", .object(future))
        report(context, future, warning: .exceptionNeverRetrieved)
    }

    /// `TaskObj_finalize` for a task that never finished.
    func reportDestroyedPending(_ task: PyTask) {
        let context = PyDict()
        context.set("message", .string("Task was destroyed but it is pending!"))
        context.set("task", .object(task))
        report(context, task, warning: .destroyedPending)
    }

    private func report(_ context: PyDict, _ future: PyFuture, warning: TraceEvent.WarningKind) {
        enqueueFinalizer { vm in
            if let tracer = vm.tracer {
                let message = (context.get("message").flatMap { try? vm.str($0) }) ?? ""
                tracer.record(.warning(kind: warning, task: (future as? PyTask)?.traceID, text: message))
            }
            do {
                try future.loop.callExceptionHandler(context, vm)
            } catch let e as PyBaseException {
                vm.reportUnraisable(e, in: .object(future))
            }
        }
    }

    /// A task still alive at exit: a pending one has its coroutine closed (its
    /// `finally` blocks run) and is then reported destroyed; a failed one that
    /// nobody asked reports its exception.
    func finalizeTaskAtExit(_ task: PyTask) throws {
        if !task.isDone && task.logDestroyPending {
            task.logDestroyPending = false
            do {
                try close(task.coro)
            } catch let e as PyBaseException {
                reportUnraisable(e, in: .object(task.coro))
            }
            reportDestroyedPending(task)
        } else if task.logTraceback {
            task.logTraceback = false
            reportNeverRetrieved(task)
        }
    }
}
