import PySyntax

/// Formats uncaught exceptions and syntax errors exactly as CPython 3.11 prints
/// them, chained exceptions and `^~~` markers included.
struct TracebackPrinter {
    let vm: VM

    func format(_ e: PyBaseException) -> String {
        var seen = Set<ObjectIdentifier>()
        return chain(e, &seen)
    }

    /// The cause or context first, then this exception.
    private func chain(_ e: PyBaseException, _ seen: inout Set<ObjectIdentifier>) -> String {
        seen.insert(ObjectIdentifier(e))
        var out = ""
        if let cause = e.cause, !seen.contains(ObjectIdentifier(cause)) {
            out += chain(cause, &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if let context = e.context, !e.suppressContext, !seen.contains(ObjectIdentifier(context)) {
            out += chain(context, &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if vm.isGroup(e) { return out + group(e, depth: 0) }
        out += frames(e).joined()
        out += exceptionLine(e)
        return out
    }

    private func frames(_ e: PyBaseException) -> [String] {
        guard !e.traceback.isEmpty else { return [] }
        return ["Traceback (most recent call last):\n"] + collapsingRepeats(e.traceback)
    }

    /// The entries, with runs of the same line (recursion) cut after three as
    /// `[Previous line repeated N more times]`.
    private func collapsingRepeats(_ entries: [TracebackEntry]) -> [String] {
        let cutoff = 3
        var out: [String] = []
        var previous: TracebackEntry?
        var count = 0
        func flush() {
            let extra = count - cutoff
            if extra > 0 { out.append("  [Previous line repeated \(extra) more time\(extra > 1 ? "s" : "")]\n") }
        }
        for t in entries {
            if let p = previous, p.code === t.code, p.line == t.line {
                count += 1
            } else {
                flush()
                count = 1
            }
            previous = t
            if count <= cutoff { out.append(entry(t)) }
        }
        flush()
        return out
    }

    /// `  File "x.py", line 3, in f` and the source line with markers.
    private func entry(_ t: TracebackEntry) -> String {
        let code = t.code
        var out = "  File \"\(code.filename)\", line \(t.line), in \(code.name)\n"
        guard let source = vm.sourceLine(code.filename, t.line) else { return out }
        let stripped = source.trimmingCharacters(in: .whitespaces)
        guard !stripped.isEmpty else { return out }
        out += "    \(stripped)\n"
        if let markers = markers(code.spans[t.instruction], code.instructions[t.instruction], source) {
            out += "    \(markers)\n"
        }
        return out
    }

    /// `~~^^` under the failing expression, unless it is the whole line.
    private func markers(_ span: SourceSpan, _ instruction: Instruction, _ source: String) -> String? {
        let scalars = Array(source.unicodeScalars)
        let indent = scalars.prefix { $0 == " " || $0 == "\t" }.count
        let start = span.start.column
        let end = span.end.line == span.start.line ? span.end.column : scalars.count
        guard span.start.line > 0, start >= indent, end <= scalars.count, start < end else { return nil }
        let trailing = scalars.count - (scalars.lastIndex { $0 != " " && $0 != "\t" } ?? scalars.count - 1) - 1
        if start == indent && end >= scalars.count - trailing { return nil }
        let segment = Array(scalars[start..<end])
        var marks = [Character](repeating: "^", count: segment.count)
        if let (from, to) = anchors(segment, instruction) {
            for i in marks.indices where i < from || i >= to { marks[i] = "~" }
        }
        return String(repeating: " ", count: start - indent) + String(marks)
    }

    /// The operator of a binary operation, or the brackets of a subscript, within
    /// the expression's text.
    private func anchors(_ segment: [Unicode.Scalar], _ instruction: Instruction) -> (Int, Int)? {
        switch instruction {
        case .binary(let op, _):
            let symbol = Array(vm.binaryMethods(op).3.unicodeScalars)
            return OperatorScanner(text: segment).topLevelOperator(symbol).map { ($0, $0 + symbol.count) }
        case .binarySubscr:
            return OperatorScanner(text: segment).finalSubscript().map { ($0, segment.count) }
        default:
            return nil
        }
    }

    /// `ValueError: message`, with notes after it.
    func exceptionLine(_ e: PyBaseException) -> String {
        let type = e.type!
        var name = type.qualifiedName
        if type.module != "builtins" && type.module != "__main__" { name = "\(type.module).\(name)" }
        let message = (try? vm.exceptionText(e)) ?? "<exception str() failed>"
        var out = message.isEmpty ? "\(name)\n" : "\(name): \(message)\n"
        if case .object(let o) = e.dict.get("__notes__") ?? .none, let notes = o as? PyList {
            for note in notes.items { out += ((try? vm.str(note)) ?? "") + "\n" }
        }
        return out
    }

    // MARK: Exception groups

    /// The boxed layout CPython uses for exception groups.
    private func group(_ e: PyBaseException, depth: Int) -> String {
        var out = "  + Exception Group Traceback (most recent call last):\n"
        for line in frames(e).dropFirst() { out += prefixLines(line, "  | ") }
        out += prefixLines(exceptionLine(e), "  | ")
        for (i, child) in e.groupExceptions.enumerated() {
            let title = " \(i + 1) "
            let dashes = String(repeating: "-", count: 16)
            out += (i == 0 ? "  +-+" : "    +") + dashes + title + dashes + "\n"
            let body: String
            if vm.isGroup(child) {
                body = group(child, depth: depth + 1)
            } else {
                var seen = Set<ObjectIdentifier>()
                body = chain(child, &seen)
            }
            out += prefixLines(body, "    | ")
        }
        out += "    +------------------------------------\n"
        return out
    }

    private func prefixLines(_ text: String, _ prefix: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            line.isEmpty ? prefix.trimmingCharacters(in: .whitespaces) + "\n" : prefix + line + "\n"
        }.joined()
    }

    // MARK: Syntax errors

    /// `  File "x.py", line 2`, the line, a caret, `SyntaxError: message`.
    func syntaxError(_ error: PySyntaxError, filename: String) -> String {
        var out = "  File \"\(filename)\", line \(error.line)\n"
        let source = error.sourceLine ?? vm.sourceLine(filename, error.line)
        if let source {
            let scalars = Array(source.unicodeScalars)
            let indent = scalars.prefix { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }.count
            let text = String(String.UnicodeScalarView(scalars[indent...])).trimmingCharacters(in: .whitespaces)
            out += "    \(text)\n"
            let caret = max(error.column - 1 - indent, 0)
            let width = max((error.endColumn ?? error.column + 1) - error.column, 1)
            out += "    " + String(repeating: " ", count: caret) + String(repeating: "^", count: width) + "\n"
        }
        out += "\(error.kind): \(error.message)\n"
        return out
    }
}

/// Finds operators and brackets at the top level of an expression's text,
/// skipping strings and nested brackets.
struct OperatorScanner {
    let text: [Unicode.Scalar]

    /// The column of the binary operator `symbol`: the rightmost one at bracket
    /// depth 0 that is not unary (the leftmost for the right-associative `**`).
    func topLevelOperator(_ symbol: [Unicode.Scalar]) -> Int? {
        var candidates: [Int] = []
        var depth = 0, i = 0
        var previousSignificant: Unicode.Scalar?
        while i < text.count {
            let c = text[i]
            if c == "'" || c == "\"" {
                i = skipString(from: i)
                previousSignificant = "a"
                continue
            }
            if "([{".unicodeScalars.contains(c) { depth += 1 }
            if ")]}".unicodeScalars.contains(c) { depth -= 1 }
            if depth == 0, matches(symbol, at: i), let prev = previousSignificant, !isOperatorChar(prev) || ")]}".unicodeScalars.contains(prev) {
                if !(symbol.count == 1 && (i + 1 < text.count && (text[i + 1] == symbol[0] || text[i + 1] == "="))) {
                    candidates.append(i)
                    i += symbol.count
                    previousSignificant = symbol.last
                    continue
                }
            }
            if c != " " { previousSignificant = c }
            i += 1
        }
        return symbol == Array("**".unicodeScalars) ? candidates.first : candidates.last
    }

    /// Where the last top-level `[...]` starts, for `value[index]`.
    func finalSubscript() -> Int? {
        guard text.last == "]" else { return nil }
        var depth = 0
        for i in stride(from: text.count - 1, through: 0, by: -1) {
            if "])}".unicodeScalars.contains(text[i]) { depth += 1 }
            if "[({".unicodeScalars.contains(text[i]) {
                depth -= 1
                if depth == 0 { return i }
            }
        }
        return nil
    }

    private func matches(_ symbol: [Unicode.Scalar], at i: Int) -> Bool {
        i + symbol.count <= text.count && Array(text[i..<(i + symbol.count)]) == symbol
    }

    private func isOperatorChar(_ c: Unicode.Scalar) -> Bool {
        "+-*/%@<>=!&|^~,(:[{".unicodeScalars.contains(c)
    }

    private func skipString(from start: Int) -> Int {
        let quote = text[start]
        var i = start + 1
        while i < text.count {
            if text[i] == "\\" { i += 2; continue }
            if text[i] == quote { return i + 1 }
            i += 1
        }
        return i
    }
}
