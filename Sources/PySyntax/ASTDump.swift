/// A compact S-expression rendering of the AST with `line:col-line:col` spans,
/// in CPython's node and field vocabulary: `(BinOp@1:0-1:5 (Name@1:0-1:1 "x") Add ...)`.
///
/// Tests compare it against the same rendering of CPython's `ast`
/// (`Tests/PySyntaxTests/Oracle/cpython_dump.py`).
public enum ASTDump {
    public static func dump(_ module: Module) -> String {
        "(Module \(list(module.body.map(stmt))))"
    }

    static func node(_ name: String, _ span: SourceSpan?, _ fields: [String]) -> String {
        var head = name
        if let span { head += "@\(span.start.line):\(span.start.column)-\(span.end.line):\(span.end.column)" }
        return "(" + ([head] + fields).joined(separator: " ") + ")"
    }

    static func list(_ items: [String]) -> String { "[" + items.joined(separator: " ") + "]" }
    static func optional(_ e: Expr?) -> String { e.map(expr) ?? "None" }
    static func bool(_ b: Bool) -> String { b ? "True" : "False" }

    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    out += "\\u{" + String(c.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}
