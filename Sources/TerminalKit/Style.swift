/// A terminal colour: one of the 16 named ANSI colours or a 256-colour index.
public enum TerminalColor: Equatable, Hashable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite
    case indexed(UInt8)
}

/// How a run of text looks. The default style is plain text.
public struct Style: Equatable, Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var reverse = false

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil,
                bold: Bool = false, dim: Bool = false, italic: Bool = false,
                underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = Style()
    public var isPlain: Bool { self == .plain }
}

/// A run of text in one style.
public struct StyledSpan: Equatable, Sendable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// One line of styled text, without a line break.
public struct StyledLine: Equatable, Sendable {
    public var spans: [StyledSpan]
    public init(_ spans: [StyledSpan] = []) { self.spans = spans }
    public init(plain text: String) { self.spans = text.isEmpty ? [] : [StyledSpan(text)] }

    /// The text without styles.
    public var plainText: String { spans.map(\.text).joined() }
    /// Columns the line occupies on a terminal.
    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }
}
