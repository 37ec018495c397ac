/// Expressions, constants and operators.
extension ASTDump {
    static func expr(_ e: Expr) -> String {
        let (name, fields) = exprFields(e.kind)
        return node(name, e.span, fields)
    }

    static func exprFields(_ kind: ExprKind) -> (String, [String]) {
        switch kind {
        case .name(let id): ("Name", [quote(id)])
        case .constant(let c): ("Constant", [constant(c)])
        case .joinedString(let values): ("JoinedStr", [list(values.map(expr))])
        case .formattedValue(let value, let conversion, let spec):
            ("FormattedValue", [expr(value), conversion.map(String.init) ?? "None", optional(spec)])
        case .unaryOp(let op, let operand): ("UnaryOp", [unary(op), expr(operand)])
        case .binOp(let left, let op, let right): ("BinOp", [expr(left), binary(op), expr(right)])
        case .boolOp(let op, let values): ("BoolOp", [op == .and ? "And" : "Or", list(values.map(expr))])
        case .compare(let left, let pairs):
            ("Compare", [expr(left), list(pairs.map { compare($0.0) }), list(pairs.map { expr($0.1) })])
        case .call(let function, let args, let keywords):
            ("Call", [expr(function), list(args.map(expr)), list(keywords.map(keyword))])
        case .attribute(let value, let attr): ("Attribute", [expr(value), quote(attr)])
        case .subscript(let value, let index): ("Subscript", [expr(value), expr(index)])
        case .slice(let lower, let upper, let step): ("Slice", [optional(lower), optional(upper), optional(step)])
        case .list(let elements): ("List", [list(elements.map(expr))])
        case .tuple(let elements): ("Tuple", [list(elements.map(expr))])
        case .set(let elements): ("Set", [list(elements.map(expr))])
        case .dict(let keys, let values): ("Dict", [list(keys.map(optional)), list(values.map(expr))])
        case .starred(let value): ("Starred", [expr(value)])
        case .ifExp(let test, let body, let orelse): ("IfExp", [expr(test), expr(body), expr(orelse)])
        case .lambda(let args, let body): ("Lambda", [arguments(args), expr(body)])
        case .listComp(let element, let clauses): ("ListComp", [expr(element), list(clauses.map(comprehension))])
        case .setComp(let element, let clauses): ("SetComp", [expr(element), list(clauses.map(comprehension))])
        case .dictComp(let key, let value, let clauses):
            ("DictComp", [expr(key), expr(value), list(clauses.map(comprehension))])
        case .generatorExp(let element, let clauses):
            ("GeneratorExp", [expr(element), list(clauses.map(comprehension))])
        case .await(let value): ("Await", [expr(value)])
        case .yield(let value): ("Yield", [optional(value)])
        case .yieldFrom(let value): ("YieldFrom", [expr(value)])
        case .namedExpr(let target, let value): ("NamedExpr", [quote(target), expr(value)])
        }
    }

    static func constant(_ c: Constant) -> String {
        switch c {
        case .none: "None"
        case .bool(let b): bool(b)
        case .ellipsis: "Ellipsis"
        case .int(let text): integer(text)
        case .float(let d): float(d)
        case .string(let s): quote(s)
        case .bytes(let b): "b[" + b.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: " ") + "]"
        }
    }

    /// Integer literals in decimal, like Python's `repr` (when they fit in 64 bits).
    static func integer(_ text: String) -> String {
        let lower = text.lowercased()
        let radix = lower.hasPrefix("0x") ? 16 : lower.hasPrefix("0o") ? 8 : lower.hasPrefix("0b") ? 2 : 10
        let digits = radix == 10 ? lower : String(lower.dropFirst(2))
        return UInt64(digits, radix: radix).map(String.init) ?? text
    }

    /// Python's float `repr`: shortest round-trip digits, `inf`, exponents as `1e+16`.
    static func float(_ d: Double) -> String {
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let text = "\(d)"
        if let e = text.firstIndex(of: "e") {
            var mantissa = String(text[..<e])
            if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
            var exponent = String(text[text.index(after: e)...])
            let sign = exponent.hasPrefix("-") ? "-" : "+"
            exponent = exponent.trimmingPrefix { $0 == "-" || $0 == "+" }.description
            if exponent.count < 2 { exponent = "0" + exponent }
            return mantissa + "e" + sign + exponent
        }
        return text
    }

    static func unary(_ op: UnaryOperator) -> String {
        switch op {
        case .not: "Not"
        case .negate: "USub"
        case .plus: "UAdd"
        case .invert: "Invert"
        }
    }

    static func binary(_ op: BinaryOperator) -> String {
        switch op {
        case .add: "Add"
        case .subtract: "Sub"
        case .multiply: "Mult"
        case .divide: "Div"
        case .floorDivide: "FloorDiv"
        case .modulo: "Mod"
        case .power: "Pow"
        case .matrixMultiply: "MatMult"
        case .leftShift: "LShift"
        case .rightShift: "RShift"
        case .bitOr: "BitOr"
        case .bitXor: "BitXor"
        case .bitAnd: "BitAnd"
        }
    }

    static func compare(_ op: CompareOperator) -> String {
        switch op {
        case .equal: "Eq"
        case .notEqual: "NotEq"
        case .less: "Lt"
        case .lessEqual: "LtE"
        case .greater: "Gt"
        case .greaterEqual: "GtE"
        case .is: "Is"
        case .isNot: "IsNot"
        case .in: "In"
        case .notIn: "NotIn"
        }
    }
}
