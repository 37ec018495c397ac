/// A positive decimal number as significant digits and a point position:
/// value = 0.d1d2d3... × 10^pointPosition.
struct DecimalDigits {
    /// ASCII digits, no leading or trailing zeros.
    var digits: [UInt8]
    /// Where the decimal point sits relative to the first digit.
    var pointPosition: Int

    /// The shortest digits that round-trip `x` (finite, nonzero), closest to x on ties.
    ///
    /// Swift's `description` already finds these digits; only its layout differs from Python's.
    static func shortest(_ x: Double) -> DecimalDigits {
        parse(x.magnitude.description)
    }

    /// Reads a C- or Swift-style decimal like `1.25e-05` or `1234.5`.
    static func parse(_ text: String) -> DecimalDigits {
        let parts = text.split(separator: "e", maxSplits: 1)
        var digits: [UInt8] = []
        var point = 0, seenPoint = false
        for byte in parts[0].utf8 {
            if byte == UInt8(ascii: ".") { seenPoint = true; continue }
            digits.append(byte)
            if !seenPoint { point += 1 }
        }
        if parts.count == 2 { point += Int(parts[1])! }
        while digits.first == UInt8(ascii: "0") { digits.removeFirst(); point -= 1 }
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return DecimalDigits(digits: digits, pointPosition: point)
    }

    /// Fixed notation: `0.00123`, `120.0`, `1.5`; the fraction gets at least `minFraction` digits.
    func fixed(minFraction: Int) -> String {
        let d = String(decoding: digits, as: UTF8.self)
        var intPart: String, frac: String
        if pointPosition <= 0 {
            intPart = "0"
            frac = String(repeating: "0", count: -pointPosition) + d
        } else if pointPosition >= digits.count {
            intPart = d + String(repeating: "0", count: pointPosition - digits.count)
            frac = ""
        } else {
            intPart = String(d.prefix(pointPosition))
            frac = String(d.dropFirst(pointPosition))
        }
        if frac.count < minFraction { frac += String(repeating: "0", count: minFraction - frac.count) }
        return frac.isEmpty ? intPart : intPart + "." + frac
    }

    /// Exponent notation: `1e+16`, `2.5e-05`; `forcePoint` keeps a `.` after a lone digit.
    func exponential(forcePoint: Bool = false) -> String {
        let d = String(decoding: digits, as: UTF8.self)
        var mantissa = String(d.prefix(1))
        if digits.count > 1 { mantissa += "." + d.dropFirst() } else if forcePoint { mantissa += "." }
        return mantissa + FloatFormat.exponentSuffix(pointPosition - 1)
    }
}
