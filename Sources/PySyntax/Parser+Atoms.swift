/// Atoms: names, literals, and the bracketed forms (tuples, lists, sets, dicts and comprehensions).
extension Parser {
    mutating func parseAtom() throws(PySyntaxError) -> Expr {
        let token = current
        switch token.kind {
        case .name("None"): try advance(); return Expr(.constant(.none), token.span)
        case .name("True"): try advance(); return Expr(.constant(.bool(true)), token.span)
        case .name("False"): try advance(); return Expr(.constant(.bool(false)), token.span)
        case .name(let name) where !pythonKeywords.contains(name):
            try advance()
            return Expr(.name(name), token.span)
        case .number(let text):
            try advance()
            return Expr(.constant(try numberConstant(text, token)), token.span)
        case .string:
            return try parseStrings()
        case .op("..."):
            try advance()
            return Expr(.constant(.ellipsis), token.span)
        case .op("("): return try parseParenthesized()
        case .op("["): return try parseList()
        case .op("{"): return try parseBraces()
        default:
            throw invalidSyntax()
        }
    }

    func numberConstant(_ text: String, _ token: Token) throws(PySyntaxError) -> Constant {
        let digits = text.replacingOccurrences(of: "_", with: "")
        let isHexOrBinaryOrOctal = digits.count > 1 && digits.hasPrefix("0") && "xXoObB".contains(digits[digits.index(after: digits.startIndex)])
        if !isHexOrBinaryOrOctal && (digits.contains(".") || digits.contains("e") || digits.contains("E")) {
            guard let value = Double(digits) else { throw error("invalid decimal literal", at: token) }
            return .float(value)
        }
        return .int(digits)
    }

    // MARK: - ( ... )

    mutating func parseParenthesized() throws(PySyntaxError) -> Expr {
        let start = self.start
        try advance()
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        if try accept(")") { return Expr(.tuple([]), span(from: start)) }
        if isOp("**") { throw error("cannot use double starred expression here", at: current) }
        if isKeyword("yield") {
            let value = try parseYield()
            try expectClosing(")")
            return value
        }
        let first = try parseStarNamedExpression()
        try diagnoseStrayEquals(first)
        if isKeyword("for") || isKeyword("async") {
            let generator = try parseComprehensionTail(element: first, start: start, kind: .generator)
            try expectClosing(")")
            return Expr(generator.kind, span(from: start))
        }
        if try accept(")") {
            if case .starred = first.kind { throw error("cannot use starred expression here", span: first.span) }
            return first
        }
        let elements = try parseElements(after: first, closer: ")")
        return Expr(.tuple(elements), span(from: start))
    }

    /// The rest of a comma-separated display after its first element, through the closer.
    mutating func parseElements(after first: Expr, closer: String) throws(PySyntaxError) -> [Expr] {
        var elements = [first]
        while true {
            if !(try accept(",")) {
                if !isOp(closer) { try diagnoseMissingComma(after: elements.last) }
                break
            }
            if isOp(closer) { break }
            elements.append(try parseStarNamedExpression())
            try diagnoseStrayEquals(elements.last!)
        }
        try expectClosing(closer)
        return elements
    }

    // MARK: - [ ... ]

    mutating func parseList() throws(PySyntaxError) -> Expr {
        let start = self.start
        try advance()
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        if try accept("]") { return Expr(.list([]), span(from: start)) }
        let first = try parseStarNamedExpression()
        try diagnoseStrayEquals(first)
        if isKeyword("for") || isKeyword("async") {
            let comprehension = try parseComprehensionTail(element: first, start: start, kind: .list)
            try expectClosing("]")
            return Expr(comprehension.kind, span(from: start))
        }
        return Expr(.list(try parseElements(after: first, closer: "]")), span(from: start))
    }

    // MARK: - { ... }

    mutating func parseBraces() throws(PySyntaxError) -> Expr {
        let start = self.start
        try advance()
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        if try accept("}") { return Expr(.dict(keys: [], values: []), span(from: start)) }
        if isOp("**") { return try parseDict(start: start) }
        let first = try parseStarNamedExpression()
        if isOp(":") { return try parseDict(start: start, firstKey: first) }
        if isKeyword("for") || isKeyword("async") {
            let comprehension = try parseComprehensionTail(element: first, start: start, kind: .set)
            try expectClosing("}")
            return Expr(comprehension.kind, span(from: start))
        }
        return Expr(.set(try parseElements(after: first, closer: "}")), span(from: start))
    }

    mutating func parseDict(start: SourcePosition, firstKey: Expr? = nil) throws(PySyntaxError) -> Expr {
        var keys: [Expr?] = []
        var values: [Expr] = []
        var pendingKey = firstKey
        while true {
            if pendingKey == nil && isOp("}") { break }
            if pendingKey == nil, try accept("**") {
                keys.append(nil)
                values.append(try parseBitOr())
            } else {
                var key: Expr
                if let pendingKey { key = pendingKey } else { key = try parseExpression() }
                pendingKey = nil
                try expect(":")
                let value = try parseExpression()
                if keys.isEmpty && (isKeyword("for") || isKeyword("async")) {
                    let comprehension = try parseDictComprehension(key: key, value: value, start: start)
                    return comprehension
                }
                keys.append(key)
                values.append(value)
            }
            if !(try accept(",")) {
                if !isOp("}") { try diagnoseMissingComma(after: values.last) }
                break
            }
        }
        try expectClosing("}")
        return Expr(.dict(keys: keys, values: values), span(from: start))
    }

    mutating func parseDictComprehension(key: Expr, value: Expr, start: SourcePosition) throws(PySyntaxError) -> Expr {
        let clauses = try parseComprehensionClauses()
        try expectClosing("}")
        return Expr(.dictComp(key: key, value: value, clauses), span(from: start))
    }
}
