#if canImport(Glibc)
import Glibc
#endif

/// `threading`: native thread starting, identities and locks (CPython's
/// `_thread`), under the Python classes of `ThreadingSource`.
extension VM {
    func makeThreadingModule() throws -> PyModule {
        let native: [(String, Value)] = [
            nativeFunction("_start_new_thread") { vm, args in
                try args.expect("start_new_thread", min: 2, max: 2)
                return .int(SimThread.ident(serial: try vm.startThread(args[0], vm.iterate(args[1])).serial))
            },
            nativeFunction("_allocate_lock") { _, args in
                try args.expect("allocate_lock", min: 0, max: 0)
                return .object(PyThreadLock(reentrant: false))
            },
            nativeFunction("_set_sentinel") { vm, _ in .object(vm.threadSentinel()) },
            nativeFunction("get_ident") { vm, args in
                try args.expect("get_ident", min: 0, max: 0)
                return .int(SimThread.ident(serial: vm.currentThreadSerial))
            },
            nativeFunction("get_native_id") { vm, args in
                try args.expect("get_native_id", min: 0, max: 0)
                return .int(SimThread.nativeID(serial: vm.currentThreadSerial))
            },
            nativeFunction("_print_exception") { vm, args in
                guard let e = args.positional.first?.asObject as? PyBaseException else { return .none }
                try vm.emit(TracebackPrinter(vm: vm).format(e), to: .stderr)
                return .none
            },
            ("_CRLock", .object(ThreadTypes.rlock)),
            ("LockType", .object(ThreadTypes.lock)),
            ("local", .object(ThreadTypes.local)),
            ("TIMEOUT_MAX", .float(ThreadTypes.timeoutMax)),
        ]
        return try makeModule("threading", native: native, source: Self.threadingSource)
    }

    /// The serial of the thread running now (0, the main thread, when the
    /// program never started another).
    var currentThreadSerial: Int { scheduler?.current.serial ?? 0 }

    /// `_start_new_thread(function, args)`: the thread calls `function(*args)`;
    /// an exception escaping it is reported the way CPython's `thread_run` does.
    func startThread(_ function: Value, _ args: [Value]) throws -> SimThread {
        let thread = try threads.start { vm in
            do {
                _ = try vm.call(function, CallArgs(args))
            } catch let e as PyBaseException {
                guard !e.isInstance(of: ExceptionTypes.systemExit) else { return }
                let header = "Exception ignored in thread started by: \((try? vm.repr(function)) ?? "?")\n"
                try vm.emit(header + TracebackPrinter(vm: vm).format(e), to: .stderr)
            }
        }
        if let tracer {
            tracer.record(.threadStarted(thread: thread.serial, name: traceThreadName(function, serial: thread.serial)))
        }
        return thread
    }

    /// The `threading.Thread`'s name when `function` is its bound `_bootstrap`.
    private func traceThreadName(_ function: Value, serial: Int) -> String {
        if let method = function.asObject as? PyBoundMethod,
           let name = tracer?.quietly({ try? getAttribute(method.receiver, PyStr.intern("name")) }),
           case .str(let s) = name {
            return s.value
        }
        return "Thread-\(serial)"
    }

    /// A locked lock that the current thread releases when it ends, which
    /// `Thread.join` waits on (`_thread._set_sentinel`).
    func threadSentinel() -> PyThreadLock {
        let lock = PyThreadLock(reentrant: false)
        _ = try? lock.acquire(self, blocking: false, timeout: nil)
        if let scheduler, scheduler.current.serial != 0 { scheduler.current.sentinels.append(lock) }
        return lock
    }

    /// `os.cpu_count()`: the processors online, as CPython counts them.
    static var cpuCount: Int {
        #if canImport(Glibc)
        return max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
        return 1
        #endif
    }
}

extension VM {
    /// `sys.getswitchinterval` and `sys.setswitchinterval`, kept in whole
    /// microseconds as CPython keeps them.
    func switchIntervalFunctions() -> [(String, Value)] {
        [
            nativeFunction("getswitchinterval") { vm, args in
                try args.expect("getswitchinterval", min: 0, max: 0)
                return .float(Double((vm.scheduler?.switchInterval ?? 5_000_000) / 1000) / 1e6)
            },
            nativeFunction("setswitchinterval") { vm, args in
                try args.expect("setswitchinterval", min: 1, max: 1)
                switch args[0] {
                case .int, .float, .bool: break
                default: throw PyError.type("must be real number, not \(vm.typeName(args[0]))")
                }
                let seconds = try vm.realNumber(args[0])
                guard seconds > 0 else { throw PyError.value("switch interval must be strictly positive") }
                vm.threads.switchInterval = Int64(seconds * 1e6) * 1000
                vm.threads.updateCheckpoint()
                return .none
            },
        ]
    }
}

extension VM {
    /// `threading._shutdown()` once the main module is done: non-daemon threads
    /// (executor workers included) finish before the program ends.
    func joinThreadsAtExit() throws {
        guard let shutdown = modules["threading"]?.dict.get("_shutdown") else { return }
        _ = try call(shutdown, CallArgs())
    }
}

extension VM {
    /// `threading.current_thread().name`, for messages.
    func currentThreadName() throws -> String {
        guard let current = modules["threading"]?.dict.get("current_thread") else { return "MainThread" }
        return try str(try getAttribute(try call(current, CallArgs()), PyStr.intern("name")))
    }
}
