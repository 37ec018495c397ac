/// The loop's timers: a binary min-heap ordered by (deadline's millisecond,
/// creation order). Deadlines that differ only by the virtual cost of the code
/// run between them count as equal and fire first-scheduled first (R4), as
/// CPython's late, millisecond-grained wake-ups make them do.
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

    /// The latest deadline among the timers in the top timer's millisecond;
    /// nil when no timer will ever be due (none, or only infinite deadlines,
    /// which CPython waits for forever). The heap orders by millisecond first,
    /// so those timers are the top's subtree of equal ticks: only they are
    /// visited, not the whole heap.
    var topTickEnd: Double? {
        guard let top = items.first else { return nil }
        let tick = Self.tick(top)
        var latest = Self.deadline(top)
        var pending = [0]
        while let i = pending.popLast() {
            latest = max(latest, Self.deadline(items[i]))
            for child in [2 * i + 1, 2 * i + 2] where child < items.count && Self.tick(items[child]) == tick {
                pending.append(child)
            }
        }
        return latest < .infinity ? latest : nil
    }

    /// Whether a timer is due by `end`.
    static func isDue(_ h: PyHandle, by end: Double) -> Bool {
        deadline(h) < end
    }

    /// A timer's deadline for ordering and waiting. NaN counts as time zero, due
    /// at once: CPython pops a timer unless `when >= end`, which NaN never is
    /// (when it reaches the heap's top, which for NaN depends on push order).
    private static func deadline(_ h: PyHandle) -> Double {
        let when = h.when ?? 0
        return when.isNaN ? 0 : when
    }

    /// A handle's deadline in whole milliseconds, the unit timers are ordered by;
    /// infinite deadlines sort last.
    static func tick(_ h: PyHandle) -> Int64 {
        let ms = (deadline(h) * 1000).rounded(.down)
        if ms >= 9.2e18 { return .max }
        if ms <= -9.2e18 { return .min }
        return Int64(ms)
    }

    private static func before(_ a: PyHandle, _ b: PyHandle) -> Bool {
        let (ta, tb) = (tick(a), tick(b))
        return ta != tb ? ta < tb : a.sequence < b.sequence
    }
}
