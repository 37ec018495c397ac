import PyNumerics

/// Reprs of futures, tasks and handles in CPython 3.11's forms, e.g.
/// `<Task pending name='Task-1' coro=<main() running at x.py:3>>`.
extension VM {
    func futureRepr(_ f: PyFuture) -> String {
        var info = [stateName(f)]
        if let task = f as? PyTask {
            if task.cancelRequests > 0 && !task.isDone { info[0] = "cancelling" }
            info.append("name='\(task.name)'")
            info.append("coro=<\(coroutineText(task.coro))>")
            if let w = task.waiter { info.append("wait_for=\(futureRepr(w))") }
        }
        if f.state == .finished {
            if let e = f.exceptionValue {
                info.append("exception=\((try? repr(.object(e))) ?? "?")")
            } else {
                info.append("result=\((try? repr(f.resultValue)) ?? "?")")
            }
        }
        if !f.callbacks.isEmpty { info.append("cb=[\(callbacksText(f.callbacks))]") }
        return "<\(f.type.name) \(info.joined(separator: " "))>"
    }

    private func stateName(_ f: PyFuture) -> String {
        switch f.state {
        case .pending: return "pending"
        case .cancelled: return "cancelled"
        case .finished: return "finished"
        }
    }

    /// `main() running at x.py:3` or `main() done, defined at x.py:1`.
    func coroutineText(_ coro: PyGenerator) -> String {
        let code = coro.frame.code
        let name = coro.qualifiedName + "()"
        // A task driving `aclose()` and the like shows the built-in awaitable.
        if code.qualifiedName == "_await_builtin" { return name }
        switch coro.state {
        case .closed: return "\(name) done, defined at \(code.filename):\(code.firstLine)"
        case .created: return "\(name) running at \(code.filename):\(code.firstLine)"
        case .suspended, .running: return "\(name) running at \(code.filename):\(coro.frame.line)"
        }
    }

    /// One, two, or first-and-last callbacks, as CPython abbreviates them.
    private func callbacksText(_ callbacks: [PyFuture.Callback]) -> String {
        let texts = callbacks.map(callbackText)
        switch texts.count {
        case 1, 2: return texts.joined(separator: ", ")
        default: return "\(texts[0]), <\(texts.count - 2) more>, \(texts[texts.count - 1])"
        }
    }

    private func callbackText(_ cb: PyFuture.Callback) -> String {
        switch cb {
        case .python(let fn): return callableText(fn, args: [])
        case .native(let name, _): return name + "()"
        case .wakeup: return "Task.task_wakeup()"
        }
    }

    /// `f(1, 2) at x.py:4` for Python functions, `print(1)` for built-ins.
    func callableText(_ fn: Value, args: [Value]) -> String {
        let shown = args.map { (try? repr($0)) ?? "?" }.joined(separator: ", ")
        switch fn.asObject {
        case let f as PyFunction:
            return "\(f.qualifiedName)(\(shown)) at \(f.code.filename):\(f.code.firstLine)"
        case let b as PyBuiltinFunction:
            return "\(b.name)(\(shown))"
        case let m as PyBoundMethod:
            return callableText(m.function, args: args)
        default:
            return "\((try? repr(fn)) ?? "?")(\(shown))"
        }
    }

    func handleRepr(_ h: PyHandle) -> String {
        var info = [h.type.name]
        if h.cancelled { info.append("cancelled") }
        if let when = h.when { info.append("when=\(FloatFormat.repr(when))") }
        if !h.cancelled {
            switch h.action {
            case .call(let fn, let args): info.append(callableText(fn, args: args))
            case .native(let name, _): info.append(name + "()")
            }
        }
        return "<\(info.joined(separator: " "))>"
    }
}
