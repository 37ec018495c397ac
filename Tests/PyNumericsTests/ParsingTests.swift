import Testing
@testable import PyNumerics

private typealias V = VectorSupport

@Suite struct ParsingTests {
    @Test func intMatchesCPython() {
        for r in V.rows(Vectors.parseInt) {
            let got = V.outcome { () throws(NumericError) in try NumberParsing.parseInt(r[0], base: Int(r[1])!).pythonStr() }
            #expect(got == r[2], "int(\(PythonRepr.string(r[0])), \(r[1]))")
        }
    }

    @Test func floatMatchesCPython() {
        for r in V.rows(Vectors.parseFloat) {
            let got = V.outcome { () throws(NumericError) in V.hex(try NumberParsing.parseFloat(r[0])) }
            // NaN payloads differ between parsers; compare NaN-ness instead of bits.
            if r[1].hasPrefix("7ff8") || r[1].hasPrefix("fff8") {
                #expect((try? NumberParsing.parseFloat(r[0]))?.isNaN == true, "float(\(r[0]))")
            } else {
                #expect(got == r[1], "float(\(PythonRepr.string(r[0])))")
            }
        }
    }

    @Test func sourceLiterals() {
        #expect(NumberParsing.intLiteral("0x_ff") == BigInt(255))
        #expect(NumberParsing.intLiteral("1_000") == BigInt(1000))
        #expect(NumberParsing.intLiteral("0o17") == BigInt(15))
        #expect(NumberParsing.intLiteral("012") == nil)
        #expect(NumberParsing.floatLiteral("1e3") == 1000)
        #expect(NumberParsing.floatLiteral(".5") == 0.5)
        #expect(NumberParsing.floatLiteral("1_0.2_5") == 10.25)
        #expect(NumberParsing.floatLiteral("1__0.5") == nil)
    }

    @Test func stringRepr() {
        #expect(PythonRepr.string("it's") == "\"it's\"")
        #expect(PythonRepr.string("a\tb\n") == "'a\\tb\\n'")
        #expect(PythonRepr.string("\u{7f}é") == "'\\x7fé'")
    }
}
