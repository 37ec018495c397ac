/// Pages through long content like `less`, as a pure state machine: feed
/// it keys, then draw `visibleLines` and `statusLine`.
///
/// The last screen row is the status line, so `height - 1` content rows
/// are shown at a time.
public struct Pager: Equatable, Sendable {
    /// What the caller should do after a key.
    public enum Action: Equatable, Sendable {
        /// Nothing moved (already at the top/bottom, or an unknown key).
        case none
        /// The view scrolled: draw again.
        case redraw
        /// The reader asked to leave (q, Q, Ctrl-C, Esc).
        case quit
    }

    public private(set) var lines: [StyledLine]
    /// Screen rows, status line included.
    public private(set) var height: Int
    /// Index of the first visible line.
    public private(set) var top = 0

    public init(lines: [StyledLine], height: Int) {
        self.lines = lines
        self.height = max(2, height)
    }

    /// Content rows per screen.
    public var pageSize: Int { height - 1 }
    /// The largest `top` that still fills the screen.
    public var maxTop: Int { max(0, lines.count - pageSize) }
    /// The lines on screen now.
    public var visibleLines: ArraySlice<StyledLine> { lines[top..<min(lines.count, top + pageSize)] }
    /// True when the last line is on screen.
    public var atEnd: Bool { top >= maxTop }
    /// How far through the content the bottom of the screen is, 0–100.
    public var percent: Int {
        guard !lines.isEmpty else { return 100 }
        return min(100, (top + pageSize) * 100 / lines.count)
    }

    /// The status row: `-- more (42%) --  space: next page  q: quit`, or
    /// `-- end --  b: back  q: quit` on the last screen.
    public var statusLine: String {
        atEnd ? "-- end --  b: back  q: quit" : "-- more (\(percent)%) --  space: next page  q: quit"
    }

    /// Applies one key.
    public mutating func handle(_ key: KeyEvent) -> Action {
        switch key {
        case .character(" "), .character("f"), .pageDown, .control("f"), .control("v"):
            return scroll(to: top + pageSize)
        case .character("b"), .pageUp, .control("b"), .alt("v"):
            return scroll(to: top - pageSize)
        case .character("d"), .control("d"): return scroll(to: top + pageSize / 2)
        case .character("u"), .control("u"): return scroll(to: top - pageSize / 2)
        case .character("j"), .down, .enter, .control("n"), .control("e"): return scroll(to: top + 1)
        case .character("k"), .up, .control("p"), .control("y"): return scroll(to: top - 1)
        case .character("g"), .character("<"), .home: return scroll(to: 0)
        case .character("G"), .character(">"), .end: return scroll(to: maxTop)
        case .character("q"), .character("Q"), .control("c"), .escape: return .quit
        default: return .none
        }
    }

    /// Changes the screen height (after SIGWINCH), keeping `top` valid.
    public mutating func resize(height: Int) {
        self.height = max(2, height)
        top = min(top, maxTop)
    }

    private mutating func scroll(to newTop: Int) -> Action {
        let clamped = min(max(newTop, 0), maxTop)
        guard clamped != top else { return .none }
        top = clamped
        return .redraw
    }
}
