/// Which expressions may be assigned to or deleted (CPython: `_PyPegen_get_invalid_target`).
extension Parser {
    /// Fails unless `target` can be assigned to (or deleted). `hintEquality` adds CPython's
    /// "Maybe you meant '=='" when a lone non-tuple target precedes `=`.
    func checkTarget(_ target: Expr, deleting: Bool = false, hintEquality: Bool = false) throws(PySyntaxError) {
        guard let bad = invalidTarget(target, deleting: deleting) else { return }
        let verb = deleting ? "delete" : "assign to"
        let message = "cannot \(verb) \(Parser.describe(bad))"
        if hintEquality && bad.span == target.span && Parser.isBitwiseOrLevel(target) {
            throw error(message + " here. Maybe you meant '==' instead of '='?", span: bad.span)
        }
        switch bad.kind {
        case .yield where !deleting, .yieldFrom where !deleting:
            throw error("assignment to yield expression not possible", span: bad.span)
        default:
            throw error(message, span: bad.span)
        }
    }

    /// The first sub-expression that can't be a target, if any.
    func invalidTarget(_ target: Expr, deleting: Bool) -> Expr? {
        switch target.kind {
        case .name, .attribute, .subscript:
            return nil
        case .tuple(let elements), .list(let elements):
            for element in elements {
                if let bad = invalidTarget(element, deleting: deleting) { return bad }
            }
            return nil
        case .starred(let inner):
            return deleting ? target : invalidTarget(inner, deleting: deleting)
        default:
            return target
        }
    }

    /// `if x = 1:` and `[a = 1]`: CPython's hints for `=` where only an expression may stand.
    mutating func diagnoseStrayEquals(_ expr: Expr) throws(PySyntaxError) {
        guard isOp("=") else { return }
        let mark = index
        try advance()
        guard let value = try? parseBitOr(), !isOp("="), !isOp(":=") else {
            index = mark
            return
        }
        if case .name = expr.kind {
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: expr.span.start,
                        to: value.span.end)
        }
        index = mark
        guard Parser.isBitwiseOrLevel(expr) else { return }
        throw error("cannot assign to \(Parser.describe(expr)) here. Maybe you meant '==' instead of '='?",
                    span: expr.span)
    }

    func checkAugmentedTarget(_ target: Expr) throws(PySyntaxError) {
        switch target.kind {
        case .name, .attribute, .subscript: return
        default:
            throw error("'\(Parser.describe(target))' is an illegal expression for augmented assignment",
                        span: target.span)
        }
    }

    /// Whether CPython's `invalid_named_expression` rule would see this as a `bitwise_or`
    /// (its "Maybe you meant '=='" hint skips tuples, lists, comparisons and the like).
    static func isBitwiseOrLevel(_ e: Expr) -> Bool {
        switch e.kind {
        case .tuple, .list, .generatorExp, .compare, .boolOp, .ifExp, .lambda, .namedExpr, .starred:
            return false
        case .unaryOp(.not, _): return false
        case .constant(.none), .constant(.bool): return false
        default: return true
        }
    }

    /// CPython's name for a kind of expression in error messages (`_PyPegen_get_expr_name`).
    static func describe(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: "attribute"
        case .subscript: "subscript"
        case .starred: "starred"
        case .name: "name"
        case .list: "list"
        case .tuple: "tuple"
        case .lambda: "lambda"
        case .call: "function call"
        case .boolOp, .binOp, .unaryOp: "expression"
        case .generatorExp: "generator expression"
        case .yield, .yieldFrom: "yield expression"
        case .await: "await expression"
        case .listComp: "list comprehension"
        case .setComp: "set comprehension"
        case .dictComp: "dict comprehension"
        case .dict: "dict literal"
        case .set: "set display"
        case .joinedString, .formattedValue: "f-string expression"
        case .constant(.none): "None"
        case .constant(.bool(let b)): b ? "True" : "False"
        case .constant(.ellipsis): "ellipsis"
        case .constant: "literal"
        case .compare: "comparison"
        case .ifExp: "conditional expression"
        case .namedExpr: "named expression"
        case .slice: "slice"
        }
    }
}
