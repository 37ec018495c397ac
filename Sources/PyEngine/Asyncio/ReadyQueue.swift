/// One piece of ready work. Task steps and wakeups, by far the most frequent,
/// are queued as they are instead of as a handle around a closure.
enum ReadyItem {
    /// `call_soon` callbacks, due timers and other engine callbacks.
    case handle(PyHandle)
    /// `Task.__step`, throwing the exception in if there is one.
    case step(PyTask, PyBaseException?)
    /// `Task.__wakeup`: the future the task awaited is done.
    case wakeup(PyTask, PyFuture)

    /// The handle CPython would have queued, for error reports.
    var handle: PyHandle {
        switch self {
        case .handle(let h): return h
        case .step(let task, let exc): return PyHandle(task.stepAction(exc), sequence: 0)
        case .wakeup(let task, let future): return PyHandle(task.wakeupAction(future), sequence: 0)
        }
    }
}

/// The loop's FIFO of ready work (`_ready`): a ring buffer, so taking the
/// first item never moves the others.
struct ReadyQueue {
    private var slots = [ReadyItem?](repeating: nil, count: 16)
    private var head = 0
    private(set) var count = 0

    mutating func append(_ item: ReadyItem) {
        if count == slots.count { grow() }
        slots[(head + count) & (slots.count - 1)] = item
        count += 1
    }

    /// Takes the oldest item; the queue must not be empty.
    mutating func removeFirst() -> ReadyItem {
        let item = slots[head]!
        slots[head] = nil
        head = (head + 1) & (slots.count - 1)
        count -= 1
        return item
    }

    mutating func removeAll() {
        self = ReadyQueue()
    }

    /// Doubles the capacity (always a power of two), oldest item first.
    private mutating func grow() {
        var bigger = [ReadyItem?](repeating: nil, count: slots.count * 2)
        for i in 0..<count { bigger[i] = slots[(head + i) & (slots.count - 1)] }
        slots = bigger
        head = 0
    }
}
