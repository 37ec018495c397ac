/// Python's `repr(str)`, needed inside error messages such as `invalid literal for int()`.
public enum PythonRepr {
    /// Quotes with `'` unless the text has `'` and no `"`; escapes like CPython.
    public static func string(_ s: String) -> String {
        let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in s.unicodeScalars {
            out += escape(scalar, quote: quote)
        }
        out.append(quote)
        return out
    }

    private static func escape(_ c: Unicode.Scalar, quote: Character) -> String {
        switch c {
        case "\\": return "\\\\"
        case "\t": return "\\t"
        case "\n": return "\\n"
        case "\r": return "\\r"
        default:
            if Character(c) == quote { return "\\" + String(quote) }
            if isPrintable(c) { return String(c) }
            return hexEscape(c.value)
        }
    }

    /// `\xNN`, `\uNNNN` or `\UNNNNNNNN` by size, as CPython chooses.
    private static func hexEscape(_ v: UInt32) -> String {
        let (prefix, width) = v < 0x100 ? ("\\x", 2) : v < 0x10000 ? ("\\u", 4) : ("\\U", 8)
        let hex = String(v, radix: 16)
        return prefix + String(repeating: "0", count: width - hex.count) + hex
    }

    /// CPython's `str.isprintable` for one character: not a control, format,
    /// surrogate, private-use, unassigned or separator character, except space.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}
