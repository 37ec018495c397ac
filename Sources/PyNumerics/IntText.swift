/// Text for machine ints, written digit by digit: the standard library's generic
/// conversion costs several times more, and the engine turns ints into text all
/// the time (`str(i)`, `print`, f-strings).
public enum IntText {
    /// `String(n)`: decimal, with a leading `-` when negative.
    public static func decimal(_ n: Int) -> String {
        digits(n.magnitude, negative: n < 0)
    }

    /// The digits of `n` in `radix` (2...36), letters for digits above 9,
    /// after a `-` when `negative`.
    public static func digits(_ n: UInt, radix: Int = 10, uppercase: Bool = false, negative: Bool = false) -> String {
        let base = UInt(radix)
        var digitCount = 1, rest = n / base
        while rest > 0 {
            digitCount += 1
            rest /= base
        }
        let signCount = negative ? 1 : 0
        let letterBase = (uppercase ? UInt8(ascii: "A") : UInt8(ascii: "a")) - 10
        return String(unsafeUninitializedCapacity: signCount + digitCount) { buffer in
            if negative { buffer[0] = UInt8(ascii: "-") }
            var m = n
            for i in (signCount..<(signCount + digitCount)).reversed() {
                let d = UInt8(m % base)
                buffer[i] = d < 10 ? UInt8(ascii: "0") + d : letterBase + d
                m /= base
            }
            return signCount + digitCount
        }
    }
}
