import TerminalKit

/// Lesson text is untrusted: control characters must never reach the terminal raw.
/// TerminalKit has its own sanitiser for output; this one runs on lesson text
/// before parsing so that widths and wrapping see the placeholders.
enum ControlCharacters {
    /// Replaces C0 controls (except tab and line feed) and DEL with caret
    /// notation (`ESC` becomes `^[`), and C1 controls with U+FFFD.
    static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if !needsReplacing(scalar) {
                out.append(scalar)
            } else if v < 0x20 {
                out.append("^")
                out.append(Unicode.Scalar(UInt8(v + 0x40)))
            } else if v == 0x7F {
                out.append(contentsOf: "^?".unicodeScalars)
            } else {
                out.append("\u{FFFD}")
            }
        }
        return String(out)
    }

    static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x09 || v == 0x0A { return false }
        return v < 0x20 || (v >= 0x7F && v < 0xA0)
    }

    /// Expands tabs to spaces with stops every `tabSize` columns.
    static func expandTabs(_ line: String, tabSize: Int = 4) -> String {
        guard line.contains("\t") else { return line }
        var out = ""
        var column = 0
        for ch in line {
            if ch == "\t" {
                let n = tabSize - column % tabSize
                out += String(repeating: " ", count: n)
                column += n
            } else {
                out.append(ch)
                column += DisplayWidth.of(String(ch))
            }
        }
        return out
    }
}

/// One source line with its 1-based number.
struct SourceLine: Equatable {
    var text: String
    var number: Int

    /// Splits on `\n`, `\r\n` and `\r`, sanitises and expands tabs.
    static func split(_ source: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        func flush() {
            let text = ControlCharacters.expandTabs(ControlCharacters.sanitize(String(current)))
            lines.append(SourceLine(text: text, number: lines.count + 1))
            current = String.UnicodeScalarView()
        }
        for scalar in source.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { flush() }
                previousWasCR = false
            } else if scalar == "\r" {
                flush()
                previousWasCR = true
            } else {
                current.append(scalar)
                previousWasCR = false
            }
        }
        if !current.isEmpty { flush() }
        return lines
    }

    var isBlank: Bool { text.allSatisfy { $0 == " " } }
    /// Leading spaces.
    var indent: Int { text.prefix { $0 == " " }.count }

    /// The line with up to `n` leading spaces removed.
    func droppingIndent(_ n: Int) -> SourceLine {
        SourceLine(text: String(text.dropFirst(min(n, indent))), number: number)
    }
}
