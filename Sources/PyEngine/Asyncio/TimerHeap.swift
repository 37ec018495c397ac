/// The loop's timers: a binary min-heap ordered by (deadline, creation order),
/// so equal deadlines fire first-scheduled first (R4).
struct TimerHeap {
    private var items: [PyHandle] = []

    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
    var top: PyHandle? { items.first }
    /// The pending timers in no particular order (for deadlock reports).
    var all: [PyHandle] { items }

    mutating func push(_ h: PyHandle) {
        items.append(h)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard Self.before(items[i], items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    @discardableResult
    mutating func pop() -> PyHandle? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let first = items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var least = i
            if l < items.count && Self.before(items[l], items[least]) { least = l }
            if r < items.count && Self.before(items[r], items[least]) { least = r }
            if least == i { break }
            items.swapAt(i, least)
            i = least
        }
        return first
    }

    mutating func removeAll() { items.removeAll() }

    private static func before(_ a: PyHandle, _ b: PyHandle) -> Bool {
        let (wa, wb) = (a.when ?? 0, b.when ?? 0)
        return wa != wb ? wa < wb : a.sequence < b.sequence
    }
}
