/// asyncio's synchronization primitives and queues, written in Python over the
/// native loop and futures.
extension VM {
    static let asyncioSyncSource = ""
}
