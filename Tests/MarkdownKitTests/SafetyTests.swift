import Testing
import TerminalKit
@testable import MarkdownKit

/// Lesson text is untrusted: no control character may reach an output span raw.
@Suite struct SafetyTests {
    static let hostile = [
        "# Title \u{1B}]0;pwned\u{07}",
        "Text with \u{1B}[31mred\u{1B}[0m and \u{9B}2J and DEL\u{7F} and NUL\u{0}",
        "Entities &#27;[1m &#x9B; &#127;",
        "[link](https://x.y/\u{1B}[5m) <https://a.b/\u{1B}>",
        "```python \u{1B}[2J\nprint('\u{1B}[31m')\n```",
        "```\nraw \u{1B}c reset\n```",
        "| a\u{1B} | b |\n|---|---|\n| \u{08}\u{08} | \u{1B}[K |",
        "> quote \u{1B}[?25l\n- item \u{8D}",
        "bare\rcarriage and form\u{0C}feed",
    ]

    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { v in
            v.value < 0x20 || (v.value >= 0x7F && v.value < 0xA0)
        }
    }

    @Test(arguments: hostile)
    func noControlCharactersInOutput(_ markdown: String) {
        for theme in [Theme.standard, .plain] {
            for width in [20, 40, 80] {
                let lines = MarkdownRenderer(width: width, theme: theme).render(markdown)
                for span in lines.flatMap(\.spans) {
                    #expect(!Self.hasControl(span.text), "\(span.text.debugDescription)")
                }
                for line in lines { #expect(line.width <= width) }
            }
        }
        #expect(!Self.hasControl(MarkdownRenderer.plainText(markdown).replacingOccurrences(of: "\n", with: "")))
    }

    @Test func placeholdersAreVisible() {
        #expect(MarkdownRenderer.plainText("a\u{1B}[1mb \u{9B} \u{7F} \u{07}") == "a^[[1mb \u{FFFD} ^? ^G")
        #expect(MarkdownRenderer.plainText("```\nx\u{1B}\n```") == "  │ x^[")
    }

    @Test func programmaticDocumentsAreSanitisedToo() {
        let document = Document(blocks: [
            Block(.paragraph([.text("evil\u{1B}[2J"), .code("\u{9B}")]), lines: SourceLines(1, 1)),
            Block(.codeBlock(CodeBlock(info: "python", code: "x = '\u{1B}'", isFenced: true)), lines: SourceLines(2, 2)),
        ])
        let text = MarkdownRenderer(width: 40, theme: .plain).render(document).map(\.plainText).joined()
        #expect(!Self.hasControl(text))
        #expect(text.contains("evil^[[2J"))
    }

    @Test func tabsExpandToSpaces() {
        // In paragraphs the expanded tab collapses like any whitespace; in code it keeps its columns.
        #expect(MarkdownRenderer.plainText("a\tb\n\n```\n\tx\ty\n```") == "a b\n\n  │     x   y")
    }
}
