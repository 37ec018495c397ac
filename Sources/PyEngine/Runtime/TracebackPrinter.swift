import PySyntax

/// Formats uncaught exceptions and syntax errors exactly as CPython 3.11 prints
/// them, chained exceptions and `^~~` markers included.
struct TracebackPrinter {
    let vm: VM

    func format(_ e: PyBaseException) -> String {
        var state = State()
        printRecursive(e, &state)
        return state.out
    }

    /// The exception without its cause or context, as CPython's default
    /// unraisable hook prints it.
    func formatAlone(_ e: PyBaseException) -> String {
        var state = State()
        printException(e, &state)
        return state.out
    }

    /// What CPython's `exception_print_context` tracks while printing.
    private struct State {
        var out = ""
        var seen = Set<ObjectIdentifier>()
        /// How deeply nested in exception groups the current exception is.
        var depth = 0
        /// Whether the current group's closing line is still owed.
        var needClose = false

        var indent: String { String(repeating: " ", count: 2 * depth) }
        /// The prefix of every line at this depth: `    | ` inside groups.
        var margin: String { depth > 0 ? indent + "| " : "" }
    }

    private static let causeMessage = "The above exception was the direct cause of the following exception:\n"
    private static let contextMessage = "During handling of the above exception, another exception occurred:\n"
    private static let maxGroupWidth = 15
    private static let maxGroupDepth = 10

    /// The cause or context first, then this exception (`print_exception_recursive`).
    private func printRecursive(_ e: PyBaseException, _ s: inout State) {
        s.seen.insert(ObjectIdentifier(e))
        if let cause = e.cause {
            if !s.seen.contains(ObjectIdentifier(cause)) { printChained(cause, Self.causeMessage, &s) }
        } else if let context = e.context, !e.suppressContext, !s.seen.contains(ObjectIdentifier(context)) {
            printChained(context, Self.contextMessage, &s)
        }
        if vm.isGroup(e) {
            printGroup(e, &s)
        } else {
            printException(e, &s)
        }
    }

    private func printChained(_ e: PyBaseException, _ message: String, _ s: inout State) {
        let needClose = s.needClose
        printRecursive(e, &s)
        s.needClose = needClose
        s.out += s.margin + "\n" + s.margin + message + s.margin + "\n"
    }

    /// The traceback, `Type: message`, then the notes.
    private func printException(_ e: PyBaseException, _ s: inout State) {
        printTraceback(e, &s)
        s.out += s.margin + exceptionLine(e)
        guard let notes = e.dict.get("__notes__") else { return }
        guard case .object(let o) = notes, let list = o as? PyList else {
            s.out += s.margin + ((try? vm.repr(notes)) ?? "<__notes__ repr() failed>") + "\n"
            return
        }
        for note in list.items {
            guard case .str(let text) = note else {
                s.out += s.margin + ((try? vm.repr(note)) ?? "<note repr() failed>") + "\n"
                continue
            }
            s.out += noteLines(text.value, s.margin) + "\n"
        }
    }

    /// A note's lines, each after the margin (CPython splits keeping line ends).
    private func noteLines(_ note: String, _ margin: String) -> String {
        var lines = note.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
        lines[lines.count - 1].removeLast()
        if lines.last!.isEmpty { lines.removeLast() }
        return lines.map { margin + $0 }.joined()
    }

    private func printTraceback(_ e: PyBaseException, _ s: inout State) {
        guard !e.traceback.isEmpty else { return }
        let isGroup = vm.isGroup(e)
        let headerMargin = isGroup && s.depth == 1 ? s.indent + "+ " : s.margin
        s.out += headerMargin + (isGroup ? "Exception Group Traceback" : "Traceback") + " (most recent call last):\n"
        for line in collapsingRepeats(e.traceback) { s.out += prefixed(line, s.margin) }
    }

    /// The group's own traceback and message, then each member in a numbered box.
    private func printGroup(_ e: PyBaseException, _ s: inout State) {
        if s.depth > Self.maxGroupDepth {
            s.out += s.margin + "... (max_group_depth is \(Self.maxGroupDepth))\n"
            return
        }
        if s.depth == 0 { s.depth += 1 }
        printException(e, &s)
        let members = e.groupExceptions
        let shown = members.count <= Self.maxGroupWidth ? members.count : Self.maxGroupWidth + 1
        s.needClose = false
        for i in 0..<shown {
            let last = i == shown - 1
            if last { s.needClose = true }
            let truncated = i >= Self.maxGroupWidth
            if truncated {
                s.out += s.indent + "  +---------------- ... ----------------\n"
            } else {
                s.out += s.indent + (i == 0 ? "+-" : "  ") + "+---------------- \(i + 1) ----------------\n"
            }
            s.depth += 1
            if truncated {
                let remaining = members.count - Self.maxGroupWidth
                s.out += s.margin + "and \(remaining) more exception\(remaining > 1 ? "s" : "")\n"
            } else {
                printRecursive(members[i], &s)
            }
            if last && s.needClose {
                s.out += s.indent + "+------------------------------------\n"
                s.needClose = false
            }
            s.depth -= 1
        }
        if s.depth == 1 { s.depth -= 1 }
    }

    /// Every line of `text` after `margin`.
    private func prefixed(_ text: String, _ margin: String) -> String {
        if margin.isEmpty { return text }
        return text.split(separator: "\n").map { margin + $0 + "\n" }.joined()
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
        let segment = Array(scalars[start..<end])
        let anchors = anchors(segment, instruction)
        // A span covering the whole line gets markers only to point inside it.
        if start == indent && end >= scalars.count - trailing && anchors == nil { return nil }
        var marks = [Character](repeating: "^", count: segment.count)
        if let (from, to) = anchors {
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

    /// `ValueError: message` (CPython puts no margin before a message's later lines).
    private func exceptionLine(_ e: PyBaseException) -> String {
        let type = e.type!
        var name = type.qualifiedName
        if type.module != "builtins" && type.module != "__main__" { name = "\(type.module).\(name)" }
        var message: String
        do { message = try vm.str(.object(e)) } catch { return "\(name): <exception str() failed>\n" }
        if let suggestion = suggestion(for: e) { message += ". Did you mean: '\(suggestion)'?" }
        var out = message.isEmpty ? "\(name)\n" : "\(name): \(message)\n"
        if let hint = HistoryHints.hint(for: e, vm) { out += hint + "\n" }
        return out
    }

    /// The closest existing name to a missing attribute or global, if any.
    private func suggestion(for e: PyBaseException) -> String? {
        guard case .str(let wrong) = e.dict.get("name") ?? .none else { return nil }
        if e.isInstance(of: ExceptionTypes.attributeError), let obj = e.dict.get("obj") {
            return Suggestions.closest(to: wrong.value, among: vm.attributeNames(of: obj).sorted())
        }
        if e.isInstance(of: ExceptionTypes.nameError) {
            return Suggestions.closest(to: wrong.value, among: e.visibleNames)
        }
        return nil
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
        if let hint = HistoryHints.hint(forSyntaxError: error.message) { out += hint + "\n" }
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
