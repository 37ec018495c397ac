/// asyncio's state for one run: which loop is running, the loop `get_event_loop`
/// hands out, and the counter behind the `Task-N` names.
final class AsyncioState {
    var runningLoop: PyEventLoop?
    var eventLoop: PyEventLoop?
    /// CPython numbers tasks with one process-wide counter; a run is our process.
    var taskCounter = 0
    /// The Python `sleep` body's await points, once `installDirectSleep` ran.
    var sleepSite: SleepSite?
    /// The engine's shortcuts for `asyncio.Queue`, once installed.
    var queueStandIns: QueueStandIns?
    /// Every task's trace id. Equal to N of `Task-N` until a named task made by
    /// `Task(..., name=)` or `loop.create_task(..., name=)` skips a number.
    var traceCounter = 0
    /// `sys.set_asyncgen_hooks`: called on an async generator's first iteration
    /// and when it is dropped unfinished; a running loop installs its own.
    var asyncGenHooks = (firstiter: Value.none, finalizer: Value.none)

    /// The next task's trace id.
    func nextTraceID() -> Int {
        traceCounter += 1
        return traceCounter
    }

    /// The next automatic task name.
    func nextTaskName() -> String {
        taskCounter += 1
        return "Task-\(taskCounter)"
    }
}
