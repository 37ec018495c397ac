/// `try` / `except` / `except*` / `else` / `finally`, and `with`.
extension Parser {
    mutating func parseTry() throws(PySyntaxError) -> Stmt {
        let start = self.start
        try advance()
        let body = try parseBlock("'try' statement on line \(start.line)")
        var handlers: [ExceptHandler] = []
        var isStar = false
        while isKeyword("except") {
            let (handler, star) = try parseHandler()
            if !handlers.isEmpty && star != isStar {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", from: handler.span.start,
                            to: handler.span.start)
            }
            isStar = star
            handlers.append(handler)
        }
        let orelse = !handlers.isEmpty && isKeyword("else") ? try parseElse() : []
        var finalbody: [Stmt] = []
        if isKeyword("finally") {
            let line = self.start.line
            try advance()
            finalbody = try parseBlock("'finally' statement on line \(line)")
        }
        if handlers.isEmpty && finalbody.isEmpty {
            throw error("expected 'except' or 'finally' block", at: current)
        }
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody, isStar: isStar),
                    span(from: start))
    }

    mutating func parseHandler() throws(PySyntaxError) -> (ExceptHandler, Bool) {
        let start = self.start
        try advance()
        let isStar = try accept("*")
        var type: Expr?
        var name: String?
        if current.kind == .newline { throw error("expected ':'", at: current) }
        if !isOp(":") {
            type = try parseExpression()
            if isOp(",") {
                let rest = try parseStarExpressions()
                throw error("multiple exception types must be parenthesized", from: type!.span.start, to: rest.span.end)
            }
            if try acceptKeyword("as") { name = try expectName() }
        } else if isStar {
            throw error("expected one or more exception types", at: current)
        }
        let keyword = isStar ? "except*" : "except"
        let body = try parseBlock("'\(keyword)' statement on line \(start.line)", colonForced: false)
        return (ExceptHandler(type: type, name: name, body: body, span: span(from: start)), isStar)
    }

    // MARK: - with

    mutating func parseWith(start: SourcePosition, isAsync: Bool) throws(PySyntaxError) -> Stmt {
        let line = current.span.start.line
        try advance()
        var items = parseParenthesizedWithItems()
        if items == nil { items = try parseWithItems(closer: nil) }
        let body = try parseBlock("'with' statement on line \(line)", colonForced: false)
        return Stmt(.with(items: items!, body: body, isAsync: isAsync), span(from: start))
    }

    /// `with (a as b, c):`, tried first and abandoned if the parentheses turn out to be an expression.
    mutating func parseParenthesizedWithItems() -> [WithItem]? {
        guard isOp("(") else { return nil }
        let mark = index
        let depth = bracketDepth
        do throws(PySyntaxError) {
            try advance()
            bracketDepth += 1
            let items = try parseWithItems(closer: ")")
            try expect(")")
            bracketDepth = depth
            if isOp(":") { return items }
        } catch {}
        bracketDepth = depth
        index = mark
        return nil
    }

    mutating func parseWithItems(closer: String?) throws(PySyntaxError) -> [WithItem] {
        var items: [WithItem] = []
        repeat {
            if let closer, isOp(closer), !items.isEmpty { break }
            let context = try parseExpression()
            var target: Expr?
            if try acceptKeyword("as") {
                let t = try parseTarget()
                try checkTarget(t)
                target = t
            }
            items.append(WithItem(context: context, target: target))
        } while try accept(",")
        return items
    }
}
