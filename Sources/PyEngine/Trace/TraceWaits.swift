import LoopTrace

/// What a suspended task waits for, read from where its chain of awaits stopped.
/// When the chain ends inside the asyncio library, the outermost library call
/// of that tail (`sleep`, `Queue.get`, `Lock.acquire`, a `TaskGroup` exit...)
/// names the wait; otherwise the future the task yielded does (a task, a
/// gather, a shield, an executor job, any other future).
extension VM {
    func traceWait(of task: PyTask, yielded: Value) -> Wait {
        let frames = awaitChain(task.coro)
        var start = frames.count
        while start > 0 && frames[start - 1].code.filename == Self.asyncioFilename { start -= 1 }
        if start < frames.count, let wait = libraryWait(frames[start...], yielded: yielded, task) { return wait }
        return futureWait(yielded, task)
    }

    /// The frames of `coro` and of every coroutine or generator it awaits, outermost first.
    private func awaitChain(_ coro: PyGenerator) -> [Frame] {
        var frames: [Frame] = []
        var next: PyGenerator? = coro
        while let g = next {
            frames.append(g.frame)
            next = g.delegate?.asObject as? PyGenerator
        }
        return frames
    }

    // MARK: Library calls

    private func libraryWait(_ run: ArraySlice<Frame>, yielded: Value, _ task: PyTask) -> Wait? {
        let outer = run[run.startIndex]
        let receiver = outer.traceLocal("self")
        let typeName = receiver?.asObject?.type.name ?? ""
        switch outer.code.qualifiedName {
        case "sleep": return sleepWait(outer, yielded: yielded)
        case "wait_for": return waitForWait(run, yielded: yielded)
        case "wait": return waitWait(run)
        case "as_completed.<locals>.next_result": return asCompletedWait(outer, task)
        case "TaskGroup.__aexit__": return taskGroupWait(receiver)
        case "_AsyncWith.__aenter__": return primitiveWait(receiver, label: "async with \(typeName)")
        case "Lock.acquire", "Semaphore.acquire": return primitiveWait(receiver, label: "\(typeName).acquire()")
        case "Event.wait": return Wait(kind: .event, label: "Event.wait()")
        case "Condition.wait", "Condition.wait_for": return Wait(kind: .condition, label: outer.code.qualifiedName + "()")
        case "Barrier.wait", "Barrier.__aenter__", "Barrier.reset", "Barrier.abort":
            return Wait(kind: .barrier, label: outer.code.qualifiedName + "()")
        case "Queue.get": return Wait(kind: .queueGet, label: "\(typeName).get()")
        case "Queue.put": return Wait(kind: .queuePut, label: "\(typeName).put()")
        case "Queue.join": return Wait(kind: .queueJoin, label: "\(typeName).join()")
        default: return nil
        }
    }

    private func sleepWait(_ frame: Frame, yielded: Value) -> Wait {
        let label = "sleep(\(frame.traceLocal("delay").map(traceArgument) ?? ""))"
        if yielded.isNone { return Wait(kind: .yield, label: label) }
        return Wait(kind: .sleep, label: label, until: deadline(frame.traceLocal("timer")))
    }

    /// `wait_for(aw, timeout)`: the inner task, with the timeout's deadline.
    private func waitForWait(_ run: ArraySlice<Frame>, yielded: Value) -> Wait {
        let frame = run[run.startIndex]
        let inner = (frame.traceLocal("inner") ?? yielded).asObject as? PyFuture
        var label = "wait_for(\(inner.map(futureName) ?? "..."), \(frame.traceLocal("timeout").map(traceArgument) ?? "None"))"
        // Past the timeout, it waits (with no deadline) for the cancelled inner task to end.
        let cancelling = run.contains { $0.code.qualifiedName == "_stop_and_join" }
        if cancelling { label += ": timed out, cancelling" }
        let tasks = (inner as? PyTask).map { [$0.traceID] } ?? []
        return Wait(kind: tasks.isEmpty ? .future : .task, label: label,
                    until: cancelling ? nil : deadline(frame.traceLocal("timer")), tasks: tasks)
    }

    /// `wait(fs)`: every input that is a task, with the timeout's deadline.
    private func waitWait(_ run: ArraySlice<Frame>) -> Wait {
        let frame = run[run.startIndex]
        let inputs = ((frame.traceLocal("fs")?.asObject as? PyList)?.items ?? []).compactMap { $0.asObject as? PyFuture }
        var label = "wait([\(inputs.map(futureName).joined(separator: ", "))]"
        if let mode = frame.traceLocal("return_when"), case .str(let s) = mode, s.value != "ALL_COMPLETED" {
            label += ", return_when=\(s.value)"
        }
        if let timeout = frame.traceLocal("timeout"), !timeout.isNone { label += ", timeout=\(traceArgument(timeout))" }
        let timer = run.first { $0.code.qualifiedName == "_wait_on" }?.traceLocal("timer")
        return Wait(kind: .tasks, label: label + ")", until: deadline(timer), tasks: inputs.compactMap { ($0 as? PyTask)?.traceID })
    }

    /// `as_completed`: the tasks whose completion callback feeds this iterator.
    private func asCompletedWait(_ frame: Frame, _ task: PyTask) -> Wait {
        let arrivals = frame.traceLocal("arrivals")?.asObject
        let feeding = task.loop.tasks.all.filter { candidate in
            candidate.callbacks.contains { callback in
                guard case .python(let fn) = callback, let f = fn.asObject as? PyFunction,
                      f.qualifiedName == "as_completed.<locals>.on_done" else { return false }
                return f.traceClosureValue("arrivals")?.asObject === arrivals
            }
        }
        return Wait(kind: .tasks, label: "as_completed(): next result", tasks: feeding.map(\.traceID))
    }

    private func taskGroupWait(_ group: Value?) -> Wait {
        let children = ((group?.asObject as? PyInstance)?.dict.get("_tasks")?.asObject as? PyDict)?.keys ?? []
        let tasks = children.compactMap { ($0.asObject as? PyTask)?.traceID }
        return Wait(kind: .tasks, label: "TaskGroup exit: \(tasks.count) task\(tasks.count == 1 ? "" : "s") left", tasks: tasks)
    }

    /// A lock, condition or semaphore, by the class the receiver derives from.
    private func primitiveWait(_ receiver: Value?, label: String) -> Wait? {
        let kinds: [String: Wait.Kind] = ["Lock": .lock, "Condition": .condition, "Semaphore": .semaphore]
        guard let type = receiver?.asObject?.type,
              let kind = type.mro.lazy.compactMap({ $0.module == "asyncio.locks" ? kinds[$0.name] : nil }).first else { return nil }
        return Wait(kind: kind, label: label)
    }

    // MARK: Futures

    private func futureWait(_ yielded: Value, _ task: PyTask) -> Wait {
        guard let future = yielded.asObject as? PyFuture else {
            return Wait(kind: .yield, label: yielded.isNone ? "yield" : "bad yield: the task gets an error next step")
        }
        if !future.blocking || future.loop !== task.loop || future === task {
            return Wait(kind: .yield, label: "bad yield: the task gets an error next step")
        }
        if let awaited = future as? PyTask {
            return Wait(kind: .task, label: awaited.name, tasks: [awaited.traceID])
        }
        if let gathering = future as? GatheringFuture {
            let names = gathering.children.map(futureName).joined(separator: ", ")
            return Wait(kind: .tasks, label: "gather(\(names))", tasks: gathering.children.compactMap { ($0 as? PyTask)?.traceID })
        }
        if let job = tracer?.job(of: future) {
            return Wait(kind: .executor, label: tracer?.jobLabels[job] ?? "executor job \(job)", job: job)
        }
        if let inner = shieldedFuture(future) {
            let tasks = (inner as? PyTask).map { [$0.traceID] } ?? []
            return Wait(kind: tasks.isEmpty ? .future : .task, label: "shield(\(futureName(inner)))", tasks: tasks)
        }
        return Wait(kind: .future, label: "Future")
    }

    /// The inner future of a `shield()`'s outer one.
    private func shieldedFuture(_ outer: PyFuture) -> PyFuture? {
        for callback in outer.callbacks {
            if case .python(let fn) = callback, let f = fn.asObject as? PyFunction,
               f.qualifiedName == "shield.<locals>.outer_done" {
                return f.traceClosureValue("inner")?.asObject as? PyFuture
            }
        }
        return nil
    }

    /// A task's name, or the kind of future.
    private func futureName(_ f: PyFuture) -> String {
        if let task = f as? PyTask { return task.name }
        if let job = tracer?.job(of: f), let label = tracer?.jobLabels[job] { return label }
        return f.type.name
    }

    /// A timer handle's deadline, unless it was cancelled.
    private func deadline(_ timer: Value?) -> Int64? {
        guard let h = timer?.asObject as? PyHandle, !h.cancelled, let when = h.when else { return nil }
        return traceNanos(when)
    }
}
