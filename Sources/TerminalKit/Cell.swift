/// A zero-based screen position.
public struct Position: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// One screen cell: a grapheme and its style. A wide character fills its
/// own cell and the next one, which holds a continuation cell (empty symbol).
public struct Cell: Equatable, Sendable {
    /// The grapheme shown, " " for an empty cell, "" for a continuation.
    public var symbol: String
    public var style: Style

    public init(_ symbol: String, style: Style = .plain) {
        self.symbol = symbol
        self.style = style
    }

    /// An empty, unstyled cell.
    public static let blank = Cell(" ")
    /// The right half of a wide character.
    public static func continuation(_ style: Style) -> Cell { Cell("", style: style) }

    /// True for the right half of a wide character.
    public var isContinuation: Bool { symbol.isEmpty }
    /// Columns the symbol takes: 0 (continuation), 1 or 2.
    public var width: Int { DisplayWidth.of(symbol) }
}
