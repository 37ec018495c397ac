import Testing
@testable import MarkdownKit

@Suite struct HighlighterTests {
    /// Non-plain tokens as `role:text`, whitespace-only plain runs dropped.
    private func roles(_ code: String) -> [String] {
        PythonHighlighter.tokens(code)
            .filter { $0.role != .plain }
            .map { "\($0.role.rawValue):\($0.text)" }
    }

    @Test func asyncKeywordsBuiltinsAndDefinitions() {
        #expect(roles("async def fetch(url):\n    await asyncio.sleep(0)\n    return len(url)") == [
            "keyword:async", "keyword:def", "definition:fetch", "keyword:await", "builtin:asyncio",
            "number:0", "keyword:return", "builtin:len",
        ])
    }

    @Test func stringsIncludingPrefixesAndTripleQuotes() {
        #expect(roles(#"a = f"x{y}" + rb'z' + """one "two" three""" + 'it\'s'"#) == [
            #"string:f"x{y}""#, "string:rb'z'", #"string:"""one "two" three""""#, #"string:'it\'s'"#,
        ])
    }

    @Test func unterminatedStringsStopAtLineEndOrCodeEnd() {
        #expect(roles("x = 'open\ny = 1") == ["string:'open", "number:1"])
        #expect(roles("s = \"\"\"never\nclosed # not a comment") == ["string:\"\"\"never\nclosed # not a comment"])
        #expect(roles("'\\") == ["string:'\\"])
    }

    @Test func numbersCommentsAndDecorators() {
        #expect(roles("@app.route\ndef f(): return 1_000 + 0xFF + 2.5e-3  # done\nx = a @ b") == [
            "decorator:@app.route", "keyword:def", "definition:f", "keyword:return", "number:1_000",
            "number:0xFF", "number:2.5e-3", "comment:# done",
        ])
    }

    @Test(arguments: ["", "'", "\"\"\"", "#", "@", "f'", "x = 1 if y else 2", "print('a'\n"])
    func tokensReassembleTheSource(_ code: String) {
        #expect(PythonHighlighter.tokens(code).map(\.text).joined() == code)
    }

    @Test func linesSplitMultilineTokens() {
        let lines = PythonHighlighter.lines("s = '''a\nb'''\nx")
        #expect(lines.count == 3)
        #expect(lines[1].map(\.role) == [.string])
        #expect(lines[2].map(\.text) == ["x"])
    }

    @Test func onlyPythonFencesAreHighlighted() {
        let theme = StyleDump.theme
        let python = MarkdownRenderer(width: 40, theme: theme).render("```py\nimport x\n```")
        let shell = MarkdownRenderer(width: 40, theme: theme).render("```sh\nimport x\n```")
        #expect(StyleDump.dump(python) == "{gutter:  │} {kw:import}{codetext: x}")
        #expect(StyleDump.dump(shell) == "{gutter:  │} {codetext:import x}")
    }
}
