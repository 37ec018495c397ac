import Testing
@testable import PyNumerics

private typealias V = VectorSupport

@Suite struct BigIntTests {
    @Test func arithmeticMatchesCPython() throws {
        for r in V.rows(Vectors.bigArith) {
            let a = V.big(r[0]), b = V.big(r[1])
            #expect((a + b).description == r[2], "\(r[0]) + \(r[1])")
            #expect((a - b).description == r[3])
            #expect((a * b).description == r[4], "\(r[0]) * \(r[1])")
            let (q, m) = try a.floorDivMod(b)
            #expect(q.description == r[5], "\(r[0]) // \(r[1])")
            #expect(m.description == r[6], "\(r[0]) % \(r[1])")
            #expect((a & b).description == r[7], "\(r[0]) & \(r[1])")
            #expect((a | b).description == r[8])
            #expect((a ^ b).description == r[9])
            #expect((~a).description == r[10])
            #expect((a << 37).description == r[11])
            #expect((a >> 37).description == r[12], "\(r[0]) >> 37")
            #expect((a >> 200).description == r[13])
            #expect(a.bitLength == Int(r[14]))
            #expect(a.pythonHash == Int(r[15]), "hash(\(r[0]))")
        }
    }

    /// `hash(n)` of small ints without a BigInt, from python3 3.11.
    @Test func smallIntHash() {
        let cases: [(Int, Int)] = [
            (0, 0), (1, 1), (-1, -2), (-2, -2), (5, 5), (-5, -5),
            (2_305_843_009_213_693_950, 2_305_843_009_213_693_950), (2_305_843_009_213_693_951, 0),
            (2_305_843_009_213_693_952, 1), (-2_305_843_009_213_693_952, -2), (4_611_686_018_427_387_911, 9),
            (Int.max, 3), (Int.min, -4), (Int.min + 1, -3),
        ]
        for (n, expected) in cases {
            #expect(pythonHash(n) == expected, "hash(\(n))")
            #expect(pythonHash(n) == BigInt(n).pythonHash, "hash(\(n)) as a BigInt")
        }
    }

    @Test func exactValues() {
        #expect(BigInt(2).pow(exponent: 200).description
            == "1606938044258990275541962092341162602522202993782792835301376")
        let q = try? BigInt(3).pow(exponent: 100).floorDiv(BigInt(7).pow(exponent: 30))
        #expect(q?.description == "22865687907681985382892")
        #expect(BigInt(Int.min).asInt == Int.min)
        #expect((-BigInt(Int.min)).asInt == nil)
    }

    @Test func radixStrings() {
        for r in V.rows(Vectors.bigRadix) {
            let a = V.big(r[0])
            #expect(a.toString(radix: 16) == r[1])
            #expect(a.toString(radix: 8) == r[2])
            #expect(a.toString(radix: 2) == r[3])
            #expect(BigInt(parsing: r[1], radix: 16) == a)
        }
    }

    @Test func powers() throws {
        for r in V.rows(Vectors.bigPow) {
            let base = V.big(r[0])
            #expect(base.pow(exponent: Int(r[1])!).description == r[3])
            let mod = V.outcome { () throws(NumericError) in
                try base.modPow(exponent: V.big(r[1]), modulus: V.big(r[2])).description
            }
            #expect(mod == r[4], "pow(\(r[0]), \(r[1]), \(r[2]))")
        }
        for r in V.rows(Vectors.modInverse) {
            let got = V.outcome { () throws(NumericError) in
                try V.big(r[0]).modPow(exponent: V.big(r[1]), modulus: V.big(r[2])).description
            }
            #expect(got == r[3], "pow(\(r[0]), \(r[1]), \(r[2]))")
        }
    }

    @Test func fiveThousandDigitRoundTrip() throws {
        let n = BigInt(7).pow(exponent: 5916) - BigInt(12345)  // 5,000 digits
        let text = n.description
        #expect(text.count == 5000)
        #expect(text.hasPrefix("39811") && text.hasSuffix("446870097256"))
        #expect(BigInt(parsing: text) == n)
        #expect(BigInt(parsing: "-" + text) == -n)
        #expect(throws: NumericError.self) { try n.pythonStr() }
        let big = BigInt(10).pow(exponent: 9999)
        #expect(big.description == "1" + String(repeating: "0", count: 9999))
    }

    @Test func intToFloatRoundsHalfEven() {
        for r in V.rows(Vectors.intToFloat) {
            let got = V.outcome { () throws(NumericError) in V.hex(try V.big(r[0]).toDouble()) }
            #expect(got == r[1], "float(\(r[0]))")
        }
    }

    @Test func trueDivisionIsCorrectlyRounded() {
        for r in V.rows(Vectors.trueDivide) {
            let got = V.outcome { () throws(NumericError) in V.hex(try BigInt.trueDivide(V.big(r[0]), V.big(r[1]))) }
            #expect(got == r[2], "\(r[0]) / \(r[1])")
        }
    }

    @Test func floatToIntTruncates() throws {
        #expect(try BigInt(truncating: -3.9) == BigInt(-3))
        #expect(try BigInt(truncating: 1e20).description == "100000000000000000000")
        #expect(try BigInt(truncating: -0x1p70).description == "-1180591620717411303424")
        #expect(throws: NumericError.overflowError("cannot convert float infinity to integer")) {
            try BigInt(truncating: -.infinity)
        }
        #expect(throws: NumericError.valueError("cannot convert float NaN to integer")) {
            try BigInt(truncating: .nan)
        }
    }

    @Test func shiftErrors() {
        #expect(throws: NumericError.valueError("negative shift count")) { try BigInt(1).shiftedLeft(by: -1) }
        #expect(throws: NumericError.valueError("negative shift count")) { try BigInt(1).shiftedRight(by: -1) }
        #expect(throws: NumericError.zeroDivisionError("integer modulo by zero")) { try BigInt(5).mod(.zero) }
    }
}

@Suite struct IntMathTests {
    @Test func floorDivisionAndModulo() {
        for r in V.rows(Vectors.smallDiv) {
            let a = Int(r[0])!, b = Int(r[1])!
            #expect(V.outcome { () throws(NumericError) in try IntMath.floorDiv(a, b).description } == r[2], "\(a) // \(b)")
            #expect(V.outcome { () throws(NumericError) in String(try IntMath.mod(a, b)) } == r[3], "\(a) % \(b)")
        }
    }

    @Test func powPromotesOnOverflow() {
        for r in V.rows(Vectors.smallPow) {
            #expect(IntMath.pow(Int(r[0])!, Int(r[1])!).description == r[2], "\(r[0]) ** \(r[1])")
        }
        #expect(IntMath.pow(2, 62) == .small(1 << 62))
        #expect(IntMath.multiply(Int.max, 2) == .big(BigInt(Int.max) * BigInt(2)))
        #expect(IntMath.negate(Int.min) == .big(-BigInt(Int.min)))
    }
}
