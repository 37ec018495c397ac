import LoopTrace

/// Where CPython iterates a set of tasks or coroutines, its order follows
/// memory addresses (R44): `wait()`'s result sets, `as_completed()` starting
/// coroutines, a `TaskGroup` cancelling its children, `asyncio.run` cancelling
/// what is left. The engine uses argument or creation order instead, and a
/// traced run notes each place where that choice could show.
extension VM {
    /// `_distinct(items)`: the items without repeats, in first-seen order (the
    /// engine's stand-in for CPython's `set(items)`).
    func distinctInOrder(_ items: Value) throws -> Value {
        let seen = PyDict()
        for item in try iterate(items) { try seen.set(item, .none, self) }
        let kept = seen.keys
        if tracer != nil { noteSetOrder(kept) }
        return .object(PyList(kept))
    }

    /// Records an `address_order` warning when the order used could differ from CPython's.
    private func noteSetOrder(_ items: [Value]) {
        let futures = items.compactMap { $0.asObject as? PyFuture }
        switch currentFrame?.code.qualifiedName {
        case "wait" where items.count > 1:
            traceAddressOrder("wait() returns sets, which CPython orders by memory address; the engine keeps argument order", futures)
        case "as_completed" where items.filter(isCoroutine).count > 1:
            traceAddressOrder("as_completed() starts coroutines in set order (memory addresses) in CPython; the engine starts them in argument order", [])
        case "TaskGroup._abort":
            let cancelled = futures.filter { !$0.isDone }
            if cancelled.count > 1 {
                let group = currentFrame?.traceLocal("self")?.asObject as? PyInstance
                let parent = group?.dict.get("_parent_task")?.asObject as? PyTask
                traceAddressOrder("a TaskGroup cancels its tasks in set order (memory addresses) in CPython; the engine cancels them in creation order",
                                  cancelled, task: parent?.traceID)
            }
        default:
            break
        }
    }

    /// `asyncio.run`'s teardown cancels the leftover tasks in creation order.
    func noteTeardownOrder(_ tasks: [PyTask]) {
        guard tracer != nil, tasks.count > 1 else { return }
        traceAddressOrder("asyncio.run cancels the tasks left at its end in set order (memory addresses) in CPython; the engine cancels them in creation order", tasks)
    }

    /// The warning, about `task` (by default the running one), naming the order used.
    private func traceAddressOrder(_ text: String, _ order: [PyFuture], task: TraceEvent.TaskID? = nil) {
        let names = order.map { ($0 as? PyTask)?.name ?? $0.type.name }
        trace(.warning(kind: .addressOrder, task: task ?? traceRunningTask,
                       text: names.isEmpty ? text : text + ": " + names.joined(separator: ", ")))
    }
}
