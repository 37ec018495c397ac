import TerminalKit

/// How each Markdown role looks: data, not code (like glamour's JSON styles).
/// Inline roles layer over the surrounding style (`**[x](y)**` is link + bold).
public struct Theme: Equatable, Sendable {
    /// Level-1 heading text.
    public var heading1: Style
    /// Level-2 heading text.
    public var heading2: Style
    /// Level-3 to 6 heading text.
    public var heading: Style
    /// The rule drawn under level-1 and level-2 headings.
    public var headingRule: Style
    /// Prefix level-3+ headings with `###` so they stay recognisable without styles.
    public var marksHeadings: Bool
    /// `*emphasis*`.
    public var emphasis: Style
    /// `**strong**`.
    public var strong: Style
    /// `` `inline code` ``.
    public var inlineCode: Style
    /// Link text.
    public var link: Style
    /// The `(url)` shown after link text.
    public var linkURL: Style
    /// Bullets and item numbers.
    public var listMarker: Style
    /// The `│` gutter of block quotes.
    public var quoteGutter: Style
    /// Thematic breaks.
    public var rule: Style
    /// The gutter left of code blocks.
    public var codeGutter: Style
    /// Code text with no highlighting role.
    public var code: Style
    /// Table borders.
    public var tableBorder: Style
    /// Table header cells.
    public var tableHeader: Style
    /// Syntax-highlighting roles for code blocks.
    public var syntax: [CodeRole: Style]

    public init(heading1: Style = .plain, heading2: Style = .plain, heading: Style = .plain,
                headingRule: Style = .plain, marksHeadings: Bool = false,
                emphasis: Style = .plain, strong: Style = .plain, inlineCode: Style = .plain,
                link: Style = .plain, linkURL: Style = .plain, listMarker: Style = .plain,
                quoteGutter: Style = .plain, rule: Style = .plain, codeGutter: Style = .plain,
                code: Style = .plain, tableBorder: Style = .plain, tableHeader: Style = .plain,
                syntax: [CodeRole: Style] = [:]) {
        self.heading1 = heading1
        self.heading2 = heading2
        self.heading = heading
        self.headingRule = headingRule
        self.marksHeadings = marksHeadings
        self.emphasis = emphasis
        self.strong = strong
        self.inlineCode = inlineCode
        self.link = link
        self.linkURL = linkURL
        self.listMarker = listMarker
        self.quoteGutter = quoteGutter
        self.rule = rule
        self.codeGutter = codeGutter
        self.code = code
        self.tableBorder = tableBorder
        self.tableHeader = tableHeader
        self.syntax = syntax
    }

    /// The style for a code token.
    public func style(for role: CodeRole) -> Style { syntax[role] ?? code }

    /// No styles at all: for NO_COLOR, pipes and screen readers.
    public static let plain = Theme(marksHeadings: true)

    /// The colourful default for terminals.
    public static let standard = Theme(
        heading1: Style(foreground: .brightMagenta, bold: true, underline: true),
        heading2: Style(foreground: .brightCyan, bold: true),
        heading: Style(bold: true),
        headingRule: Style(foreground: .brightBlack),
        emphasis: Style(italic: true),
        strong: Style(bold: true),
        inlineCode: Style(foreground: .yellow),
        link: Style(foreground: .brightBlue, underline: true),
        linkURL: Style(dim: true),
        listMarker: Style(foreground: .cyan),
        quoteGutter: Style(foreground: .brightBlack),
        rule: Style(foreground: .brightBlack),
        codeGutter: Style(foreground: .brightBlack),
        code: .plain,
        tableBorder: Style(foreground: .brightBlack),
        tableHeader: Style(bold: true),
        syntax: [
            .keyword: Style(foreground: .magenta, bold: true),
            .builtin: Style(foreground: .cyan),
            .string: Style(foreground: .green),
            .number: Style(foreground: .yellow),
            .comment: Style(foreground: .brightBlack, italic: true),
            .decorator: Style(foreground: .brightYellow),
            .definition: Style(foreground: .brightBlue, bold: true),
        ])

    /// `top` drawn over `base`: set flags accumulate, set colours replace.
    static func layer(_ top: Style, over base: Style) -> Style {
        Style(foreground: top.foreground ?? base.foreground,
              background: top.background ?? base.background,
              bold: base.bold || top.bold, dim: base.dim || top.dim,
              italic: base.italic || top.italic, underline: base.underline || top.underline,
              reverse: base.reverse || top.reverse)
    }
}

/// The characters used for structure: Unicode box drawing, or plain ASCII
/// for terminals whose locale is not UTF-8.
public struct Glyphs: Equatable, Sendable {
    /// Bullets by nesting depth (cycled).
    public var bullets: [String]
    /// Block quote gutter.
    public var quoteBar: String
    /// Code block gutter bar.
    public var codeBar: String
    /// Thematic break and level-2 heading rule.
    public var rule: Character
    /// Level-1 heading rule.
    public var heavyRule: Character
    /// Table border pieces.
    public var horizontal: Character, vertical: Character
    public var topLeft: Character, topMiddle: Character, topRight: Character
    public var middleLeft: Character, cross: Character, middleRight: Character
    public var bottomLeft: Character, bottomMiddle: Character, bottomRight: Character
    /// The header separator line (`═` style).
    public var headerHorizontal: Character

    public static let unicode = Glyphs(
        bullets: ["•", "◦", "▪"], quoteBar: "│", codeBar: "│", rule: "─", heavyRule: "═",
        horizontal: "─", vertical: "│", topLeft: "┌", topMiddle: "┬", topRight: "┐",
        middleLeft: "├", cross: "┼", middleRight: "┤", bottomLeft: "└", bottomMiddle: "┴",
        bottomRight: "┘", headerHorizontal: "─")

    public static let ascii = Glyphs(
        bullets: ["*", "-", "+"], quoteBar: "|", codeBar: "|", rule: "-", heavyRule: "=",
        horizontal: "-", vertical: "|", topLeft: "+", topMiddle: "+", topRight: "+",
        middleLeft: "+", cross: "+", middleRight: "+", bottomLeft: "+", bottomMiddle: "+",
        bottomRight: "+", headerHorizontal: "-")
}
