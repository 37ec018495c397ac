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
        switch spec.align ?? .right {
        case .left: return joined(body, spec.fill, after: padCount)
        case .right: return joined(body, spec.fill, before: padCount)
        case .afterSign: return joined(body, spec.fill, inside: padCount)
        case .center: return joined(body, spec.fill, before: padCount / 2, after: padCount - padCount / 2)
        }
    }

    /// Fill, sign, prefix, fill, `body` (the digits as shown), rest, fill: written
    /// straight into the result's storage, as this runs for every formatted number.
    private func joined(_ body: String, _ fill: Unicode.Scalar,
                        before: Int = 0, inside: Int = 0, after: Int = 0) -> String {
        let fillBytes = fill.utf8
        let textBytes = sign.utf8.count + prefix.utf8.count + body.utf8.count + rest.utf8.count
        let capacity = textBytes + (before + inside + after) * fillBytes.count
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var out = UTF8Writer(buffer: buffer)
            out.repeat(fill, before)
            out.append(sign)
            out.append(prefix)
            out.repeat(fill, inside)
            out.append(body)
            out.append(rest)
            out.repeat(fill, after)
            return out.end
        }
    }

    /// Width in code points: the UTF-8 bytes that start one.
    static func width(_ s: String) -> Int {
        var s = s
        // Over the contiguous bytes: iterating `utf8` costs several times more.
        return s.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// Inserts separators every `size` digits from the right, zero-filling up to `minWidth`.
    static func group(_ digits: String, size: Int, separator: Unicode.Scalar, minWidth: Int) -> String {
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
        let padCount = max(0, spec.width - width(text))
        let layout = NumberLayout(sign: "", prefix: "", digits: text, rest: "")
        switch spec.align ?? defaultAlign {
        case .left, .afterSign: return layout.joined(text, spec.fill, after: padCount)
        case .right: return layout.joined(text, spec.fill, before: padCount)
        case .center: return layout.joined(text, spec.fill, before: padCount / 2, after: padCount - padCount / 2)
        }
    }
}

/// Appends UTF-8 bytes to a buffer sized for them in advance.
private struct UTF8Writer {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    var end = 0

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                buffer[end] = byte
                end += 1
            }
        }
    }

    mutating func `repeat`(_ scalar: Unicode.Scalar, _ count: Int) {
        for _ in 0..<count {
            for byte in scalar.utf8 {
                buffer[end] = byte
                end += 1
            }
        }
    }
}
