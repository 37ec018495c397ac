/// The catalog of every escape sequence TerminalKit writes, in one place
/// (like linenoise's header comment). Nothing else in the package spells
/// out an escape sequence by hand.
///
/// Positions passed to these functions are zero-based; the sequences
/// themselves use the terminal's one-based coordinates.
public enum ANSI {
    /// ESC, the byte that starts every sequence.
    public static let escape = "\u{1B}"
    /// Control Sequence Introducer: `ESC [`.
    public static let csi = "\u{1B}["

    // MARK: - Cursor

    /// CUU: move the cursor up `n` rows (nothing when `n <= 0`).
    public static func cursorUp(_ n: Int = 1) -> String { n > 0 ? "\(csi)\(n)A" : "" }
    /// CUD: move the cursor down `n` rows.
    public static func cursorDown(_ n: Int = 1) -> String { n > 0 ? "\(csi)\(n)B" : "" }
    /// CUF: move the cursor right `n` columns.
    public static func cursorForward(_ n: Int = 1) -> String { n > 0 ? "\(csi)\(n)C" : "" }
    /// CUB: move the cursor left `n` columns.
    public static func cursorBack(_ n: Int = 1) -> String { n > 0 ? "\(csi)\(n)D" : "" }
    /// CUP: move the cursor to a zero-based row and column.
    public static func moveTo(row: Int, column: Int) -> String { "\(csi)\(row + 1);\(column + 1)H" }
    /// CHA: move the cursor to a zero-based column on the current row.
    public static func moveToColumn(_ column: Int) -> String { "\(csi)\(column + 1)G" }
    /// CUP with no parameters: top-left corner.
    public static let cursorHome = "\u{1B}[H"
    /// Carriage return: column 0 of the current row.
    public static let carriageReturn = "\r"
    /// DECTCEM off: hide the cursor.
    public static let hideCursor = "\u{1B}[?25l"
    /// DECTCEM on: show the cursor.
    public static let showCursor = "\u{1B}[?25h"
    /// DSR: ask the terminal to report the cursor position (`ESC [ row ; col R`).
    public static let requestCursorPosition = "\u{1B}[6n"

    // MARK: - Erasing

    /// EL 0: erase from the cursor to the end of the line.
    public static let eraseToEndOfLine = "\u{1B}[K"
    /// EL 2: erase the whole current line (the cursor does not move).
    public static let eraseLine = "\u{1B}[2K"
    /// ED 0: erase from the cursor to the end of the screen.
    public static let eraseToEndOfScreen = "\u{1B}[J"
    /// ED 2: erase the whole screen (the cursor does not move).
    public static let eraseScreen = "\u{1B}[2J"
    /// Home the cursor, then erase the screen: what Ctrl-L does.
    public static let clearScreen = cursorHome + eraseScreen

    // MARK: - Modes

    /// Switch to the alternate screen buffer (xterm 1049, saves the cursor).
    public static let enterAlternateScreen = "\u{1B}[?1049h"
    /// Return to the main screen buffer and restore the cursor.
    public static let leaveAlternateScreen = "\u{1B}[?1049l"
    /// Ask the terminal to wrap pastes in `ESC [200~` … `ESC [201~`.
    public static let enableBracketedPaste = "\u{1B}[?2004h"
    /// Stop wrapping pastes.
    public static let disableBracketedPaste = "\u{1B}[?2004l"
    /// Everything to write when giving the terminal back: plain style, cursor
    /// visible, no bracketed paste, main screen. Safe to write more than once.
    public static let restoreAll = resetStyle + showCursor + disableBracketedPaste + leaveAlternateScreen

    /// BEL: ring the bell.
    public static let bell = "\u{07}"

    // MARK: - SGR (Select Graphic Rendition)

    /// SGR 0: back to the default style.
    public static let resetStyle = "\u{1B}[0m"

    /// An SGR sequence with the given parameters, e.g. `sgr([1, 31])` is `ESC[1;31m`.
    public static func sgr(_ parameters: [Int]) -> String {
        "\(csi)\(parameters.map(String.init).joined(separator: ";"))m"
    }
}
