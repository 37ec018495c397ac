import Testing
import TerminalKit
@testable import MarkdownKit

/// One golden per feature and width: the plain lines, then the styled dump.
@Suite struct RenderGoldenTests {
    static let widths = [40, 80]

    @Test(arguments: Fixtures.cases.map(\.name))
    func golden(_ name: String) {
        let markdown = Fixtures.cases.first { $0.name == name }!.markdown
        for width in Self.widths {
            let lines = MarkdownRenderer(width: width, theme: StyleDump.theme).render(markdown)
            let text = """
                ── plain, width \(width) ──
                \(MarkdownRenderer.plainText(markdown, width: width))
                ── styled ──
                \(StyleDump.dump(lines))
                """
            Golden.check(text, named: "\(name)-w\(width).txt")
        }
    }

    @Test(arguments: Fixtures.cases.map(\.name))
    func asciiGolden(_ name: String) {
        let markdown = Fixtures.cases.first { $0.name == name }!.markdown
        Golden.check(MarkdownRenderer.plainText(markdown, width: 40, glyphs: .ascii), named: "\(name)-ascii-w40.txt")
    }

    @Test(arguments: Fixtures.cases.map(\.name), [20, 27, 40, 61, 80])
    func everyLineFitsTheWidth(_ name: String, width: Int) {
        let markdown = Fixtures.cases.first { $0.name == name }!.markdown
        for theme in [Theme.standard, .plain] {
            for glyphs in [Glyphs.unicode, .ascii] {
                let lines = MarkdownRenderer(width: width, theme: theme, glyphs: glyphs).render(markdown)
                for line in lines {
                    #expect(DisplayWidth.of(line.plainText) <= width, "\(name) at \(width): \(line.plainText)")
                }
            }
        }
    }

    @Test func plainThemeHasNoStyles() {
        for (_, markdown) in Fixtures.cases {
            let lines = MarkdownRenderer(width: 60, theme: .plain).render(markdown)
            let styled = lines.flatMap(\.spans).filter { !$0.style.isPlain }
            #expect(styled.isEmpty)
        }
    }

    @Test func standardThemeStylesHeadingsAndCode() throws {
        let lines = MarkdownRenderer(width: 60).render("# Title\n\n`x`")
        #expect(lines[0].spans[0].style == Theme.standard.heading1)
        try #require(lines.count == 4)
        #expect(lines[1].spans[0].style == Theme.standard.headingRule)
        #expect(lines[3].spans[0].style == Theme.standard.inlineCode)
    }

    @Test func asciiGlyphsProduceOnlyASCII() {
        for (name, markdown) in Fixtures.cases where name != "cjk" {
            let text = MarkdownRenderer(width: 50, glyphs: .ascii).render(markdown).map(\.plainText).joined()
            let nonASCII = text.unicodeScalars.filter { !$0.isASCII }
            #expect(nonASCII.isEmpty, "\(name)")
        }
    }

    @Test func plainTextHasNoTrailingSpaces() {
        let text = MarkdownRenderer.plainText("> a\n>\n> b\n\n```\nx  \n```", width: 40)
        #expect(text == "│ a\n│\n│ b\n\n  │ x")
    }
}
