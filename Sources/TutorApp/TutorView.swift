import TerminalKit

/// A rendered screen: its rows and where the cursor goes.
public struct TutorFrame: Equatable, Sendable {
    public var lines: [StyledLine]
    public var cursor: Position
}

/// The tutor's `view`: model -> screen rows. Pure.
///
/// Interactive layout, like a shell: a title row, the newest transcript lines that fit,
/// then the prompt. While the pager is open it fills the screen, with its status row last.
public enum TutorView {
    public static func view(_ model: TutorModel, width: Int, height: Int) -> [StyledLine] {
        frame(model, width: width, height: height).lines
    }

    public static func frame(_ model: TutorModel, width: Int, height: Int) -> TutorFrame {
        let width = max(1, width), height = max(1, height)
        var renderer = model.renderer
        renderer.width = width
        let colorful = model.theme != .plain

        if case .paging(let pager) = model.mode {
            var lines = Array(pager.visibleLines.prefix(height - 1))
            while lines.count < height - 1 { lines.append(StyledLine(plain: "~")) }
            let status = pad(pager.statusLine, width)
            lines.append(StyledLine([StyledSpan(status, colorful ? Style(reverse: true) : .plain)]))
            let column = min(width - 1, DisplayWidth.of(pager.statusLine))
            return TutorFrame(lines: Array(lines.suffix(height)), cursor: Position(row: lines.count - 1, column: column))
        }

        let prompt = StyledLine([StyledSpan(model.prompt, colorful ? Style(foreground: .cyan, bold: true) : .plain)])
        let edit = model.editor.render(prompt: prompt, width: width)
        let promptLine = StyledLine(prompt.spans + [StyledSpan(edit.visibleText)])
        var extra: [StyledLine] = []
        if !model.editor.completionCandidates.isEmpty {
            extra = renderer.wrap(model.editor.completionCandidates.joined(separator: "  "))
                .map { StyledLine([StyledSpan($0, renderer.style(.dim))]) }
        }
        let title = height >= 3 ? [titleBar(model, width: width, colorful: colorful)] : []
        let room = max(0, height - title.count - extra.count - 1)
        var body: [StyledLine] = []
        for entry in model.transcript.reversed() where body.count < room {
            body = renderer.render(entry) + body
        }
        body = Array(body.suffix(room))
        var lines = title + body + extra
        let cursorRow = min(lines.count, height - 1)
        lines = Array(lines.suffix(height - 1)) + [promptLine]
        while lines.count < height { lines.append(StyledLine()) }
        return TutorFrame(lines: lines, cursor: Position(row: cursorRow, column: min(width - 1, edit.cursorColumn)))
    }

    static func titleBar(_ model: TutorModel, width: Int, colorful: Bool) -> StyledLine {
        let dot = model.mark(" · ", " - ")
        var left = " LoopLab"
        if let lesson = model.lesson {
            left += "\(dot)\(lesson.title)\(dot)page \(model.pageIndex + 1)/\(lesson.pages.count)"
        }
        let right = "help\(dot)Ctrl-D quits "
        let gap = width - DisplayWidth.of(left) - DisplayWidth.of(right)
        let text = gap >= 1 ? left + String(repeating: " ", count: gap) + right : pad(left, width)
        return StyledLine([StyledSpan(text, colorful ? Style(foreground: .black, background: .cyan) : .plain)])
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    static func pad(_ text: String, _ width: Int) -> String {
        var out = ""
        var used = 0
        for c in text {
            let w = DisplayWidth.of(String(c))
            if used + w > width { break }
            out.append(c)
            used += w
        }
        return out + String(repeating: " ", count: max(0, width - used))
    }
}
