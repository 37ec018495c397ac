import LoopTrace

/// Where each tick sits on screen. Tick `i` covers columns
/// `boundaries[i] ..< boundaries[i + 1]`; one more column after the last tick
/// shows how the run ended (the "end column").
///
/// The axis is not linear in time, on purpose: each handle run gets the same
/// small width, so the order in which the loop ran things shows even when it all
/// happened at one virtual instant, and stretches of time (the loop idle, a call
/// blocking it) share the rest in proportion to how long they lasted. With more
/// handle runs than columns, several share a column (`LaneState.priority` decides
/// what shows).
public struct ColumnLayout: Equatable, Sendable {
    /// Columns for the ticks plus the end column.
    public let width: Int
    /// `ticks.count + 1` non-decreasing columns.
    public let boundaries: [Int]
    /// Columns given to each handle run that is not long.
    public let handleWidth: Double
    /// Which ticks take room in proportion to their length.
    let long: [Bool]
    let starts: [Int64]
    let ends: [Int64]
    let firstEvents: [Int]
    let eventTick: [Int]
    let eventTimes: [Int64]
    let endTime: Int64

    /// Lays `model`'s ticks out in `width` columns (the end column included).
    public init(model: TimelineModel, width: Int) {
        let ticks = model.ticks
        let widths = Self.widths(ticks, columns: Double(max(1, width - 1)), total: model.endTime - (ticks.first?.start ?? 0))
        var x = 0.0
        var boundaries = [0]
        for w in widths {
            x += w
            boundaries.append(Int(x.rounded()))
        }
        self.boundaries = boundaries
        self.width = (boundaries.last ?? 0) + 1
        handleWidth = Self.shortWidth(ticks, columns: Double(max(1, width - 1)), total: model.endTime - (ticks.first?.start ?? 0))
        let total = model.endTime - (ticks.first?.start ?? 0)
        long = ticks.map { Self.isLong($0, total: total) }
        starts = ticks.map(\.start)
        ends = ticks.map(\.end)
        firstEvents = ticks.map(\.firstEvent)
        eventTick = model.eventTick
        eventTimes = model.events.map(\.time)
        endTime = model.endTime
    }

    public var tickCount: Int { boundaries.count - 1 }
    /// The column after the last tick.
    public var endColumn: Int { boundaries.last ?? 0 }

    // MARK: - Widths

    /// A tick is drawn in proportion to its length when it is idle time, code outside
    /// the loop, or a handle run that blocked or took at least 1% of the run.
    static func isLong(_ tick: Tick, total: Int64) -> Bool {
        guard tick.duration > 0 else { return false }
        if case .handle = tick.kind {
            return tick.block != nil || tick.duration >= max(TimelineModel.gapNanos, total / 100)
        }
        return true
    }

    /// The width of a short tick: two columns when that leaves room for time to
    /// show, one when it must, and a fraction when handle runs outnumber columns.
    static func shortWidth(_ ticks: [Tick], columns: Double, total: Int64) -> Double {
        let short = Double(ticks.filter { !isLong($0, total: total) }.count)
        guard short > 0 else { return 0 }
        let anyLong = ticks.contains { isLong($0, total: total) }
        if !anyLong {
            let fit = columns / short
            return fit >= 1 ? min(3, fit.rounded(.down)) : fit
        }
        if 2 * short <= 0.5 * columns { return 2 }
        if short <= 0.6 * columns { return 1 }
        return 0.6 * columns / short
    }

    static func widths(_ ticks: [Tick], columns: Double, total: Int64) -> [Double] {
        let k = shortWidth(ticks, columns: columns, total: total)
        let long = ticks.indices.filter { isLong(ticks[$0], total: total) }
        var widths = ticks.map { isLong($0, total: total) ? 0 : k }
        guard !long.isEmpty else { return widths }
        let room = max(0, columns - k * Double(ticks.count - long.count))
        let minimum = min(1, room / Double(long.count))
        // Water-filling: ticks too short for `minimum` get it, the rest share
        // what remains in proportion to their durations.
        var atMinimum = Set<Int>()
        while true {
            let free = long.filter { !atMinimum.contains($0) }
            let time = free.reduce(0.0) { $0 + Double(ticks[$1].duration) }
            let scale = time > 0 ? (room - minimum * Double(atMinimum.count)) / time : 0
            let tooSmall = free.filter { Double(ticks[$0].duration) * scale < minimum }
            if tooSmall.isEmpty {
                for i in free { widths[i] = Double(ticks[i].duration) * scale }
                for i in atMinimum { widths[i] = minimum }
                return widths
            }
            atMinimum.formUnion(tooSmall)
        }
    }

    // MARK: - Looking things up

    /// True when tick `index` is drawn in proportion to its length: time moved there.
    public func isLong(_ index: Int) -> Bool { long[index] }

    /// Columns of ticks `from ..< to` (at least one, so nothing vanishes), plus the
    /// end column when `throughEnd` (a state that lasts to the end of the run).
    public func columns(from: Int, to: Int, throughEnd: Bool = false) -> Range<Int> {
        let lower = boundaries[min(from, tickCount)]
        var upper = throughEnd ? endColumn + 1 : boundaries[min(to, tickCount)]
        if upper <= lower {
            // A tick squeezed to nothing at the very end borrows the column before:
            // the end column is for how things ended.
            if lower >= endColumn && lower > 0 { return lower - 1..<lower }
            upper = lower + 1
        }
        return lower..<min(upper, width)
    }

    /// The tick drawn in column `column` (the first, if several share it); nil for the end column.
    public func tick(atColumn column: Int) -> Int? {
        guard column < endColumn else { return nil }
        var low = 0, high = tickCount - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if boundaries[mid] <= column { low = mid } else { high = mid - 1 }
        }
        // Ticks of zero width at this column come before the one that covers it.
        while low > 0 && boundaries[low] == column && boundaries[low - 1] == column { low -= 1 }
        return low
    }

    /// Virtual time at the left edge of a column.
    public func time(atColumn column: Int) -> Int64 {
        guard let t = tick(atColumn: column) else { return endTime }
        let span = boundaries[t + 1] - boundaries[t]
        guard span > 1 else { return starts[t] }
        let fraction = Double(column - boundaries[t]) / Double(span)
        return starts[t] + Int64(Double(ends[t] - starts[t]) * fraction)
    }

    /// Virtual time at a fractional column (for a playback cursor moving through idle time).
    public func time(atPosition position: Double) -> Int64 {
        let column = Int(position.rounded(.down))
        guard let t = tick(atColumn: column) else { return endTime }
        let span = Double(max(1, boundaries[t + 1] - boundaries[t]))
        let fraction = min(1, max(0, (position - Double(boundaries[t])) / span))
        return starts[t] + Int64(Double(ends[t] - starts[t]) * fraction)
    }

    /// Where event `index` is drawn: in a stretch of time, where its time falls;
    /// in a handle run, its share of the run's columns in event order.
    public func position(ofEvent index: Int) -> Double {
        guard index < eventTick.count else { return Double(endColumn) }
        let t = eventTick[index]
        guard t < tickCount else { return Double(endColumn) }
        if long[t] {
            let fraction = Double(eventTimes[index] - starts[t]) / Double(max(1, ends[t] - starts[t]))
            return Double(boundaries[t]) + min(1, max(0, fraction)) * Double(boundaries[t + 1] - boundaries[t])
        }
        let first = firstEvents[t]
        let next = t + 1 < tickCount ? firstEvents[t + 1] : eventTick.count
        let fraction = next > first ? Double(index - first) / Double(next - first) : 0
        let span = Double(max(1, boundaries[t + 1] - boundaries[t]))
        return Double(boundaries[t]) + max(0, fraction) * span
    }
}
