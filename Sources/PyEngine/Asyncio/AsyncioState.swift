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

    /// The next automatic task name.
    func nextTaskName() -> String {
        taskCounter += 1
        return "Task-\(taskCounter)"
    }
}
