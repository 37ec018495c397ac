/// Expressions by precedence, loosest first: tuples, `:=`, lambda, ternary,
/// `or`/`and`/`not`, comparisons, binary operators, unary, `**`, `await`.
extension Parser {
    /// `a, *b, c` without brackets (a tuple if there is a comma).
    mutating func parseStarExpressions() throws(PySyntaxError) -> Expr {
        let start = self.start
        let first = try parseStarExpression()
        guard isOp(",") else { return first }
        var elements = [first]
        while try accept(",") {
            if !startsExpression { break }
            elements.append(try parseStarExpression())
        }
        return Expr(.tuple(elements), span(from: start))
    }

    /// `*bitor` or an expression.
    mutating func parseStarExpression() throws(PySyntaxError) -> Expr {
        guard isOp("*") else { return try parseExpression() }
        let start = self.start
        try advance()
        return Expr(.starred(try parseBitOr()), span(from: start))
    }

    /// `*bitor` or a named expression, as in list displays and call arguments.
    mutating func parseStarNamedExpression() throws(PySyntaxError) -> Expr {
        guard isOp("*") else { return try parseNamedExpression() }
        let start = self.start
        try advance()
        return Expr(.starred(try parseBitOr()), span(from: start))
    }

    /// `name := value` or an expression.
    mutating func parseNamedExpression() throws(PySyntaxError) -> Expr {
        guard let name = currentName, isOp(":=", 1) else { return try parseExpression() }
        let start = self.start
        try advance()
        try advance()
        return Expr(.namedExpr(target: name, value: try parseExpression()), span(from: start))
    }

    /// A conditional expression or lambda.
    mutating func parseExpression() throws(PySyntaxError) -> Expr {
        if isKeyword("lambda") { return try parseLambda() }
        let start = self.start
        let body = try parseDisjunction()
        guard isKeyword("if") else { return body }
        try advance()
        let test = try parseDisjunction()
        guard try acceptKeyword("else") else {
            throw error("expected 'else' after 'if' expression", from: body.span.start, to: previousEnd)
        }
        let orelse = try parseExpression()
        return Expr(.ifExp(test: test, body: body, orelse: orelse), span(from: start))
    }

    mutating func parseLambda() throws(PySyntaxError) -> Expr {
        let start = self.start
        try advance()
        let arguments = try parseParameters(closer: ":", annotated: false)
        try expect(":")
        return Expr(.lambda(arguments, try parseExpression()), span(from: start))
    }

    mutating func parseDisjunction() throws(PySyntaxError) -> Expr {
        try parseBoolChain("or", .or) { (p: inout Parser) throws(PySyntaxError) in
            try p.parseBoolChain("and", .and) { (p: inout Parser) throws(PySyntaxError) in try p.parseInversion() }
        }
    }

    /// `x op y op z` as one BoolOp with all operands.
    mutating func parseBoolChain(_ word: String, _ op: BoolOperator,
                                 _ operand: (inout Parser) throws(PySyntaxError) -> Expr) throws(PySyntaxError) -> Expr {
        let start = self.start
        let first = try operand(&self)
        guard isKeyword(word) else { return first }
        var values = [first]
        while try acceptKeyword(word) { values.append(try operand(&self)) }
        return Expr(.boolOp(op, values), span(from: start))
    }

    mutating func parseInversion() throws(PySyntaxError) -> Expr {
        guard isKeyword("not") else { return try parseComparison() }
        let start = self.start
        try advance()
        return Expr(.unaryOp(.not, try parseInversion()), span(from: start))
    }

    mutating func parseComparison() throws(PySyntaxError) -> Expr {
        let start = self.start
        let left = try parseBitOr()
        var pairs: [(CompareOperator, Expr)] = []
        while let op = try acceptComparisonOperator() {
            pairs.append((op, try parseBitOr()))
        }
        return pairs.isEmpty ? left : Expr(.compare(left, pairs), span(from: start))
    }

    mutating func acceptComparisonOperator() throws(PySyntaxError) -> CompareOperator? {
        let simple: [String: CompareOperator] = ["==": .equal, "!=": .notEqual, "<": .less, "<=": .lessEqual,
                                                 ">": .greater, ">=": .greaterEqual]
        if case .op(let op) = current.kind, let compare = simple[op] {
            try advance()
            return compare
        }
        if isKeyword("not") {
            // After an operand, `not` can only begin `not in`; CPython blames the token after it.
            guard isKeyword("in", 1) else {
                index += 1
                throw invalidSyntax()
            }
            try advance(); try advance()
            return .notIn
        }
        if try acceptKeyword("in") { return .in }
        if try acceptKeyword("is") { return try acceptKeyword("not") ? .isNot : .is }
        return nil
    }

    // MARK: - Binary operators (a precedence-climbing table)

    static let binaryOperators: [String: (BinaryOperator, Int)] = [
        "|": (.bitOr, 1), "^": (.bitXor, 2), "&": (.bitAnd, 3), "<<": (.leftShift, 4), ">>": (.rightShift, 4),
        "+": (.add, 5), "-": (.subtract, 5), "*": (.multiply, 6), "/": (.divide, 6), "//": (.floorDivide, 6),
        "%": (.modulo, 6), "@": (.matrixMultiply, 6),
    ]

    mutating func parseBitOr() throws(PySyntaxError) -> Expr {
        try parseBinary(minimumPrecedence: 1)
    }

    /// Left-associative binary operators binding at least as tightly as `minimumPrecedence`.
    mutating func parseBinary(minimumPrecedence: Int) throws(PySyntaxError) -> Expr {
        let start = self.start
        var left = try parseFactor()
        while case .op(let op) = current.kind, let (binary, precedence) = Parser.binaryOperators[op],
              precedence >= minimumPrecedence {
            try advance()
            let right = try parseBinary(minimumPrecedence: precedence + 1)
            left = Expr(.binOp(left, binary, right), span(from: start))
        }
        return left
    }

    /// Unary `+ - ~`, which bind looser than `**` on their right: `-2**2` is `-(2**2)`.
    mutating func parseFactor() throws(PySyntaxError) -> Expr {
        let unary: [String: UnaryOperator] = ["-": .negate, "+": .plus, "~": .invert]
        guard case .op(let op) = current.kind, let unaryOp = unary[op] else { return try parsePower() }
        let start = self.start
        try advance()
        return Expr(.unaryOp(unaryOp, try parseFactor()), span(from: start))
    }

    /// `x ** y`, right-associative; the right side may be unary (`2 ** -1`).
    mutating func parsePower() throws(PySyntaxError) -> Expr {
        let start = self.start
        let base = try parseAwait()
        guard try accept("**") else { return base }
        return Expr(.binOp(base, .power, try parseFactor()), span(from: start))
    }

    mutating func parseAwait() throws(PySyntaxError) -> Expr {
        guard isKeyword("await") else { return try parsePrimary() }
        let start = self.start
        try advance()
        return Expr(.await(try parsePrimary()), span(from: start))
    }

    /// `yield`, `yield x, y` or `yield from x`.
    mutating func parseYield() throws(PySyntaxError) -> Expr {
        let start = self.start
        try advance()
        if try acceptKeyword("from") {
            return Expr(.yieldFrom(try parseExpression()), span(from: start))
        }
        let value = startsExpression ? try parseStarExpressions() : nil
        return Expr(.yield(value), span(from: start))
    }
}
