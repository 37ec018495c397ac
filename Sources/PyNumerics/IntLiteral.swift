/// The pieces of an `int()` string after Python's syntax checks: sign, base, bare digits.
struct IntLiteral {
    var negative: Bool
    var base: Int
    /// ASCII digits without underscores or prefix.
    var digits: [UInt8]

    /// Applies `int()`'s rules; nil for anything CPython rejects (digit values are checked later).
    init?(asciiDigitsOf text: String, base requested: Int) {
        var s = Array(NumberParsing.normalizedASCII(text).trimmingPythonWhitespace().utf8)
        negative = false
        if let f = s.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
            negative = f == UInt8(ascii: "-")
            s.removeFirst()
        }
        base = requested
        var afterPrefix = false
        if s.count >= 2, s[0] == UInt8(ascii: "0"), let prefixed = IntLiteral.prefixBase(s[1]),
           requested == 0 || requested == prefixed {
            base = prefixed
            s.removeFirst(2)
            afterPrefix = true
        }
        // Base 0 without a prefix is decimal, and then "0" may only be followed by zeros.
        let bareZeroLead = base == 0 && s.first == UInt8(ascii: "0")
        if base == 0 { base = 10 }
        guard let d = IntLiteral.stripUnderscores(s, leadingAllowed: afterPrefix) else { return nil }
        if bareZeroLead && d.contains(where: { $0 != UInt8(ascii: "0") }) { return nil }
        digits = d
    }

    private static func prefixBase(_ c: UInt8) -> Int? {
        switch c | 0x20 {
        case UInt8(ascii: "x"): return 16
        case UInt8(ascii: "o"): return 8
        case UInt8(ascii: "b"): return 2
        default: return nil
        }
    }

    /// Single underscores between digits (or right after a prefix) are dropped.
    private static func stripUnderscores(_ s: [UInt8], leadingAllowed: Bool) -> [UInt8]? {
        var out: [UInt8] = []
        var previousUnderscore = !leadingAllowed
        for b in s {
            if b == UInt8(ascii: "_") {
                if previousUnderscore { return nil }
                previousUnderscore = true
            } else {
                out.append(b)
                previousUnderscore = false
            }
        }
        if previousUnderscore || out.isEmpty { return nil }
        return out
    }
}
