/// What a code token is, for highlighting.
public enum CodeRole: String, Hashable, Sendable, CaseIterable {
    case plain, keyword, builtin, string, number, comment, decorator
    /// The name after `def` or `class`.
    case definition
}

/// A small Python tokenizer for highlighting. It never fails: unterminated
/// strings end at the line end (or at the end of the code for triple quotes).
public enum PythonHighlighter {
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
        "return", "try", "while", "with", "yield",
    ]
    static let builtins: Set<String> = [
        "print", "len", "range", "str", "int", "float", "bool", "list", "dict", "set", "tuple",
        "type", "isinstance", "enumerate", "zip", "map", "filter", "sorted", "sum", "min", "max",
        "abs", "round", "repr", "iter", "next", "open", "input", "super", "object", "any", "all",
        "self", "Exception", "ValueError", "TypeError", "KeyError", "RuntimeError",
        "TimeoutError", "StopIteration", "asyncio",
    ]
    static let stringPrefixes: Set<String> = ["r", "u", "b", "f", "br", "rb", "fr", "rf"]

    /// Tokens of `code` as (role, text) runs; concatenated texts equal `code`.
    public static func tokens(_ code: String) -> [(role: CodeRole, text: String)] {
        var scanner = Scanner(chars: Array(code))
        scanner.run()
        return scanner.out
    }

    /// `code` split into lines of (role, text) runs.
    public static func lines(_ code: String) -> [[(role: CodeRole, text: String)]] {
        var lines: [[(role: CodeRole, text: String)]] = [[]]
        for token in tokens(code) {
            let parts = token.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (i, part) in parts.enumerated() {
                if i > 0 { lines.append([]) }
                if !part.isEmpty { lines[lines.count - 1].append((token.role, String(part))) }
            }
        }
        return lines
    }

    private struct Scanner {
        let chars: [Character]
        var i = 0
        var out: [(role: CodeRole, text: String)] = []
        var previousWord = ""
        var atLineStart = true

        mutating func emit(_ role: CodeRole, _ start: Int) {
            let text = String(chars[start..<i])
            if let last = out.last, last.role == role {
                out[out.count - 1].text += text
            } else {
                out.append((role, text))
            }
        }

        mutating func run() {
            while i < chars.count {
                let c = chars[i]
                let start = i
                if c == "#" {
                    while i < chars.count, chars[i] != "\n" { i += 1 }
                    emit(.comment, start)
                } else if c == "\"" || c == "'" {
                    scanString(from: start)
                } else if c.isNumber && c.isASCII || (c == "." && i + 1 < chars.count && chars[i + 1].isASCII && chars[i + 1].isNumber) {
                    scanNumber()
                    emit(.number, start)
                } else if c == "@" && atLineStart {
                    i += 1
                    while i < chars.count, chars[i].isIdentifierChar || chars[i] == "." { i += 1 }
                    emit(.decorator, start)
                } else if c.isLetter || c == "_" {
                    while i < chars.count, chars[i].isIdentifierChar { i += 1 }
                    let word = String(chars[start..<i])
                    if i < chars.count, chars[i] == "\"" || chars[i] == "'", Self.prefixes.contains(word.lowercased()) {
                        scanString(from: start)
                    } else {
                        emit(role(of: word), start)
                        previousWord = word
                    }
                } else {
                    i += 1
                    emit(.plain, start)
                    if c == "\n" {
                        atLineStart = true
                    } else if !c.isWhitespace {
                        atLineStart = false
                        previousWord = ""
                    }
                    continue
                }
                atLineStart = false
            }
        }

        static var prefixes: Set<String> { PythonHighlighter.stringPrefixes }

        func role(of word: String) -> CodeRole {
            if previousWord == "def" || previousWord == "class" { return .definition }
            if PythonHighlighter.keywords.contains(word) { return .keyword }
            if PythonHighlighter.builtins.contains(word) { return .builtin }
            return .plain
        }

        /// From `start` (a prefix or the quote) to the closing quote.
        mutating func scanString(from start: Int) {
            while chars[i] != "\"" && chars[i] != "'" { i += 1 }
            let quote = chars[i]
            let triple = i + 2 < chars.count && chars[i + 1] == quote && chars[i + 2] == quote
            i += triple ? 3 : 1
            while i < chars.count {
                let c = chars[i]
                if c == "\\" {
                    i += 2
                    continue
                }
                if !triple && c == "\n" { break }  // unterminated: stop at the line end
                if c == quote {
                    if !triple {
                        i += 1
                        break
                    }
                    if i + 2 < chars.count, chars[i + 1] == quote, chars[i + 2] == quote {
                        i += 3
                        break
                    }
                }
                i += 1
            }
            i = min(i, chars.count)
            emit(.string, start)
            previousWord = ""
        }

        mutating func scanNumber() {
            while i < chars.count {
                let c = chars[i]
                if c.isASCII && (c.isLetter || c.isNumber) || c == "_" || c == "." {
                    i += 1
                    if (c == "e" || c == "E"), i < chars.count, chars[i] == "+" || chars[i] == "-" { i += 1 }
                } else {
                    break
                }
            }
        }
    }
}

extension Character {
    var isIdentifierChar: Bool { isLetter || isNumber || self == "_" }
}
