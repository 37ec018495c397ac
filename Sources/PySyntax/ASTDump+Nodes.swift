/// One rendering function per kind of node.
extension ASTDump {
    static func stmt(_ s: Stmt) -> String {
        let (name, fields) = stmtFields(s.kind)
        return node(name, s.span, fields)
    }

    static func stmtFields(_ kind: StmtKind) -> (String, [String]) {
        switch kind {
        case .expr(let e): ("Expr", [expr(e)])
        case .assign(let targets, let value): ("Assign", [list(targets.map(expr)), expr(value)])
        case .augAssign(let target, let op, let value): ("AugAssign", [expr(target), binary(op), expr(value)])
        case .annAssign(let target, let annotation, let value, let isSimple):
            ("AnnAssign", [expr(target), expr(annotation), optional(value), bool(isSimple)])
        case .functionDef(let f):
            (f.isAsync ? "AsyncFunctionDef" : "FunctionDef",
             [quote(f.name), arguments(f.arguments), body(f.body), list(f.decorators.map(expr)), optional(f.returns)])
        case .classDef(let c):
            ("ClassDef", [quote(c.name), list(c.bases.map(expr)), list(c.keywords.map(keyword)), body(c.body),
                          list(c.decorators.map(expr))])
        case .return(let value): ("Return", [optional(value)])
        case .delete(let targets): ("Delete", [list(targets.map(expr))])
        case .if(let test, let b, let orelse): ("If", [expr(test), body(b), body(orelse)])
        case .while(let test, let b, let orelse): ("While", [expr(test), body(b), body(orelse)])
        case .for(let target, let iter, let b, let orelse, let isAsync):
            (isAsync ? "AsyncFor" : "For", [expr(target), expr(iter), body(b), body(orelse)])
        case .with(let items, let b, let isAsync):
            (isAsync ? "AsyncWith" : "With", [list(items.map(withItem)), body(b)])
        case .raise(let exception, let cause): ("Raise", [optional(exception), optional(cause)])
        case .try(let b, let handlers, let orelse, let finalbody, let isStar):
            (isStar ? "TryStar" : "Try", [body(b), list(handlers.map(handler)), body(orelse), body(finalbody)])
        case .assert(let test, let message): ("Assert", [expr(test), optional(message)])
        case .import(let names): ("Import", [list(names.map(alias))])
        case .importFrom(let module, let names, let level):
            ("ImportFrom", [module.map(quote) ?? "None", list(names.map(alias)), String(level)])
        case .global(let names): ("Global", [list(names.map(quote))])
        case .nonlocal(let names): ("Nonlocal", [list(names.map(quote))])
        case .pass: ("Pass", [])
        case .break: ("Break", [])
        case .continue: ("Continue", [])
        }
    }

    static func body(_ statements: [Stmt]) -> String { list(statements.map(stmt)) }

    static func arguments(_ a: Arguments) -> String {
        node("arguments", nil, [list(a.positionalOnly.map(arg)), list(a.args.map(arg)), a.vararg.map(arg) ?? "None",
                                list(a.keywordOnly.map(arg)), list(a.keywordDefaults.map(optional)),
                                a.kwarg.map(arg) ?? "None", list(a.defaults.map(expr))])
    }

    static func arg(_ a: Arg) -> String { node("arg", a.span, [quote(a.name), optional(a.annotation)]) }
    static func keyword(_ k: Keyword) -> String { node("keyword", k.span, [k.name.map(quote) ?? "None", expr(k.value)]) }
    static func alias(_ a: Alias) -> String { node("alias", a.span, [quote(a.name), a.asname.map(quote) ?? "None"]) }
    static func withItem(_ w: WithItem) -> String { node("withitem", nil, [expr(w.context), optional(w.target)]) }

    static func handler(_ h: ExceptHandler) -> String {
        node("ExceptHandler", h.span, [optional(h.type), h.name.map(quote) ?? "None", body(h.body)])
    }

    static func comprehension(_ c: Comprehension) -> String {
        node("comprehension", nil, [expr(c.target), expr(c.iter), list(c.conditions.map(expr)), bool(c.isAsync)])
    }
}
