import Testing
@testable import MarkdownKit

/// Tree dumps with source lines as the oracle (swift-markdown's approach).
@Suite struct ParserTests {
    private func dump(_ markdown: String) -> String { TreeDump.dump(Document(parsing: markdown)) }

    @Test func everythingGolden() {
        Golden.check(dump(Fixtures.cases.map(\.markdown).joined(separator: "\n\n")), named: "parser-everything.txt")
    }

    @Test func atxHeadingsAndClosingHashes() {
        #expect(dump("# One #\n###### Six\n####### seven") == """
            Document
              Heading level=1 @1
                Text "One"
              Heading level=6 @2
                Text "Six"
              Paragraph @3
                Text "####### seven"
            """)
    }

    @Test func nestedEmphasis() {
        #expect(dump("**bold *both* bold** and *a **b***") == """
            Document
              Paragraph @1
                Strong
                  Text "bold "
                  Emphasis
                    Text "both"
                  Text " bold"
                Text " and "
                Emphasis
                  Text "a "
                  Strong
                    Text "b"
            """)
    }

    @Test func intrawordUnderscoreIsText() {
        #expect(dump("snake_case_name and _em_") == """
            Document
              Paragraph @1
                Text "snake_case_name and "
                Emphasis
                  Text "em"
            """)
    }

    @Test func codeSpansAndUnmatchedBackticks() {
        #expect(dump("`` a ` b `` and `open") == """
            Document
              Paragraph @1
                Code "a ` b"
                Text " and `open"
            """)
    }

    @Test func linksAutolinksAndBrokenLinks() {
        #expect(dump("[a *b*](u \"t\") <x@y.z> [no link] www.python.org.") == """
            Document
              Paragraph @1
                Link "u" title="t"
                  Text "a "
                  Emphasis
                    Text "b"
                Text " "
                Link "mailto:x@y.z"
                  Text "x@y.z"
                Text " [no link] "
                Link "http://www.python.org"
                  Text "www.python.org"
                Text "."
            """)
    }

    @Test func nestedListsWithPositions() {
        #expect(dump("- a\n  - b\n\n    c\n- d\n\n1) x") == """
            Document
              List bullet(-) tight @1-5
                Item @1-4
                  Paragraph @1
                    Text "a"
                  List bullet(-) loose @2-4
                    Item @2-4
                      Paragraph @2
                        Text "b"
                      Paragraph @4
                        Text "c"
                Item @5
                  Paragraph @5
                    Text "d"
              List ordered(start=1, )) tight @7
                Item @7
                  Paragraph @7
                    Text "x"
            """)
    }

    @Test func fencedCodeKeepsInfoVerbatimAndRunsToEndWhenUnclosed() {
        #expect(dump("~~~~ python  demo  id=1\n  x\n~~~\n\n```\ny") == """
            Document
              CodeBlock fenced info="python  demo  id=1" @1-6
                |   x
                | ~~~
                | 
                | ```
                | y
            """)
    }

    @Test func fenceInListItem() {
        #expect(dump("1. Run:\n   ```python\n   print(1)\n   ```") == """
            Document
              List ordered(start=1, .) tight @1-4
                Item @1-4
                  Paragraph @1
                    Text "Run:"
                  CodeBlock fenced info="python" @2-4
                    | print(1)
            """)
    }

    @Test func tableAlignmentAndEscapedPipes() {
        #expect(dump("a | b | c\n:- | :-: | -:\n1 | `x\\|y`\n\nafter") == """
            Document
              Table left,center,right @1-3
                Header
                  Cell
                    Text "a"
                  Cell
                    Text "b"
                  Cell
                    Text "c"
                Row
                  Cell
                    Text "1"
                  Cell
                    Code "x|y"
                  Cell
              Paragraph @5
                Text "after"
            """)
    }

    @Test func quoteWithLazyContinuationAndBreaks() {
        #expect(dump("> a  \n> b\\\nc\n\n***") == """
            Document
              BlockQuote @1-3
                Paragraph @1-3
                  Text "a"
                  HardBreak
                  Text "b"
                  HardBreak
                  Text "c"
              ThematicBreak @5
            """)
    }

    @Test func setextHeadingsAndIndentedCode() {
        #expect(dump("Title\n---\n\n    code\n\tmore") == """
            Document
              Heading level=2 @1-2
                Text "Title"
              CodeBlock indented info="" @4-5
                | code
                | more
            """)
    }

    @Test func crlfAndCRLineEndings() {
        #expect(dump("# A\r\n\r\nb\rc") == """
            Document
              Heading level=1 @1
                Text "A"
              Paragraph @3-4
                Text "b"
                SoftBreak
                Text "c"
            """)
    }

    @Test func controlCharactersBecomeVisibleInTheTree() {
        #expect(dump("a\u{1B}[2Jb\u{7F}\u{9B}c &#27; &#x9b; &#0;") == """
            Document
              Paragraph @1
                Text "a^[[2Jb^?\u{FFFD}c ^[ \u{FFFD} \u{FFFD}"
            """)
    }

    @Test func neverFailsOnOddInput() {
        for input in ["", "\n\n", "[", "**", "`", "- ", "1.", "|", "| a |\n| - |", "> ", "```", "<", "&", "&#xZZ;", "![x](", "\\"] {
            _ = TreeDump.dump(Document(parsing: input))
        }
        #expect(Document(parsing: "").blocks.isEmpty)
        #expect(dump("&#xZZ; [x](") == "Document\n  Paragraph @1\n    Text \"&#xZZ; [x](\"")
    }
}
