import Testing
@testable import TerminalKit

@Suite struct ColorModeTests {
    private let tty = ["TERM": "xterm-256color"]

    @Test func noColorWins() {
        #expect(ColorMode.detect(environment: ["TERM": "xterm-256color", "NO_COLOR": "1"], isTTY: true) == .none)
        #expect(ColorMode.detect(environment: ["TERM": "xterm-256color", "NO_COLOR": "1", "FORCE_COLOR": "1"], isTTY: true) == .none)
        #expect(ColorMode.detect(environment: ["TERM": "xterm", "NO_COLOR": ""], isTTY: true) == .ansi16,
                "an empty NO_COLOR does not count")
    }

    @Test func pipesAndDumbTerminalsGetNoColor() {
        #expect(ColorMode.detect(environment: tty, isTTY: false) == .none)
        #expect(ColorMode.detect(environment: ["TERM": "dumb"], isTTY: true) == .none)
        #expect(ColorMode.detect(environment: [:], isTTY: true) == .none)
    }

    @Test func levels() {
        #expect(ColorMode.detect(environment: tty, isTTY: true) == .ansi256)
        #expect(ColorMode.detect(environment: ["TERM": "xterm", "COLORTERM": "truecolor"], isTTY: true) == .ansi256)
        #expect(ColorMode.detect(environment: ["TERM": "xterm"], isTTY: true) == .ansi16)
        #expect(ColorMode.detect(environment: ["TERM": "xterm", "FORCE_COLOR": "1"], isTTY: false) == .ansi16)
        #expect(ColorMode.detect(environment: ["TERM": "xterm", "FORCE_COLOR": "0"], isTTY: true) == .none)
    }

    @Test func utf8Detection() {
        #expect(LocaleSupport.isUTF8(environment: ["LANG": "en_US.UTF-8"]))
        #expect(LocaleSupport.isUTF8(environment: ["LC_CTYPE": "C.utf8", "LANG": "C"]))
        #expect(!LocaleSupport.isUTF8(environment: ["LC_ALL": "C", "LANG": "en_US.UTF-8"]), "LC_ALL overrides LANG")
        #expect(LocaleSupport.isUTF8(environment: ["LC_ALL": "", "LANG": "de_DE.UTF-8"]), "empty values are skipped")
        #expect(LocaleSupport.prefersASCII(environment: [:]))
    }
}

@Suite struct SGRRenderingTests {
    private let line = StyledLine([
        StyledSpan("def ", Style(foreground: .magenta, bold: true)),
        StyledSpan("main"),
        StyledSpan("()", Style(foreground: .indexed(208))),
    ])

    @Test func noColorIsPlainText() {
        #expect(ANSI.render(line, mode: .none) == "def main()")
    }

    @Test func sixteenColours() {
        #expect(ANSI.render(line, mode: .ansi16) == "\u{1B}[0;1;35mdef \u{1B}[0mmain\u{1B}[0;33m()\u{1B}[0m", "orange 208 is nearest to yellow")
    }

    @Test func twoFiftySixColours() {
        #expect(ANSI.render(line, mode: .ansi256) == "\u{1B}[0;1;35mdef \u{1B}[0mmain\u{1B}[0;38;5;208m()\u{1B}[0m")
    }

    @Test func sameStyleSpansShareOneSequence() {
        let red = Style(foreground: .red, background: .brightBlue, underline: true)
        let line = StyledLine([StyledSpan("a", red), StyledSpan("b", red)])
        #expect(ANSI.render(line, mode: .ansi16) == "\u{1B}[0;4;31;104mab\u{1B}[0m")
    }

    @Test func paletteApproximation() {
        #expect(ANSI.nearestBasic(196) == 9)   // pure red → bright red
        #expect(ANSI.nearestBasic(16) == 0)    // cube black
        #expect(ANSI.nearestBasic(231) == 15)  // cube white → bright white
        #expect(ANSI.nearestBasic(250) == 7)   // light grey → white
        #expect(ANSI.nearestBasic(4) == 4)
    }

    @Test func renderSanitizesSpanText() {
        let evil = StyledLine([StyledSpan("ok\u{1B}]0;pwned\u{07}\n")])
        #expect(ANSI.render(evil, mode: .ansi256) == "ok^[]0;pwned^G^J")
    }

    @Test func cursorSequencesAreOneBased() {
        #expect(ANSI.moveTo(row: 0, column: 0) == "\u{1B}[1;1H")
        #expect(ANSI.cursorForward(0) == "")
        #expect(ANSI.cursorForward(3) == "\u{1B}[3C")
    }
}

@Suite struct SanitizerTests {
    @Test func plainTextIsUntouched() {
        #expect(sanitize("héllo 中文 🙂") == "héllo 中文 🙂")
    }

    @Test func controlsBecomeCaretPlaceholders() {
        #expect(sanitize("\u{1B}[31mred\u{1B}[0m") == "^[[31mred^[[0m")
        #expect(sanitize("a\u{07}b\u{00}c\u{7F}") == "a^Gb^@c^?")
        #expect(sanitize("x\u{9B}2J") == "x<U+009B>2J")
        #expect(sanitize("abc\u{202E}fed") == "abc<U+202E>fed")
    }

    @Test func newlinesAndCarriageReturns() {
        #expect(sanitize("a\r\nb\nc") == "a\nb\nc")
        #expect(sanitize("50%\r100%") == "50%^M100%")
        #expect(Sanitizer.sanitize("a\nb", newlines: .visible) == "a^Jb")
    }

    @Test func tabsExpandToTabStops() {
        #expect(sanitize("\tx") == "    x")
        #expect(sanitize("ab\tx") == "ab  x")
        #expect(sanitize("ab\tx\n\ty") == "ab  x\n    y", "columns restart after a newline")
        #expect(Sanitizer.sanitize("中\tx", tabWidth: 8) == "中      x", "wide characters count two columns")
        #expect(Sanitizer.sanitize("\tx", tabWidth: 4, startColumn: 3) == " x")
    }

    @Test func stripModeRemovesWholeSequences() {
        let s = "\u{1B}[1;31mred\u{1B}[0m \u{1B}]0;title\u{07}t\u{1B}]8;;http://x\u{1B}\\link\u{1B}(B\u{1B}7!\u{9B}2Jz\u{01}"
        #expect(Sanitizer.sanitize(s, mode: .strip) == "red tlink!z")
    }
}
