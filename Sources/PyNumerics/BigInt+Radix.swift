// MARK: - Digits out

extension BigInt {
    /// Digits in `radix` (2...36), lowercase, with a leading `-` for negatives and no prefix.
    ///
    /// Peels off the largest power of the radix that fits a limb, so 10,000 decimal
    /// digits need about 530 single-limb divisions.
    public func toString(radix: Int = 10, uppercase: Bool = false) -> String {
        precondition((2...36).contains(radix), "radix out of range")
        if isZero { return "0" }
        let (chunk, perChunk) = BigInt.chunkBase(radix)
        var chunks: [UInt64] = []
        var rest = limbs
        while !rest.isEmpty {
            let (q, r) = Magnitude.divide(rest, by: chunk)
            chunks.append(r)
            rest = q
        }
        var text = isNegative ? "-" : ""
        text += String(chunks.last!, radix: radix, uppercase: uppercase)
        for c in chunks.dropLast().reversed() {
            let digits = String(c, radix: radix, uppercase: uppercase)
            text += String(repeating: "0", count: perChunk - digits.count) + digits
        }
        return text
    }

    /// The largest power of `radix` below 2^64 and its exponent.
    static func chunkBase(_ radix: Int) -> (base: UInt64, digits: Int) {
        var base = UInt64(radix), digits = 1
        while true {
            let (next, overflow) = base.multipliedReportingOverflow(by: UInt64(radix))
            if overflow { return (base, digits) }
            base = next
            digits += 1
        }
    }
}

// MARK: - Digits in

extension BigInt {
    /// Parses plain digits with an optional leading `-` or `+`; no whitespace,
    /// underscores or prefixes (see `NumberParsing` for Python's `int()` rules).
    public init?(parsing text: String, radix: Int = 10) {
        guard (2...36).contains(radix) else { return nil }
        var digits = Substring(text)
        var negative = false
        if let first = digits.first, first == "-" || first == "+" {
            negative = first == "-"
            digits = digits.dropFirst()
        }
        guard let magnitude = BigInt.parseMagnitude(digits.utf8, radix: radix) else { return nil }
        self.init(negative: negative, limbs: magnitude)
    }

    /// Folds digits in limb-sized chunks: one multiply-add per chunk instead of per digit.
    static func parseMagnitude<C: Collection>(_ utf8: C, radix: Int) -> [UInt64]? where C.Element == UInt8 {
        if utf8.isEmpty { return nil }
        let (_, perChunk) = chunkBase(radix)
        var limbs: [UInt64] = []
        var chunk: UInt64 = 0, scale: UInt64 = 1, count = 0
        for byte in utf8 {
            guard let d = digitValue(byte), d < radix else { return nil }
            chunk = chunk * UInt64(radix) + UInt64(d)
            scale *= UInt64(radix)
            count += 1
            if count == perChunk {
                mulAdd(&limbs, scale, chunk)
                (chunk, scale, count) = (0, 1, 0)
            }
        }
        if count > 0 { mulAdd(&limbs, scale, chunk) }
        Magnitude.normalize(&limbs)
        return limbs
    }

    /// `limbs = limbs * m + a` in place.
    private static func mulAdd(_ limbs: inout [UInt64], _ m: UInt64, _ a: UInt64) {
        var carry = a
        for i in 0..<limbs.count {
            let (hi, lo) = limbs[i].multipliedFullWidth(by: m)
            let (s, o) = lo.addingReportingOverflow(carry)
            limbs[i] = s
            carry = hi &+ (o ? 1 : 0)
        }
        if carry != 0 { limbs.append(carry) }
    }

    /// The value of an ASCII digit or letter, or nil.
    static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }
}

// MARK: - Python's str() with the digit limit

extension BigInt {
    /// Python 3.11's `str(n)`: refuses more than `maxDigits` decimal digits (0 disables the check).
    public func pythonStr(maxDigits: Int = NumberParsing.defaultMaxStrDigits) throws(NumericError) -> String {
        let text = toString(radix: 10)
        let digitCount = text.utf8.count - (isNegative ? 1 : 0)
        if maxDigits > 0 && digitCount > maxDigits {
            throw .valueError("Exceeds the limit (\(maxDigits) digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit")
        }
        return text
    }
}
