/// What to draw for the line being edited, already cut to the screen width.
public struct LineRender: Equatable, Sendable {
    /// The prompt, as given.
    public var prompt: StyledLine
    /// The part of the line that fits beside the prompt.
    public var visibleText: String
    /// Zero-based screen column of the cursor.
    public var cursorColumn: Int

    /// Prompt and visible text without styles.
    public var plainText: String { prompt.plainText + visibleText }

    /// A whole refresh in one string, as linenoise writes it: back to column
    /// 0, prompt, text, erase the rest of the row, put the cursor in place.
    public func refreshSequence(mode: ColorMode) -> String {
        ANSI.carriageReturn + ANSI.render(prompt, mode: mode) + visibleText
            + ANSI.eraseToEndOfLine + ANSI.carriageReturn + ANSI.cursorForward(cursorColumn)
    }
}

extension LineEditState {
    /// Lays the line out on one row of `width` columns after `prompt`. A line
    /// too long to fit scrolls horizontally (linenoise's single-line mode):
    /// the start is dropped until the cursor fits, the end is cut off.
    /// Columns count wide characters as two.
    public func render(prompt: StyledLine, width: Int) -> LineRender {
        let promptWidth = prompt.width
        let available = max(1, width - promptWidth)
        let widths = buffer.map { DisplayWidth.of(String($0)) }
        let cursorCellWidth = cursor < buffer.count ? max(1, widths[cursor]) : 1
        var start = 0
        var beforeCursor = widths[0..<cursor].reduce(0, +)
        while start < cursor && beforeCursor + cursorCellWidth > available {
            beforeCursor -= widths[start]
            start += 1
        }
        var end = start
        var used = 0
        while end < buffer.count && used + widths[end] <= available {
            used += widths[end]
            end += 1
        }
        return LineRender(prompt: prompt, visibleText: String(buffer[start..<end]),
                          cursorColumn: promptWidth + beforeCursor)
    }

    /// `render` with a plain-text prompt.
    public func render(prompt: String, width: Int) -> LineRender {
        render(prompt: StyledLine(plain: prompt), width: width)
    }
}
