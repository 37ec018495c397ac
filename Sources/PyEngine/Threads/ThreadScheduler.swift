import Foundation

/// Python threads, simulated on the virtual clock.
///
/// The model is CPython's GIL made deterministic. Each thread runs on an OS
/// thread of its own, so a `time.sleep` deep inside nested calls just waits
/// there, but exactly one of them holds the baton (the GIL) at any moment:
/// a hand-off signals the next thread's semaphore and waits on one's own.
/// Hand-offs happen only where CPython releases the GIL:
/// - a blocking call: `time.sleep` (even `sleep(0)`), acquiring a held lock
///   (so `join`, `Event.wait`, `Condition.wait`, `Future.result`, queue gets),
///   and an event loop waiting for its next timer;
/// - the switch interval: a thread that has wanted the GIL for
///   `sys.getswitchinterval()` (5 ms) of virtual time makes the running one let
///   go at its next instruction, as CPython's forced switch does.
/// The next thread is the one that has wanted the GIL longest (readiness time,
/// then request order). When no thread can run, the clock jumps to the earliest
/// deadline, so sleeping threads, timers and CPU work all overlap in virtual
/// time, and a run never waits in real time.
///
/// Where it differs from CPython: there is no preemption between switch
/// intervals, and `print` never releases the GIL (CPython's does whenever it
/// writes to an unbuffered or line-buffered stream), so outputs that race in
/// CPython come out one fixed way here: a new thread runs first until it
/// blocks, and threads woken at the same moment run in the order they began
/// waiting. A lock released while others wait goes straight to the first
/// waiter. Where CPython would hang with every thread blocked for good, the
/// main thread gets a RuntimeError instead.
final class ThreadScheduler {
    /// Why a blocked thread runs again.
    enum Wake {
        case notified, timedOut
        /// Nothing could ever wake any thread: the main thread gets this.
        case deadlock
    }

    /// Ends every other thread once one met an engine limit or failed inside
    /// the engine, and at the end of the program for daemon threads.
    private struct Abandoned: Error {}

    unowned let vm: VM
    /// Every thread ever started, in creation order; the main thread first.
    private(set) var all: [SimThread]
    /// The thread holding the baton.
    private(set) var current: SimThread
    /// `sys.getswitchinterval()`, in virtual nanoseconds.
    var switchInterval: Int64 = 5_000_000
    private var order = 0
    /// Set once the run is being torn down: every blocking call throws it.
    private var failure: Error?

    init(vm: VM) {
        self.vm = vm
        let main = SimThread(serial: 0, state: .running)
        all = [main]
        current = main
    }

    var now: Int64 { vm.virtualNanos }

    private func nextOrder() -> Int {
        order += 1
        return order
    }

    // MARK: Starting and ending threads

    /// Unfinished threads allowed at once: each is a real OS thread.
    static let maxLiveThreads = 1000

    /// A new thread that will run `body` once the running thread lets go.
    @discardableResult
    func start(_ body: @escaping (VM) throws -> Void) throws -> SimThread {
        if all.lazy.filter({ !$0.isFinished }).count >= Self.maxLiveThreads {
            throw PyError.runtime("can't start new thread (LoopLab allows \(Self.maxLiveThreads) threads at once)")
        }
        let thread = SimThread(serial: all.count, state: .ready(since: now, order: nextOrder()))
        thread.body = body
        all.append(thread)
        let os = Thread { [unowned(unsafe) self] in
            thread.baton.wait()
            self.enter(thread)
        }
        os.stackSize = Engine.largeStackSize
        os.start()
        updateCheckpoint()
        return thread
    }

    /// A thread's whole life once it first gets the baton.
    private func enter(_ thread: SimThread) {
        vm.restoreThreadState(thread.saved)
        if failure == nil {
            updateCheckpoint()
            do {
                try runBody(of: thread)
            } catch {
                failure = failure ?? error
            }
        }
        finish(thread)
    }

    /// Runs and drops the body; its captures are released here, on the baton.
    private func runBody(of thread: SimThread) throws {
        let body = thread.body
        thread.body = nil
        try body?(vm)
    }

    /// The thread's code has ended: release its sentinel locks (waking joiners)
    /// and hand the baton on for good.
    private func finish(_ thread: SimThread) {
        vm.tracer?.record(.threadFinished(thread: thread.serial))
        thread.state = .finished
        for lock in thread.sentinels where lock.isLocked { lock.release(vm) }
        thread.sentinels = []
        thread.saved = ThreadState()
        let next = failure == nil ? pickNext() : all[0]
        activate(next)
        next.baton.signal()
    }

    /// At the end of the run: unwinds every thread still blocked or waiting
    /// (daemon threads, or all of them after a failure), one at a time, so no
    /// OS thread outlives the VM. Called by the main thread.
    func shutdown() {
        if failure == nil { failure = Abandoned() }
        let main = all[0]
        let saved = vm.saveThreadState()
        // Unwinding threads could start new ones, so look again each time.
        while let thread = all.first(where: { $0 !== main && !$0.isFinished }) {
            activate(thread)
            thread.baton.signal()
            main.baton.wait()
        }
        activate(main)
        vm.restoreThreadState(saved)
    }

    // MARK: Blocking

    /// Gives up the baton until `notify`, the deadline, or a deadlock.
    /// `channel` names what a notifier looks for (see `notifyWaiter(on:)`).
    func block(until deadline: Int64?, on channel: AnyObject? = nil) throws -> Wake {
        if let failure { throw failure }
        let me = current
        me.state = .blocked(deadline: deadline, order: nextOrder())
        me.channel = channel
        defer { me.channel = nil }
        return try switchTo(pickNext())
    }

    /// `time.sleep`: the thread is away until the deadline.
    func sleep(nanos: Int64) throws {
        _ = try block(until: now + nanos)
    }

    /// Makes a blocked thread ready to run; it runs when the baton comes its way.
    func notify(_ thread: SimThread) {
        guard case .blocked = thread.state else { return }
        thread.state = .ready(since: now, order: nextOrder())
        thread.wake = .notified
        updateCheckpoint()
    }

    /// Wakes the thread blocked on `channel`, if any (`call_soon_threadsafe`).
    func notifyWaiter(on channel: AnyObject) {
        if let waiter = all.first(where: { $0.channel === channel }) { notify(waiter) }
    }

    // MARK: The switch interval

    /// Called from the eval loop at the checkpoint: lets a thread that has waited
    /// a whole switch interval take over.
    func switchIfDue() throws {
        if let failure { throw failure }
        guard let since = earliestReadiness(), since + switchInterval <= now || costsNothing else {
            updateCheckpoint()
            return
        }
        current.state = .ready(since: now, order: nextOrder())
        _ = try switchTo(pickNext())
    }

    /// With free instructions the clock never moves, so switch every interval's
    /// worth of instructions at the default cost instead.
    private var costsNothing: Bool { vm.config.instructionCostNanos <= 0 }

    /// Moves the eval loop's checkpoint to when the longest-waiting other thread
    /// will have waited a switch interval.
    func updateCheckpoint() {
        defer { vm.refreshCheckpoint() }
        guard let since = earliestReadiness() else {
            vm.threadSwitchCheckpoint = .max
            return
        }
        let counter = vm.instructionCounter.pointee
        let cost = vm.config.instructionCostNanos
        let due: Int
        if cost <= 0 {
            due = counter + Int(switchInterval / 25)
        } else {
            let remaining = since + switchInterval - now
            due = counter + Int(max(0, (remaining + cost - 1) / cost))
        }
        vm.threadSwitchCheckpoint = due - 1
    }

    /// The earliest moment another thread wanted (or will want) the baton.
    private func earliestReadiness() -> Int64? {
        all.lazy.filter { $0 !== self.current }.compactMap(\.readyTime).min()
    }

    // MARK: Hand-offs

    /// The thread to run next: the one ready longest; else the clock jumps to
    /// the earliest deadline; else nothing can ever run and the main thread
    /// learns of the deadlock.
    private func pickNext() -> SimThread {
        let time = now
        var best: (SimThread, (Int64, Int))?
        for thread in all {
            guard let key = thread.readyKey else { continue }
            if let b = best, !(key < b.1) { continue }
            best = (thread, key)
        }
        guard let (next, key) = best else {
            all[0].wake = .deadlock
            return all[0]
        }
        if case .blocked = next.state {
            next.wake = .timedOut
            if key.0 > time { vm.sleptNanos += key.0 - time }
        }
        return next
    }

    private func activate(_ thread: SimThread) {
        current = thread
        thread.state = .running
        vm.tracer?.thread = thread.serial
    }

    /// Passes the baton to `next` and waits to get it back.
    private func switchTo(_ next: SimThread) throws -> Wake {
        let me = current
        if next === me {
            activate(me)
            updateCheckpoint()
            return me.wake
        }
        me.saved = vm.saveThreadState()
        activate(next)
        next.baton.signal()
        me.baton.wait()
        vm.restoreThreadState(me.saved)
        me.saved = ThreadState()
        if let failure { throw failure }
        updateCheckpoint()
        return me.wake
    }
}

extension VM {
    /// The scheduler, made when a program first needs one.
    var threads: ThreadScheduler {
        if let scheduler { return scheduler }
        let made = ThreadScheduler(vm: self)
        scheduler = made
        return made
    }

    /// `time.sleep`: other threads run meanwhile; alone, the clock just moves on.
    func sleepVirtual(nanos: Int64) throws {
        if let scheduler {
            try scheduler.sleep(nanos: nanos)
        } else {
            sleptNanos += nanos
        }
    }

    /// Where CPython would hang: every thread waits for something that can no
    /// longer happen.
    func threadDeadlock() -> PyBaseException {
        PyError.runtime("deadlock: every thread is blocked and nothing can wake them, so CPython would wait forever")
    }
}
