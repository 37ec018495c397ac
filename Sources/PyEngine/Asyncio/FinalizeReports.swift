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
        report(context, future)
    }

    /// `TaskObj_finalize` for a task that never finished.
    func reportDestroyedPending(_ task: PyTask) {
        let context = PyDict()
        context.set("message", .string("Task was destroyed but it is pending!"))
        context.set("task", .object(task))
        report(context, task)
    }

    private func report(_ context: PyDict, _ future: PyFuture) {
        enqueueFinalizer { vm in
            do {
                try future.loop.callExceptionHandler(context, vm)
            } catch let e as PyBaseException {
                vm.reportUnraisable(e, in: .object(future))
            }
        }
    }

    /// What CPython's interpreter shutdown reports about tasks still alive at
    /// exit (held by globals or by reference cycles, which the engine never
    /// frees). CPython collects them with the cyclic GC in an order that depends
    /// on its object lists; the engine's rule matches the common case of a loop
    /// left with pending tasks (closed or not, held in a function or by the
    /// loop): in creation order, each pending task's coroutine is closed first,
    /// so its `finally` blocks run, then "Task was destroyed but it is pending!"
    /// shows it done; a task that failed unobserved reports its exception.
    func finalizeAtExit() {
        do {
            try runFinalizers()
            for task in asyncio.createdTasks.compactMap(\.object) {
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
                try runFinalizers()
            }
        } catch {
            // An engine limit reached while cleaning up: the run is over anyway.
        }
    }
}
