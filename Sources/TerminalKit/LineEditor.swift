/// Suggests completions for the word before the cursor.
/// - Parameters: the whole line, and the cursor as a `Character` offset.
/// - Returns: replacements for the word that ends at the cursor (see
///   `LineEditor.completionWordStart`), e.g. `["asyncio.gather", "asyncio.get_event_loop"]`.
public typealias Completer = @Sendable (_ line: String, _ cursor: Int) -> [String]

/// Everything the line editor knows, as a value.
public struct LineEditState: Equatable, Sendable {
    /// The line being edited, one element per grapheme.
    public var buffer: [Character] = []
    /// Insertion point: an index into `buffer` (0...buffer.count).
    public var cursor: Int = 0
    /// Which history entry is shown, or nil when editing a fresh line.
    public var historyIndex: Int?
    /// The fresh line put aside while browsing history.
    public var draft: [Character]?
    /// Text removed by the last kill command, for Ctrl-Y.
    public var killBuffer: [Character] = []
    /// True right after a Tab that found several candidates; the next Tab lists them.
    public var tabPending = false
    /// Candidates listed by a second Tab; the view shows them until the next key.
    public var completionCandidates: [String] = []

    public init(text: String = "") {
        buffer = Array(text)
        cursor = buffer.count
    }

    /// The line as a string.
    public var text: String { String(buffer) }
}

/// What the caller should do after a key.
public enum LineEditAction: Equatable, Sendable {
    /// Nothing visible changed.
    case none
    /// The line changed or the cursor moved: draw it again.
    case redraw
    /// The key did nothing useful (no completion, start of line…): ring the bell.
    case bell
    /// Enter: the finished line. The state is already empty for the next one.
    case submit(String)
    /// Ctrl-C: the line was abandoned and cleared.
    case cancel
    /// Ctrl-D on an empty line.
    case endOfFile
    /// Ctrl-L: clear the screen, then redraw.
    case clearScreen
    /// Second Tab: list these candidates below the line, then redraw.
    case showCompletions([String])
}

/// A single-line editor in the readline/linenoise tradition, as a pure
/// state machine: `reduce(state, key)` returns the next state and an action.
/// `LineEditor` bundles the state with a `History` and a `Completer`.
public struct LineEditor: Sendable {
    public var state = LineEditState()
    public var history: History
    public var completer: Completer?

    public init(history: History = History(), completer: Completer? = nil) {
        self.history = history
        self.completer = completer
    }

    /// Applies one key; a submitted line is added to `history`.
    public mutating func handle(_ key: KeyEvent) -> LineEditAction {
        let (next, action) = Self.reduce(state, key, history: history.entries, completer: completer)
        state = next
        if case .submit(let line) = action { history.add(line) }
        return action
    }

    /// The whole editor: next state and action for one key.
    public static func reduce(_ state: LineEditState, _ key: KeyEvent, history: [String],
                              completer: Completer?) -> (LineEditState, LineEditAction) {
        var s = state
        let wasTab = s.tabPending
        s.tabPending = false
        s.completionCandidates = []
        if key == .tab {
            let action = complete(&s, completer: completer, secondTab: wasTab)
            return (s, action)
        }
        let action = apply(key, to: &s, history: history)
        return (s, action)
    }

    // MARK: - Dispatch

    private static func apply(_ key: KeyEvent, to s: inout LineEditState, history: [String]) -> LineEditAction {
        switch key {
        case .character(let c): return insert([c], into: &s)
        case .paste(let text): return insert(pasteCharacters(text), into: &s)
        case .enter:
            let line = s.text
            s = LineEditState()
            return .submit(line)
        case .control("c"):
            s = LineEditState()
            return .cancel
        case .control("d"):
            if s.buffer.isEmpty { return .endOfFile }
            return deleteForward(&s)
        case .delete: return deleteForward(&s)
        case .backspace, .control("h"): return deleteBackward(&s)
        case .left, .control("b"): return moveCursor(&s, to: s.cursor - 1)
        case .right, .control("f"): return moveCursor(&s, to: s.cursor + 1)
        case .home, .control("a"): return moveCursor(&s, to: 0)
        case .end, .control("e"): return moveCursor(&s, to: s.buffer.count)
        case .alt("b"), .modified(.left, _): return moveCursor(&s, to: wordStart(before: s.cursor, in: s.buffer))
        case .alt("f"), .modified(.right, _): return moveCursor(&s, to: wordEnd(after: s.cursor, in: s.buffer))
        case .control("k"): return kill(&s, s.cursor..<s.buffer.count)
        case .control("u"): return kill(&s, 0..<s.cursor)
        case .control("w"): return kill(&s, spaceDelimitedWordStart(before: s.cursor, in: s.buffer)..<s.cursor)
        case .modified(.backspace, .alt): return kill(&s, wordStart(before: s.cursor, in: s.buffer)..<s.cursor)
        case .alt("d"): return kill(&s, s.cursor..<wordEnd(after: s.cursor, in: s.buffer))
        case .control("y"): return insert(s.killBuffer, into: &s)
        case .control("t"): return transpose(&s)
        case .control("l"): return .clearScreen
        case .up, .control("p"): return browseHistory(&s, history: history, step: -1)
        case .down, .control("n"): return browseHistory(&s, history: history, step: 1)
        default: return .none
        }
    }

    // MARK: - Editing

    private static func insert(_ characters: [Character], into s: inout LineEditState) -> LineEditAction {
        let printable = characters.filter { c in !c.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } }
        guard !printable.isEmpty else { return .none }
        s.buffer.insert(contentsOf: printable, at: s.cursor)
        s.cursor += printable.count
        // A combining mark typed after a letter belongs to that letter's grapheme.
        let merged = Array(String(s.buffer))
        if merged.count != s.buffer.count {
            s.cursor -= s.buffer.count - merged.count
            s.buffer = merged
        }
        return .redraw
    }

    /// Pasted text becomes one line: line breaks and tabs turn into spaces.
    private static func pasteCharacters(_ text: String) -> [Character] {
        text.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }
    }

    private static func deleteForward(_ s: inout LineEditState) -> LineEditAction {
        guard s.cursor < s.buffer.count else { return .bell }
        s.buffer.remove(at: s.cursor)
        return .redraw
    }

    private static func deleteBackward(_ s: inout LineEditState) -> LineEditAction {
        guard s.cursor > 0 else { return .bell }
        s.cursor -= 1
        s.buffer.remove(at: s.cursor)
        return .redraw
    }

    private static func moveCursor(_ s: inout LineEditState, to position: Int) -> LineEditAction {
        let clamped = min(max(position, 0), s.buffer.count)
        guard clamped != s.cursor else { return position == clamped ? .none : .bell }
        s.cursor = clamped
        return .redraw
    }

    private static func kill(_ s: inout LineEditState, _ range: Range<Int>) -> LineEditAction {
        guard !range.isEmpty else { return .bell }
        s.killBuffer = Array(s.buffer[range])
        s.buffer.removeSubrange(range)
        s.cursor = range.lowerBound
        return .redraw
    }

    /// Ctrl-T: swap the two characters around the cursor (at the end, the last two).
    private static func transpose(_ s: inout LineEditState) -> LineEditAction {
        guard s.buffer.count >= 2, s.cursor > 0 else { return .bell }
        let right = min(s.cursor, s.buffer.count - 1)
        s.buffer.swapAt(right - 1, right)
        s.cursor = right + 1
        return .redraw
    }

    // MARK: - History

    /// Moves through history by `step` (-1 older, +1 newer). Leaving the
    /// fresh line saves it as the draft; coming back past the newest entry
    /// restores it. Edits made to a recalled entry are not kept.
    private static func browseHistory(_ s: inout LineEditState, history: [String], step: Int) -> LineEditAction {
        let current = s.historyIndex ?? history.count
        let target = current + step
        guard target >= 0, target <= history.count, target != current else { return .bell }
        if s.historyIndex == nil { s.draft = s.buffer }
        if target == history.count {
            s.buffer = s.draft ?? []
            s.draft = nil
            s.historyIndex = nil
        } else {
            s.buffer = Array(history[target])
            s.historyIndex = target
        }
        s.cursor = s.buffer.count
        return .redraw
    }

    // MARK: - Words

    private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    /// Start of the alphanumeric word before `index` (Alt-B, Alt-Backspace).
    static func wordStart(before index: Int, in buffer: [Character]) -> Int {
        var i = index
        while i > 0 && !isWordCharacter(buffer[i - 1]) { i -= 1 }
        while i > 0 && isWordCharacter(buffer[i - 1]) { i -= 1 }
        return i
    }

    /// End of the alphanumeric word after `index` (Alt-F, Alt-D).
    static func wordEnd(after index: Int, in buffer: [Character]) -> Int {
        var i = index
        while i < buffer.count && !isWordCharacter(buffer[i]) { i += 1 }
        while i < buffer.count && isWordCharacter(buffer[i]) { i += 1 }
        return i
    }

    /// Start of the whitespace-delimited word before `index` (Ctrl-W, like readline's unix-word-rubout).
    static func spaceDelimitedWordStart(before index: Int, in buffer: [Character]) -> Int {
        var i = index
        while i > 0 && buffer[i - 1].isWhitespace { i -= 1 }
        while i > 0 && !buffer[i - 1].isWhitespace { i -= 1 }
        return i
    }
}
