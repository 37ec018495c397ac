import TerminalKit
@testable import MarkdownKit

/// A theme where every role has its own colour, and a dump that names the
/// roles back, so goldens show which role styled which text:
/// `{h1+b:Title}` is heading-1 colour plus bold.
enum StyleDump {
    static let roleNames: [UInt8: String] = [
        1: "h1", 2: "h2", 3: "h", 4: "hrule", 5: "code", 6: "link", 7: "marker", 8: "quote",
        9: "rule", 10: "gutter", 11: "codetext", 12: "border", 13: "th",
        20: "kw", 21: "builtin", 22: "str", 23: "num", 24: "comment", 25: "deco", 26: "def",
    ]

    static let theme = Theme(
        heading1: color(1), heading2: color(2), heading: color(3), headingRule: color(4),
        emphasis: Style(italic: true), strong: Style(bold: true), inlineCode: color(5),
        link: color(6), linkURL: Style(dim: true), listMarker: color(7), quoteGutter: color(8),
        rule: color(9), codeGutter: color(10), code: color(11), tableBorder: color(12),
        tableHeader: color(13),
        syntax: [.keyword: color(20), .builtin: color(21), .string: color(22), .number: color(23),
                 .comment: color(24), .decorator: color(25), .definition: color(26)])

    static func color(_ n: UInt8) -> Style { Style(foreground: .indexed(n)) }

    static func tag(_ style: Style) -> String {
        var parts: [String] = []
        if case .indexed(let n)? = style.foreground { parts.append(roleNames[n] ?? "fg\(n)") }
        if style.bold { parts.append("b") }
        if style.italic { parts.append("i") }
        if style.dim { parts.append("d") }
        if style.underline { parts.append("u") }
        return parts.joined(separator: "+")
    }

    static func dump(_ lines: [StyledLine]) -> String {
        lines.map { line in
            line.spans.map { $0.style.isPlain ? $0.text : "{\(tag($0.style)):\($0.text)}" }.joined()
        }.joined(separator: "\n")
    }
}
