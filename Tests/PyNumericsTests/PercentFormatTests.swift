import Testing
@testable import PyNumerics

private typealias V = VectorSupport

@Suite struct PercentFormatTests {
    /// Parses the single conversion in a vector's format string, e.g. `%-+8d|`.
    private func spec(_ text: String) -> (PercentSpec, String)? {
        var chars = Array(text.dropFirst())
        var s = PercentSpec(type: "d")
        while let c = chars.first, "-+ #0".contains(c) {
            switch c {
            case "-": s.leftAlign = true
            case "+": s.plusSign = true
            case " ": s.spaceSign = true
            case "#": s.alternate = true
            default: s.zeroPad = true
            }
            chars.removeFirst()
        }
        var width = ""
        while let c = chars.first, c.isNumber { width.append(c); chars.removeFirst() }
        s.width = Int(width) ?? 0
        if chars.first == "." {
            chars.removeFirst()
            var p = ""
            while let c = chars.first, c.isNumber { p.append(c); chars.removeFirst() }
            s.precision = Int(p) ?? 0
        }
        guard let t = chars.first, t != "%" else { return nil }
        s.type = t
        return (s, String(chars.dropFirst()))
    }

    @Test func percentMatchesCPython() {
        for r in V.rows(Vectors.percent) {
            guard let (s, tail) = spec(r[2]) else { continue }
            let value: PercentValue = r[0] == "f" ? .float(V.double(r[1])) : .int(V.big(r[1]))
            let got = V.outcome { () throws(NumericError) in try PercentFormat.format(value, s) + tail }
            #expect(got == r[3], "\(r[2]) % \(r[1])")
        }
    }
}
