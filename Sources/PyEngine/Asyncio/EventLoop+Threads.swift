/// The event loop's wait when the program has threads: CPython's `select()`
/// releases the GIL until the next timer or until `call_soon_threadsafe`
/// writes to the loop's self-pipe.
extension PyEventLoop {
    /// Waits until `when` (loop seconds; nil for no timer), letting other threads
    /// run meanwhile. False when nothing could ever wake the loop.
    func waitWithThreads(until when: Double?, _ scheduler: ThreadScheduler) throws -> Bool {
        let deadline = when.map { max(Int64(($0 * 1e9).rounded(.up)), scheduler.now) }
        return try scheduler.block(until: deadline, on: self) != .deadlock
    }
}
