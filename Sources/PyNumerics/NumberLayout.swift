/// Puts sign, prefix, grouped digits and padding together, as CPython's
/// calc_number_widths and fill_number do.
struct NumberLayout {
    var sign: String
    /// `0x` and friends.
    var prefix: String
    /// Integer-part digits, ungrouped.
    var digits: String
    /// Everything after the integer digits: fraction, exponent, `%`, or `inf`.
    var rest: String

    func render(_ spec: FormatSpec, groupSize: Int = 3) -> String {
        let fixed = NumberLayout.width(sign) + NumberLayout.width(prefix) + NumberLayout.width(rest)
        var body = digits
        if let separator = spec.grouping, !digits.isEmpty {
            // Zero padding grows through the grouping, so separators land inside the zeros.
            let minWidth = spec.fill == "0" && spec.align == .afterSign ? spec.width - fixed : 0
            body = NumberLayout.group(digits, size: groupSize, separator: separator, minWidth: minWidth)
        }
        let total = fixed + NumberLayout.width(body)
        let padCount = max(0, spec.width - total)
        let pad = { (n: Int) in String(repeating: spec.fill, count: n) }
        switch spec.align ?? .right {
        case .left: return sign + prefix + body + rest + pad(padCount)
        case .right: return pad(padCount) + sign + prefix + body + rest
        case .afterSign: return sign + prefix + pad(padCount) + body + rest
        case .center: return pad(padCount / 2) + sign + prefix + body + rest + pad(padCount - padCount / 2)
        }
    }

    /// Width in code points: the UTF-8 length for ASCII text (nearly always here),
    /// which avoids walking the scalars.
    static func width(_ s: String) -> Int {
        s.utf8.allSatisfy { $0 < 0x80 } ? s.utf8.count : s.unicodeScalars.count
    }

    /// Inserts separators every `size` digits from the right, zero-filling up to `minWidth`.
    static func group(_ digits: String, size: Int, separator: Character, minWidth: Int) -> String {
        var source = Array(digits)
        var remaining = source.count, width = minWidth
        var groups: [String] = []
        while true {
            let length = min(size, max(remaining, width, 1))
            let take = max(0, min(remaining, length))
            let chunk = String(source.suffix(take))
            source.removeLast(take)
            groups.append(String(repeating: "0", count: length - take) + chunk)
            remaining -= take
            width -= length
            if remaining <= 0 && width <= 0 { break }
            width -= 1
        }
        return groups.reversed().joined(separator: String(separator))
    }

    /// Pads a string (no sign or digits) for `formatString`.
    static func pad(_ text: String, _ spec: FormatSpec, defaultAlign: FormatSpec.Align) -> String {
        let padCount = max(0, spec.width - text.unicodeScalars.count)
        let pad = { (n: Int) in String(repeating: spec.fill, count: n) }
        switch spec.align ?? defaultAlign {
        case .left, .afterSign: return text + pad(padCount)
        case .right: return pad(padCount) + text
        case .center: return pad(padCount / 2) + text + pad(padCount - padCount / 2)
        }
    }
}
