import Testing
@testable import PyNumerics

private typealias V = VectorSupport

@Suite struct FloatTests {
    @Test func reprMatchesCPython() {
        for r in V.rows(Vectors.repr) {
            #expect(FloatFormat.repr(V.double(r[0])) == r[1], "repr bits \(r[0])")
        }
    }

    @Test func hashMatchesCPython() {
        for r in V.rows(Vectors.floatHash) {
            #expect(FloatMath.hash(V.double(r[0])) == Int(r[1]), "hash \(r[1])")
        }
        #expect(FloatMath.hash(2.0) == BigInt(2).pythonHash)
    }

    @Test func floorDivModPowAndDivide() {
        for r in V.rows(Vectors.floatOps) {
            let a = V.double(r[0]), b = V.double(r[1])
            #expect(V.outcome { () throws(NumericError) in V.hex(try FloatMath.floorDiv(a, b)) } == r[2], "\(a) // \(b)")
            #expect(V.outcome { () throws(NumericError) in V.hex(try FloatMath.mod(a, b)) } == r[3], "\(a) % \(b)")
            let dm = V.outcome { () throws(NumericError) in
                let (q, m) = try FloatMath.divMod(a, b)
                return V.hex(q) + " " + V.hex(m)
            }
            #expect(dm == r[4], "divmod(\(a), \(b))")
            let p: String
            do { p = V.hex(try FloatMath.pow(a, b)) } catch .complexResult { p = "complex" } catch { p = "!" + error.description }
            #expect(p == r[5], "\(a) ** \(b)")
            #expect(V.outcome { () throws(NumericError) in V.hex(try FloatMath.trueDivide(a, b)) } == r[6], "\(a) / \(b)")
        }
    }

    @Test func roundMatchesCPython() {
        for r in V.rows(Vectors.round) {
            let x = V.double(r[0])
            let got = V.outcome { () throws(NumericError) in
                r[1].isEmpty ? try FloatMath.round(x).description : V.hex(try FloatMath.round(x, digits: Int(r[1])!))
            }
            #expect(got == r[2], "round(\(x), \(r[1]))")
        }
    }

    @Test func integerRatioAndIsInteger() throws {
        let (n, d) = try FloatMath.asIntegerRatio(0.75)
        #expect(n == BigInt(3) && d == BigInt(4))
        let (n2, d2) = try FloatMath.asIntegerRatio(-1e20)
        #expect(n2.description == "-100000000000000000000" && d2 == .one)
        #expect(FloatMath.isInteger(3.0) && !FloatMath.isInteger(3.5) && !FloatMath.isInteger(.infinity))
    }
}
