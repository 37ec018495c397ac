import Testing
import TerminalKit
@testable import TimelineKit

/// The static chart of each classic demo at fixed widths, Unicode and ASCII, no colour.
@Suite struct ChartGoldenTests {
    @Test(arguments: Fixtures.demos)
    func golden(_ name: String) throws {
        let model = try Fixtures.model(name)
        for width in [80, 120] {
            for (glyphs, suffix) in [(ChartGlyphs.unicode, ""), (.ascii, "-ascii")] {
                let text = TimelineChart.text(model, options: ChartOptions(width: width, glyphs: glyphs))
                Golden.check(text, named: "\(name)-w\(width)\(suffix).txt")
            }
        }
    }

    @Test(arguments: Fixtures.demos, [40, 61, 80, 120, 200])
    func everyLineFitsTheWidth(_ name: String, width: Int) throws {
        let model = try Fixtures.model(name)
        for glyphs in [ChartGlyphs.unicode, .ascii] {
            for line in TimelineChart.render(model, options: ChartOptions(width: width, glyphs: glyphs)) {
                #expect(line.width <= width, "\(name) at \(width): \(line.plainText)")
            }
        }
    }

    @Test(arguments: Fixtures.demos)
    func asciiChartsAreASCII(_ name: String) throws {
        let text = TimelineChart.text(try Fixtures.model(name), options: ChartOptions(width: 100, glyphs: .ascii))
        let nonASCII = text.unicodeScalars.filter { !$0.isASCII }
        #expect(nonASCII.isEmpty, "\(text)")
    }
}
