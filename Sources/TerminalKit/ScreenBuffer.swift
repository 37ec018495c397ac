/// A grid of cells to draw a frame into, without doing any I/O (ratatui's
/// `Buffer`). Frames are compared with `diff` so only changes are written.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    /// Cells row by row: `cells[row * width + column]`.
    public private(set) var cells: [Cell]

    /// A blank buffer. Negative sizes count as zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// A buffer holding `lines` of plain text (tests compare whole screens this way).
    public init(lines: [String], width: Int) {
        self.init(width: width, height: lines.count)
        for (row, line) in lines.enumerated() { write(StyledLine(plain: line), at: Position(row: row, column: 0)) }
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Each row as text, continuation cells left out, so a row's display
    /// width is always `width`.
    public var lines: [String] {
        (0..<height).map { row in
            cells[row * width..<(row + 1) * width].map(\.symbol).joined()
        }
    }

    /// Blanks every cell.
    public mutating func clear() {
        cells = Array(repeating: .blank, count: width * height)
    }

    // MARK: - Writing

    /// Writes `line` starting at `position`, clipped to the buffer and to
    /// `maxWidth` columns. Text is sanitized first (control characters become
    /// visible placeholders). A wide character that would not fit whole
    /// leaves a blank; overwriting half of an existing wide character blanks
    /// its other half. Zero-width graphemes are skipped.
    /// - Returns: the column after the last one written.
    @discardableResult
    public mutating func write(_ line: StyledLine, at position: Position, maxWidth: Int? = nil) -> Int {
        guard (0..<height).contains(position.row) else { return position.column }
        let limit = min(width, maxWidth.map { position.column + max(0, $0) } ?? width)
        var column = position.column
        for span in line.spans {
            let text = Sanitizer.sanitize(span.text, newlines: .visible, startColumn: max(0, column))
            for grapheme in text {
                let symbol = String(grapheme)
                let w = DisplayWidth.of(symbol)
                if w == 0 { continue }
                if column + w > limit {
                    if column >= 0 && column < limit { put(Cell(" ", style: span.style), at: position.row, column) }
                    return limit
                }
                if column >= 0 {
                    put(Cell(symbol, style: span.style), at: position.row, column)
                    if w == 2 { put(.continuation(span.style), at: position.row, column + 1) }
                } else if column + w > 0 {
                    put(Cell(" ", style: span.style), at: position.row, 0)  // right half of a clipped wide character
                }
                column += w
            }
        }
        return column
    }

    /// Writes plain or single-style text.
    @discardableResult
    public mutating func write(_ text: String, style: Style = .plain, at position: Position, maxWidth: Int? = nil) -> Int {
        write(StyledLine([StyledSpan(text, style)]), at: position, maxWidth: maxWidth)
    }

    /// Stores a cell, first repairing any wide character it cuts in half.
    private mutating func put(_ cell: Cell, at row: Int, _ column: Int) {
        let index = row * width + column
        let old = cells[index]
        if old.isContinuation && column > 0 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if old.width == 2 && column + 1 < width {
            cells[index + 1] = Cell(" ", style: old.style)
        }
        cells[index] = cell
    }
}
