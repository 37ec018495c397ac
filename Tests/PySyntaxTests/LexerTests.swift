import PySyntax
import Testing

/// Token streams for the lexer's own concerns: indentation, numbers, strings, operators.
@Suite struct LexerTests {
    /// Tokens as short strings: names and numbers as written, ops quoted, layout tokens in caps.
    func kinds(_ source: String) -> [String] {
        Lexer(source).tokens.map { token in
            switch token.kind {
            case .name(let n): n
            case .number(let n): "#" + n
            case .string(let s): "str(\(s.prefix)\(s.isTriple ? ",triple" : ""))"
            case .op(let o): "'\(o)'"
            case .newline: "NEWLINE"
            case .indent: "INDENT"
            case .dedent: "DEDENT"
            case .endMarker: "END"
            case .error: "ERROR"
            }
        }
    }

    @Test func indentationProducesIndentAndDedent() {
        #expect(kinds("if a:\n    b\n\n  # note\n    c\nd\n") == [
            "if", "a", "':'", "NEWLINE", "INDENT", "b", "NEWLINE", "c", "NEWLINE", "DEDENT", "d", "NEWLINE", "END",
        ])
    }

    @Test func tabsCountToMultiplesOfEight() {
        #expect(Lexer("if a:\n\tb\n        c\n").error?.kind == "TabError")
        #expect(Lexer("if a:\n\tb\n\tc\n").error == nil)
    }

    @Test func dedentsAtEndOfFile() {
        #expect(kinds("if a:\n  if b:\n    c") == [
            "if", "a", "':'", "NEWLINE", "INDENT", "if", "b", "':'", "NEWLINE", "INDENT", "c", "NEWLINE",
            "DEDENT", "DEDENT", "END",
        ])
    }

    @Test func bracketsAndBackslashesJoinLines() {
        #expect(kinds("x = (1,\n  2) + \\\n 3\n") == [
            "x", "'='", "'('", "#1", "','", "#2", "')'", "'+'", "#3", "NEWLINE", "END",
        ])
    }

    @Test func operatorsTakeTheLongestMatch() {
        #expect(kinds("a **= b //= c -> d := e ... @ f != g") == [
            "a", "'**='", "b", "'//='", "c", "'->'", "d", "':='", "e", "'...'", "'@'", "f", "'!='", "g",
            "NEWLINE", "END",
        ])
    }

    @Test(arguments: ["0x_1F", "0o17", "0b1_0", "1_000", "1_000.5", ".5", "5.", "1e10", "1.5E-3", "0", "00"])
    func numbersAreOneToken(text: String) {
        #expect(kinds(text) == ["#" + text, "NEWLINE", "END"])
    }

    @Test func stringPrefixesAreCaseInsensitive() {
        #expect(kinds("Rb'x' F\"y\" u'z' '''t'''") == ["str(rb)", "str(f)", "str()", "str(,triple)", "NEWLINE", "END"])
    }

    @Test func unicodeIdentifiers() {
        #expect(kinds("ñame = 変数") == ["ñame", "'='", "変数", "NEWLINE", "END"])
    }

    @Test func commentsAndBlankLinesVanish() {
        #expect(kinds("# top\n\n   \nx  # trailing\n") == ["x", "NEWLINE", "END"])
    }
}
