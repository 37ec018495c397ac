/// Parameter lists of `def` and `lambda`: `/`, `*`, `*args`, keyword-only, `**kwargs`.
extension Parser {
    /// Parses parameters up to (not including) `closer`. Lambdas have no annotations.
    mutating func parseParameters(closer: String, annotated: Bool) throws(PySyntaxError) -> Arguments {
        var result = Arguments()
        var sawStar = false
        var sawDefault = false
        var starToken: Token?
        while !isOp(closer) {
            if result.kwarg != nil { throw error("arguments cannot follow var-keyword argument", at: current) }
            if isOp("/") {
                let slash = try advance()
                if result.args.isEmpty && result.positionalOnly.isEmpty { throw error("invalid syntax", at: slash) }
                if sawStar || !result.positionalOnly.isEmpty {
                    throw error(sawStar ? "/ must be ahead of *" : "/ may appear only once", at: slash)
                }
                result.positionalOnly = result.args
                result.args = []
            } else if isOp("*") {
                let star = try advance()
                if sawStar { throw error("* argument may appear only once", at: star) }
                sawStar = true
                starToken = star
                if !isOp(",") && !isOp(closer) { result.vararg = try parseParameter(annotated: annotated) }
            } else if try accept("**") {
                result.kwarg = try parseParameter(annotated: annotated)
            } else {
                let parameter = try parseParameter(annotated: annotated)
                let value = try accept("=") ? try parseExpression() : nil
                if sawStar {
                    result.keywordOnly.append(parameter)
                    result.keywordDefaults.append(value)
                } else if let value {
                    sawDefault = true
                    result.defaults.append(value)
                    result.args.append(parameter)
                } else if sawDefault {
                    throw error("non-default argument follows default argument", span: parameter.span)
                } else {
                    result.args.append(parameter)
                }
            }
            if !(try accept(",")) { break }
        }
        if let starToken, result.vararg == nil, result.keywordOnly.isEmpty {
            throw error("named arguments must follow bare *", at: starToken)
        }
        return result
    }

    mutating func parseParameter(annotated: Bool) throws(PySyntaxError) -> Arg {
        let start = self.start
        let name = try expectName()
        var annotation: Expr?
        if annotated, try accept(":") { annotation = try parseExpression() }
        return Arg(name: name, annotation: annotation, span: span(from: start))
    }
}
