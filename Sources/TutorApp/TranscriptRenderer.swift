import LoopTrace
import MarkdownKit
import TerminalKit
import TimelineKit

/// Transcript entries -> styled lines at a width. Pure; shared by the view, the pager and
/// line-by-line output.
public struct TranscriptRenderer: Sendable {
    public var width: Int
    public var theme: Theme
    public var glyphs: Glyphs

    public init(width: Int, theme: Theme = .standard, glyphs: Glyphs = .unicode) {
        self.width = max(1, width)
        self.theme = theme
        self.glyphs = glyphs
    }

    var colorful: Bool { theme != .plain }

    public func render(_ entries: [TranscriptEntry]) -> [StyledLine] {
        entries.flatMap(render)
    }

    public func render(_ entry: TranscriptEntry) -> [StyledLine] {
        switch entry {
        case .markdown(let text):
            return MarkdownRenderer(width: width, theme: theme, glyphs: glyphs).render(text)
        case .text(let text, let tone):
            return wrap(text).map { StyledLine([StyledSpan($0, style(tone))]) }
        case .output(let label, let text, let tone):
            var lines = [StyledLine([StyledSpan(label, style(.dim))])]
            var body = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if body.last == "" { body.removeLast() }
            if body.isEmpty { body = ["(nothing)"] }
            let gutter = glyphs.codeBar + " "
            for line in body {
                for piece in wrap(line, width: width - gutter.count) {
                    lines.append(StyledLine([StyledSpan(gutter, style(.dim)), StyledSpan(piece, style(tone))]))
                }
            }
            return lines
        case .timeline(let trace):
            return timeline(trace)
        case .echo(let prompt, let line):
            return [StyledLine([StyledSpan(prompt, style(.dim)), StyledSpan(line)])]
        case .blank:
            return [StyledLine()]
        }
    }

    /// The chart `looplab run --timeline` prints, fitted to the transcript.
    func timeline(_ trace: Trace) -> [StyledLine] {
        var options = ChartOptions(width: max(40, width), glyphs: glyphs == .ascii ? .ascii : .unicode,
                                   theme: colorful ? .standard : .plain)
        options.header = true
        return [StyledLine([StyledSpan("timeline:", style(.dim))])] + TimelineChart.render(TimelineModel(trace: trace), options: options)
    }

    func style(_ tone: TranscriptEntry.Tone) -> Style {
        guard colorful else { return .plain }
        switch tone {
        case .normal, .stdout: return .plain
        case .dim: return Style(foreground: .brightBlack)
        case .heading: return Style(foreground: .brightCyan, bold: true)
        case .success: return Style(foreground: .green, bold: true)
        case .failure: return Style(foreground: .red, bold: true)
        case .notice: return Style(foreground: .yellow)
        case .stderr: return Style(foreground: .red)
        }
    }

    /// Cuts `text` into lines of at most `width` columns, at spaces when possible.
    func wrap(_ text: String, width: Int? = nil) -> [String] {
        let limit = max(1, width ?? self.width)
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            var first = true
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var rest = String(word)
                if !first {
                    if lineWidth > 0 && lineWidth + 1 + DisplayWidth.of(rest) > limit {
                        result.append(line)
                        line = ""
                        lineWidth = 0
                    } else {
                        line += " "
                        lineWidth += 1
                    }
                }
                first = false
                // A word longer than a whole line is cut into pieces.
                while DisplayWidth.of(rest) > limit - lineWidth {
                    if lineWidth > 0 {
                        result.append(line)
                        line = ""
                        lineWidth = 0
                        continue
                    }
                    var piece = ""
                    var pieceWidth = 0
                    for c in rest {
                        let w = DisplayWidth.of(String(c))
                        if pieceWidth + w > limit && pieceWidth > 0 { break }
                        piece.append(c)
                        pieceWidth += w
                    }
                    result.append(piece)
                    rest = String(rest.dropFirst(piece.count))
                }
                line += rest
                lineWidth += DisplayWidth.of(rest)
            }
            result.append(line)
        }
        return result
    }
}
