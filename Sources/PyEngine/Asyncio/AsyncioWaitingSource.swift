/// asyncio's ways of waiting on several awaitables (`wait`, `as_completed`,
/// `shield`, `timeout`, `TaskGroup`), written in Python over the native loop.
extension VM {
    static let asyncioWaitingSource = ""
}
