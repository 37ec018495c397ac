/// `_thread.lock` and `_thread.RLock`: the one blocking primitive the rest of
/// `threading`, `queue` and `concurrent.futures` are built from, in Python, as
/// CPython builds them.
final class PyThreadLock: PyObject {
    /// An RLock counts re-entries by its owner; a plain lock has no owner.
    let reentrant: Bool
    private(set) var isLocked = false
    /// The owning thread's serial and its re-entry count (RLock only).
    private(set) var owner: Int?
    private(set) var count = 0
    /// Threads blocked in `acquire`, served first come first served.
    private var waiters: [SimThread] = []

    init(reentrant: Bool) {
        self.reentrant = reentrant
        super.init(type: reentrant ? ThreadTypes.rlock : ThreadTypes.lock)
    }

    /// `acquire(blocking, timeout)`; `timeout` nil waits for ever. Blocking
    /// releases the GIL; an uncontended acquire does not, as in CPython.
    func acquire(_ vm: VM, blocking: Bool, timeout: Int64?) throws -> Bool {
        let me = vm.scheduler?.current.serial ?? 0
        if reentrant && isLocked && owner == me {
            count += 1
            return true
        }
        if !isLocked {
            take(by: me)
            return true
        }
        guard blocking, timeout != 0 else { return false }
        let scheduler = vm.threads
        let thread = scheduler.current
        waiters.append(thread)
        let wake = try scheduler.block(until: timeout.map { scheduler.now + $0 })
        if wake == .notified { return true }
        waiters.removeAll { $0 === thread }
        if wake == .deadlock { throw vm.threadDeadlock() }
        return false
    }

    private func take(by serial: Int) {
        isLocked = true
        owner = reentrant ? serial : nil
        count = 1
    }

    /// Unlocks, or hands the lock straight to the first waiter: in CPython the
    /// waiter's OS thread takes the semaphore without needing the GIL. A waiter
    /// whose timeout has passed has given up already, even if it has not run yet.
    func release(_ vm: VM) {
        while let next = waiters.first {
            waiters.removeFirst()
            if case .blocked(let deadline?, _) = next.state, deadline <= vm.virtualNanos { continue }
            take(by: next.serial)
            vm.threads.notify(next)
            return
        }
        isLocked = false
        owner = nil
        count = 0
    }

    /// `release()` from Python, with CPython's errors.
    func releaseChecked(_ vm: VM) throws {
        if reentrant {
            guard isLocked, owner == (vm.scheduler?.current.serial ?? 0) else {
                throw PyError.runtime("cannot release un-acquired lock")
            }
            count -= 1
            if count == 0 { release(vm) }
        } else {
            guard isLocked else { throw PyError.runtime("release unlocked lock") }
            release(vm)
        }
    }

    /// RLock `_release_save`: gives the lock up entirely, remembering the depth.
    func releaseAll(_ vm: VM) throws -> Int {
        guard isLocked, owner == (vm.scheduler?.current.serial ?? 0) else {
            throw PyError.runtime("cannot release un-acquired lock")
        }
        let depth = count
        release(vm)
        return depth
    }

    /// RLock `_acquire_restore`: takes the lock back at the saved depth.
    func restore(_ vm: VM, depth: Int) throws {
        _ = try acquire(vm, blocking: true, timeout: nil)
        count = depth
    }

    func isOwned(by vm: VM) -> Bool {
        isLocked && owner == (vm.scheduler?.current.serial ?? 0)
    }
}

extension PyThreadLock: NativeRepr {
    func repr(in vm: VM) -> String {
        let state = isLocked ? "locked" : "unlocked"
        guard reentrant else { return "<\(state) _thread.lock object at \(vm.address(self))>" }
        let ident = owner.map { SimThread.ident(serial: $0) } ?? 0
        return "<\(state) _thread.RLock object owner=\(ident) count=\(count) at \(vm.address(self))>"
    }
}

/// The lock classes, shared by every run like the other built-in types.
enum ThreadTypes {
    static let lock = BuiltinTypes.make("lock", module: "_thread")
    static let rlock = BuiltinTypes.make("RLock", module: "_thread")
    static let local = BuiltinTypes.make("_local", module: "_thread")
}

extension Builtins {
    /// Methods of `_thread.lock` and `_thread.RLock`.
    static func installThreadLockTypes() {
        for t in [ThreadTypes.lock, ThreadTypes.rlock] {
            t.addMethod("acquire") { vm, args in
                let lock: PyThreadLock = try vm.receiver(args, "acquire", t.name)
                let (blocking, timeout) = try lockAcquireArguments(vm, args.droppingSelf)
                return .bool(try lock.acquire(vm, blocking: blocking, timeout: timeout))
            }
            t.addMethod("__enter__", on: PyThreadLock.self, arity: 0...0) { vm, lock, _ in
                .bool(try lock.acquire(vm, blocking: true, timeout: nil))
            }
            t.addMethod("release", on: PyThreadLock.self, arity: 0...0) { vm, lock, _ in
                try lock.releaseChecked(vm)
                return .none
            }
            t.addMethod("__exit__") { vm, args in
                let lock: PyThreadLock = try vm.receiver(args, "__exit__", t.name)
                try lock.releaseChecked(vm)
                return .none
            }
        }
        ThreadTypes.lock.addMethod("locked", on: PyThreadLock.self, arity: 0...0) { _, lock, _ in .bool(lock.isLocked) }
        let r = ThreadTypes.rlock
        r.constructor = { _, _, args in
            try args.expect("RLock", min: 0, max: 0)
            return .object(PyThreadLock(reentrant: true))
        }
        r.addMethod("_is_owned", on: PyThreadLock.self, arity: 0...0) { vm, lock, _ in .bool(lock.isOwned(by: vm)) }
        r.addMethod("_release_save", on: PyThreadLock.self, arity: 0...0) { vm, lock, _ in
            .int(try lock.releaseAll(vm))
        }
        r.addMethod("_acquire_restore", on: PyThreadLock.self, arity: 1...1) { vm, lock, args in
            try lock.restore(vm, depth: vm.indexValue(args[0]) ?? 1)
            return .none
        }
        r.addMethod("_recursion_count", on: PyThreadLock.self, arity: 0...0) { vm, lock, _ in
            .int(lock.isOwned(by: vm) ? lock.count : 0)
        }
    }

    /// `acquire(blocking=True, timeout=-1)` as (blocking, timeout in nanoseconds
    /// or nil for no limit), with CPython's checks.
    private static func lockAcquireArguments(_ vm: VM, _ args: CallArgs) throws -> (Bool, Int64?) {
        let bound = try args.bind("acquire", positional: ["blocking", "timeout"], required: 0)
        let blocking = try bound[0].map { try vm.isTrue($0) } ?? true
        let seconds = try bound[1].map { try vm.realNumber($0) } ?? -1
        if !blocking && seconds != -1 { throw PyError.value("can't specify a timeout for a non-blocking call") }
        if seconds < 0 && seconds != -1 { throw PyError.value("timeout value must be positive") }
        if seconds > ThreadTypes.timeoutMax { throw PyError.overflow("timeout value is too large") }
        return (blocking, seconds == -1 ? nil : Int64((seconds * 1e9).rounded(.up)))
    }
}

extension ThreadTypes {
    /// `threading.TIMEOUT_MAX`, in seconds.
    static let timeoutMax = 9223372036.0
}
