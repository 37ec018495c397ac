// MARK: - Diffing frames

extension ScreenBuffer {
    /// The bytes that turn a terminal showing `previous` into one showing
    /// `next`: only changed cells are written, the cursor is moved (CUP) only
    /// when the next change is not where the last write left it, and SGR is
    /// emitted only when the style changes. Starts from and ends in the
    /// default style.
    /// If the sizes differ, the screen is erased and `next` drawn whole.
    public static func diff(from previous: ScreenBuffer, to next: ScreenBuffer, mode: ColorMode) -> String {
        var out = ""
        var base = previous
        if previous.width != next.width || previous.height != next.height {
            out += ANSI.resetStyle + ANSI.eraseScreen
            base = ScreenBuffer(width: next.width, height: next.height)
        }
        var cursor: Position?
        // Every diff ends in the default style, so the next one may assume it.
        var style = Style.plain
        for row in 0..<next.height {
            for column in 0..<next.width {
                let cell = next[row, column]
                guard cell != base[row, column], !cell.isContinuation else { continue }
                let here = Position(row: row, column: column)
                if cursor != here { out += ANSI.moveTo(row: row, column: column) }
                if style != cell.style && mode != .none {
                    out += cell.style.isPlain ? ANSI.resetStyle : ANSI.sgr(for: cell.style, mode: mode)
                    style = cell.style
                }
                out += cell.symbol
                cursor = Position(row: row, column: column + cell.width)
            }
        }
        if !style.isPlain { out += ANSI.resetStyle }
        return out
    }

    /// Everything needed to draw `buffer` on a screen in an unknown state.
    public static func fullRedraw(_ buffer: ScreenBuffer, mode: ColorMode) -> String {
        ANSI.resetStyle + ANSI.eraseScreen
            + diff(from: ScreenBuffer(width: buffer.width, height: buffer.height), to: buffer, mode: mode)
    }
}
