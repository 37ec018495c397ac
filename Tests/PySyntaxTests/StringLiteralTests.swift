import PySyntax
import Testing

/// String values after decoding: escapes, raw and bytes literals, concatenation, f-strings.
@Suite struct StringLiteralTests {
    /// The constant a one-expression module evaluates to.
    func constant(_ source: String) throws -> Constant? {
        let module = try Parser.parseModule(source)
        guard case .expr(let e) = module.body.first?.kind, case .constant(let c) = e.kind else { return nil }
        return c
    }

    @Test(arguments: [
        (#""a\nb\t\\\'\"""#, "a\nb\t\\'\""),
        (#""\x41\u00e9\U0001F600""#, "Aé😀"),
        (#""\101\0\7""#, "A\u{0}\u{7}"),
        (#""\N{BULLET} \N{em dash}""#, "• —"),
        (#"r"\n\d""#, #"\n\d"#),
        (#""\d""#, #"\d"#),
        ("'a' \"b\" '''c'''", "abc"),
        ("'line\\\ncontinued'", "linecontinued"),
    ])
    func decodedValue(source: String, expected: String) throws {
        #expect(try constant(source) == .string(expected))
    }

    @Test func bytesLiterals() throws {
        #expect(try constant(#"b"a\x00\xff" rb"\n""#) == .bytes([0x61, 0x00, 0xFF, 0x5C, 0x6E]))
    }

    @Test func selfDocumentingFieldKeepsSpacingAndUsesRepr() {
        #expect(outcome("f'{ x = }'") == """
            (Module [(Expr@1:0-1:10 (JoinedStr@1:0-1:10 [(Constant@1:0-1:10 " x = ") \
            (FormattedValue@1:0-1:10 (Name@1:4-1:5 "x") r None)]))])
            """)
    }

    @Test func fieldExpressionsPointIntoTheSource() {
        #expect(outcome("s = f\"\"\"\n  {a +\n b}\"\"\"").contains("(BinOp@2:3-3:2 (Name@2:3-2:4 \"a\") Add (Name@3:1-3:2 \"b\"))"))
    }
}
