import PySyntax
import Testing

/// Operator precedence, shown by parenthesizing the parsed tree.
@Suite struct PrecedenceTests {
    /// Fully parenthesized form of a one-expression module.
    func grouped(_ source: String) throws -> String {
        let module = try Parser.parseModule(source)
        guard case .expr(let e) = module.body.first?.kind else { return "?" }
        return render(e)
    }

    func render(_ e: Expr) -> String {
        switch e.kind {
        case .name(let n): n
        case .constant(.int(let i)): i
        case .binOp(let l, let op, let r): "(\(render(l)) \(symbol(op)) \(render(r)))"
        case .unaryOp(let op, let x): "(\(op == .not ? "not " : op == .negate ? "-" : op == .plus ? "+" : "~")\(render(x)))"
        case .boolOp(let op, let xs): "(" + xs.map(render).joined(separator: op == .and ? " and " : " or ") + ")"
        case .compare(let l, let pairs): "(" + render(l) + pairs.map { " \($0.0) \(render($0.1))" }.joined() + ")"
        case .ifExp(let t, let b, let o): "(\(render(b)) if \(render(t)) else \(render(o)))"
        case .await(let x): "(await \(render(x)))"
        default: "?"
        }
    }

    func symbol(_ op: BinaryOperator) -> String {
        switch op {
        case .add: "+"
        case .subtract: "-"
        case .multiply: "*"
        case .divide: "/"
        case .floorDivide: "//"
        case .modulo: "%"
        case .power: "**"
        case .matrixMultiply: "@"
        case .leftShift: "<<"
        case .rightShift: ">>"
        case .bitOr: "|"
        case .bitXor: "^"
        case .bitAnd: "&"
        }
    }

    @Test(arguments: [
        ("-2**2", "(-(2 ** 2))"),
        ("2**-1", "(2 ** (-1))"),
        ("a**b**c", "(a ** (b ** c))"),
        ("a - b - c", "((a - b) - c)"),
        ("a + b * c", "(a + (b * c))"),
        ("a | b ^ c & d << e + f", "(a | (b ^ (c & (d << (e + f)))))"),
        ("not a == b", "(not (a equal b))"),
        ("a or b and not c", "(a or (b and (not c)))"),
        ("a and b and c", "(a and b and c)"),
        ("a < b <= c", "(a less b lessEqual c)"),
        ("a not in b is not c", "(a notIn b isNot c)"),
        ("a if b else c if d else e", "(a if b else (c if d else e))"),
        ("-await a ** b", "(-((await a) ** b))"),
        ("~a // b % c @ d", "((((~a) // b) % c) @ d)"),
    ])
    func grouping(source: String, expected: String) throws {
        #expect(try grouped(source) == expected)
    }
}
