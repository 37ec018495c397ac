import PySyntax

/// Builds a SyntaxError located at a node, as CPython's compiler reports it
/// (1-based columns; an end column only when the node ends on its first line).
func syntaxError(_ message: String, at span: SourceSpan) -> PySyntaxError {
    let sameLine = span.end.line == span.start.line
    return PySyntaxError(message: message, line: span.start.line, column: span.start.column + 1,
                         endColumn: sameLine ? span.end.column + 1 : nil)
}

/// CPython's private-name mangling: `__x` inside class `C` becomes `_C__x`.
func mangle(_ name: String, inClass className: String?) -> String {
    guard let className, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else {
        return name
    }
    let stripped = className.drop { $0 == "_" }
    return stripped.isEmpty ? name : "_\(stripped)\(name)"
}
