/// Modifier keys reported with a special key, from xterm's `ESC [1;<m>X` form.
public struct KeyModifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let shift = KeyModifiers(rawValue: 1)
    public static let alt = KeyModifiers(rawValue: 2)
    public static let control = KeyModifiers(rawValue: 4)
}

/// One key press, decoded from the bytes a terminal sends.
public indirect enum KeyEvent: Hashable, Sendable {
    /// A printable character (never a control character).
    case character(Character)
    /// Enter / Return (CR or LF).
    case enter
    /// Tab (also Ctrl-I).
    case tab
    /// Shift-Tab (`ESC [Z`).
    case backTab
    /// Backspace (DEL 0x7F or BS 0x08, which is also Ctrl-H).
    case backspace
    /// The Delete key (`ESC [3~`), not Backspace.
    case delete
    /// The Insert key.
    case insert
    /// A lone Esc press: ESC with nothing after it before the read timed out.
    case escape
    case up, down, left, right
    case home, end, pageUp, pageDown
    /// Function key F1–F12.
    case function(Int)
    /// Ctrl plus a letter, lower case: `control("c")` is byte 0x03. Also
    /// `@`, `\`, `]`, `^`, `_` for 0x00 and 0x1C–0x1F. Ctrl-H, Ctrl-I, Ctrl-J
    /// and Ctrl-M arrive as `.backspace`, `.tab` and `.enter`.
    case control(Character)
    /// Alt (Meta) plus a printable character, sent as ESC followed by it.
    case alt(Character)
    /// A special key with modifiers, e.g. Ctrl-Right is `modified(.right, .control)`;
    /// Esc followed by a special key is `modified(key, .alt)`.
    case modified(KeyEvent, KeyModifiers)
    /// Text pasted while bracketed paste was on, delivered whole.
    case paste(String)
    /// Bytes that form a sequence this decoder does not know.
    case unknown([UInt8])
}
