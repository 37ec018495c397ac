/// Case conversion (`upper`, `title`, ...) and the `is...` predicates, using
/// Unicode's full case mappings as CPython does (`"ß".upper() == "SS"`).
extension Builtins {
    static func installStrCase() {
        strTransform("upper") {
            TextCase.asciiMapped($0, from: "a", to: "z")
                ?? TextCase.map($0.scalars) { s, i in s[i].properties.uppercaseMapping }
        }
        strTransform("lower") {
            TextCase.asciiMapped($0, from: "A", to: "Z") ?? TextCase.map($0.scalars, TextCase.lower)
        }
        strTransform("casefold") { TextCase.map($0.scalars) { s, i in TextCase.fold(s[i]) } }
        strTransform("swapcase") { TextCase.map($0.scalars, TextCase.swap) }
        strTransform("title") { TextCase.title($0.scalars) }
        strTransform("capitalize") { TextCase.capitalize($0.scalars) }
    }

    static func installStrPredicates() {
        predicate("isdigit") { !$0.isEmpty && $0.allSatisfy(TextCase.isDigit) }
        predicate("isdecimal") { !$0.isEmpty && $0.allSatisfy(TextCase.isDecimal) }
        predicate("isnumeric") { !$0.isEmpty && $0.allSatisfy { $0.properties.numericType != nil } }
        predicate("isalpha") { !$0.isEmpty && $0.allSatisfy(TextCase.isAlpha) }
        predicate("isalnum") { !$0.isEmpty && $0.allSatisfy(TextCase.isAlnum) }
        predicate("isspace") { !$0.isEmpty && $0.allSatisfy(TextCase.isSpace) }
        predicate("isascii") { $0.allSatisfy(\.isASCII) }
        predicate("isprintable") { $0.allSatisfy(TextCase.isPrintable) }
        predicate("isupper") { TextCase.hasOnlyCase($0, \.isUppercase, against: \.isLowercase) }
        predicate("islower") { TextCase.hasOnlyCase($0, \.isLowercase, against: \.isUppercase) }
        predicate("istitle", TextCase.isTitle)
        predicate("isidentifier", TextCase.isIdentifier)
    }

    private static func predicate(_ name: String, _ test: @escaping ([Unicode.Scalar]) -> Bool) {
        strMethod(name) { _, s, args in
            try expectArguments(args, name, min: 0, max: 0)
            return .bool(test(s.scalars))
        }
    }
}

/// Per-code-point case rules, after CPython's `unicodeobject.c`.
enum TextCase {
    /// Pure-ASCII text with the letters in `first...last` switched to the other
    /// case, byte by byte; nil for other text (which needs the Unicode tables).
    static func asciiMapped(_ text: PyStr, from first: Unicode.Scalar, to last: Unicode.Scalar) -> String? {
        guard text.isASCII else { return nil }
        let low = UInt8(first.value), high = UInt8(last.value)
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (i, b) in bytes.enumerated() { buffer[i] = b >= low && b <= high ? b ^ 0x20 : b }
                return bytes.count
            }
        }
    }

    static func map(_ s: [Unicode.Scalar], _ f: ([Unicode.Scalar], Int) -> String) -> String {
        var out = ""
        for i in s.indices { out += f(s, i) }
        return out
    }

    /// The lowercase of `s[i]`; a capital sigma ending a word becomes the final form ς.
    static func lower(_ s: [Unicode.Scalar], _ i: Int) -> String {
        guard s[i] == "\u{3A3}" else { return s[i].properties.lowercaseMapping }
        return isFinalSigma(s, i) ? "\u{3C2}" : "\u{3C3}"
    }

    /// Preceded by a cased letter and not followed by one (ignoring case-ignorable marks).
    private static func isFinalSigma(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && s[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0 && s[j].properties.isCased else { return false }
        var k = i + 1
        while k < s.count && s[k].properties.isCaseIgnorable { k += 1 }
        return k == s.count || !s[k].properties.isCased
    }

    static func fold(_ c: Unicode.Scalar) -> String {
        switch c.value {
        case 0xDF, 0x1E9E: return "ss"
        case 0x3C2: return "\u{3C3}"
        default: return c.properties.lowercaseMapping
        }
    }

    static func swap(_ s: [Unicode.Scalar], _ i: Int) -> String {
        if s[i].properties.isUppercase { return lower(s, i) }
        if s[i].properties.isLowercase { return s[i].properties.uppercaseMapping }
        return String(s[i])
    }

    /// Words start at a cased character after an uncased one.
    static func title(_ s: [Unicode.Scalar]) -> String {
        var out = "", previousCased = false
        for i in s.indices {
            out += previousCased ? lower(s, i) : s[i].properties.titlecaseMapping
            previousCased = s[i].properties.isCased
        }
        return out
    }

    static func capitalize(_ s: [Unicode.Scalar]) -> String {
        guard let first = s.first else { return "" }
        return first.properties.titlecaseMapping + s.indices.dropFirst().map { lower(s, $0) }.joined()
    }

    static func isTitlecase(_ c: Unicode.Scalar) -> Bool { c.properties.generalCategory == .titlecaseLetter }

    static func isDecimal(_ c: Unicode.Scalar) -> Bool { c.properties.numericType == .decimal }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.properties.numericType == .decimal || c.properties.numericType == .digit
    }

    static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isAlnum(_ c: Unicode.Scalar) -> Bool { isAlpha(c) || c.properties.numericType != nil }

    /// Python's whitespace: Unicode White_Space plus the ASCII separators 0x1C-0x1F.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace || (0x1C...0x1F).contains(c.value)
    }

    /// Printable unless a control, format, surrogate, private-use, unassigned
    /// or separator character (the space itself is printable).
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator: return false
        default: return true
        }
    }

    /// `isupper`/`islower`: some cased character, none of the opposite case or titlecase.
    static func hasOnlyCase(_ scalars: [Unicode.Scalar], _ wanted: KeyPath<Unicode.Scalar.Properties, Bool>,
                            against other: KeyPath<Unicode.Scalar.Properties, Bool>) -> Bool {
        var cased = false
        for c in scalars {
            if c.properties[keyPath: other] || isTitlecase(c) { return false }
            if c.properties[keyPath: wanted] { cased = true }
        }
        return cased
    }

    /// Uppercase/titlecase only after uncased characters, lowercase only after cased ones.
    static func isTitle(_ scalars: [Unicode.Scalar]) -> Bool {
        var cased = false, previousCased = false
        for c in scalars {
            if c.properties.isUppercase || isTitlecase(c) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if c.properties.isLowercase {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }

    static func isIdentifier(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return scalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
    }
}
