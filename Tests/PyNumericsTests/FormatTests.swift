import Testing
@testable import PyNumerics

private typealias V = VectorSupport

@Suite struct FormatTests {
    @Test func formatMatchesCPython() {
        var failures = 0
        for r in V.rows(Vectors.format) {
            let (kind, value, spec, expected) = (r[0], r[1], r[2], r[3])
            let got = V.outcome { () throws(NumericError) in
                switch kind {
                case "i": return try PyFormat.formatInt(V.big(value), spec)
                case "f": return try PyFormat.formatFloat(V.double(value), spec)
                default: return try PyFormat.formatString(value, spec)
                }
            }
            if got != expected { failures += 1 }
            #expect(got == expected, "format(\(kind) \(value), '\(spec)')")
        }
        #expect(failures == 0)
    }

    @Test func specParsing() throws {
        let s = try FormatSpec.parse("*^+#012_.3f", subject: .float)
        #expect(s.fill == "*" && s.align == .center && s.sign == "+" && s.alternate)
        #expect(s.width == 12 && s.grouping == "_" && s.precision == 3 && s.type == "f")
        #expect(throws: NumericError.valueError("Format specifier missing precision")) {
            try FormatSpec.parse("10.")
        }
    }

    @Test func briefExamples() throws {
        #expect(try PyFormat.formatInt(1234567, "012,") == "0,001,234,567")
        #expect(try PyFormat.formatInt(5, ".2f") == "5.00")
        #expect(try PyFormat.formatFloat(1e16, "") == "1e+16")
        #expect(try PyFormat.formatFloat(0.1, ".3") == "0.1")
    }
}
