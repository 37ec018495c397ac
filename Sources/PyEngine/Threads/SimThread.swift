import Foundation

/// One simulated Python thread. Its Python code runs on a real OS thread of its
/// own (so a blocking call deep in nested Swift calls can simply wait), but only
/// while it holds the scheduler's baton.
final class SimThread {
    enum State {
        /// Holds the baton (CPython: holds the GIL).
        case running
        /// Wants the baton since `since`; `order` breaks ties by when that began.
        case ready(since: Int64, order: Int)
        /// Waits for a notify, or until `deadline` (virtual nanoseconds).
        case blocked(deadline: Int64?, order: Int)
        case finished
    }

    /// Creation order: 0 is the main thread.
    let serial: Int
    var state: State
    /// Why the thread last left `blocked`.
    var wake = ThreadScheduler.Wake.notified
    /// What a blocked thread waits on, when something other than a lock can wake
    /// it (an event loop waiting for its next timer or a `call_soon_threadsafe`).
    weak var channel: AnyObject?
    /// The VM's per-thread state while another thread runs.
    var saved = ThreadState()
    /// Locks the thread holds until it ends (`_set_sentinel`); `join` waits on them.
    var sentinels: [PyThreadLock] = []
    /// The Python work, dropped as soon as it has run so no Python object is
    /// released off the baton.
    var body: ((VM) throws -> Void)?
    /// Signalled to hand this thread the baton.
    let baton = DispatchSemaphore(value: 0)

    init(serial: Int, state: State) {
        self.serial = serial
        self.state = state
    }

    var isFinished: Bool {
        if case .finished = state { return true }
        return false
    }

    /// `threading.get_ident()`: CPython shows pthread ids; these look alike and
    /// never change between runs.
    static func ident(serial: Int) -> Int { 140_245_600_000_000 - serial * 8_392_704 }

    /// `threading.get_native_id()`: a stand-in for the kernel's thread id.
    static func nativeID(serial: Int) -> Int { 4_200 + serial }

    /// When the thread began (or will begin) wanting the baton, if it can run
    /// without a notify.
    var readyTime: Int64? {
        switch state {
        case .ready(let since, _): return since
        case .blocked(let deadline, _): return deadline
        case .running, .finished: return nil
        }
    }

    /// Scheduling key: the earlier readiness wins, then the earlier request.
    var readyKey: (Int64, Int)? {
        switch state {
        case .ready(let since, let order): return (since, order)
        case .blocked(let deadline?, let order): return (deadline, order)
        default: return nil
        }
    }
}

/// The interpreter state that belongs to a thread rather than to the run:
/// CPython keeps these in each `PyThreadState`.
struct ThreadState {
    unowned(unsafe) var frame: Frame?
    var depth = 0
    var nativeDepth = 0
    var exceptionState = ExceptionState()
    var reraising = false
    var reprInProgress = Set<ObjectIdentifier>()
    var runningLoop: PyEventLoop?
    var eventLoop: PyEventLoop?
}

extension VM {
    func saveThreadState() -> ThreadState {
        ThreadState(frame: currentFrame, depth: depth, nativeDepth: nativeDepth,
                    exceptionState: exceptionState, reraising: reraising, reprInProgress: reprInProgress,
                    runningLoop: asyncio.runningLoop, eventLoop: asyncio.eventLoop)
    }

    func restoreThreadState(_ s: ThreadState) {
        currentFrame = s.frame
        depth = s.depth
        nativeDepth = s.nativeDepth
        exceptionState = s.exceptionState
        reraising = s.reraising
        reprInProgress = s.reprInProgress
        asyncio.runningLoop = s.runningLoop
        asyncio.eventLoop = s.eventLoop
    }
}
