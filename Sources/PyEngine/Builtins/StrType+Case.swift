/// Case conversion (`upper`, `title`, ...) and the `is...` predicates, using
/// Unicode's full case mappings as CPython does (`"ß".upper() == "SS"`).
extension Builtins {
    static func installStrCase() {
        strTransform("upper") { TextCase.map($0.scalars) { $0.properties.uppercaseMapping } }
        strTransform("lower") { TextCase.map($0.scalars) { $0.properties.lowercaseMapping } }
        strTransform("casefold") { TextCase.map($0.scalars, TextCase.fold) }
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
            try args.expect("str.\(name)", min: 0, max: 0)
            return .bool(test(s.scalars))
        }
    }
}

/// Per-code-point case rules, after CPython's `unicodeobject.c`.
enum TextCase {
    static func map(_ scalars: [Unicode.Scalar], _ f: (Unicode.Scalar) -> String) -> String {
        var out = ""
        for c in scalars { out += f(c) }
        return out
    }

    static func fold(_ c: Unicode.Scalar) -> String {
        switch c.value {
        case 0xDF: return "ss"
        case 0x3C2: return "\u{3C3}"
        case 0x1E9E: return "ss"
        default: return c.properties.lowercaseMapping
        }
    }

    static func swap(_ c: Unicode.Scalar) -> String {
        if c.properties.isUppercase { return c.properties.lowercaseMapping }
        if c.properties.isLowercase { return c.properties.uppercaseMapping }
        return String(c)
    }

    /// Words start at a cased character after an uncased one.
    static func title(_ scalars: [Unicode.Scalar]) -> String {
        var out = "", previousCased = false
        for c in scalars {
            out += previousCased ? c.properties.lowercaseMapping : c.properties.titlecaseMapping
            previousCased = c.properties.isCased
        }
        return out
    }

    static func capitalize(_ scalars: [Unicode.Scalar]) -> String {
        guard let first = scalars.first else { return "" }
        return first.properties.titlecaseMapping + map(Array(scalars.dropFirst())) { $0.properties.lowercaseMapping }
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
