import PySyntax

/// Scope analysis, after CPython's symtable.c: one walk records what each scope
/// does with each name, then `SymbolAnalysis` decides where every name lives.
struct SymbolTable {
    let top: Scope

    static func build(_ module: Module) throws(PySyntaxError) -> SymbolTable {
        let builder = SymbolTableBuilder()
        try builder.visitBody(module.body)
        try SymbolAnalysis.analyze(builder.top)
        return SymbolTable(top: builder.top)
    }
}

/// The first pass: walks the AST and records flags per name per scope.
final class SymbolTableBuilder {
    let top = Scope(kind: .module, name: "top", span: .unknown)
    private(set) var stack: [Scope]
    /// The enclosing class name for mangling, per scope on the stack.
    private var classNames: [String?] = [nil]

    init() { stack = [top] }

    var current: Scope { stack[stack.count - 1] }

    func mangled(_ name: String) -> String { mangle(name, inClass: classNames.last ?? nil) }

    /// Records a use or binding of `name` in the current scope.
    func addDef(_ name: String, _ flags: SymbolFlags, at span: SourceSpan) throws(PySyntaxError) {
        let name = mangled(name)
        if flags.contains(.defParam), current.flags(of: name).contains(.defParam) {
            throw syntaxError("duplicate argument '\(name)' in function definition", at: span)
        }
        current.add(name, flags)
    }

    /// Opens a child scope for the node identified by `key`.
    func enter(_ kind: ScopeKind, name: String, key: ScopeKey, className: String? = nil) -> Scope {
        let scope = Scope(kind: kind, name: name, span: key.span)
        scope.isNested = current.kind != .module && (current.isNested || current.kind.isFunctionLike)
        current.addChild(scope, key: key)
        stack.append(scope)
        if case .classBody = kind { classNames.append(className) } else { classNames.append(classNames.last ?? nil) }
        return scope
    }

    func leave() {
        stack.removeLast()
        classNames.removeLast()
    }

    func visitBody(_ body: [Stmt]) throws(PySyntaxError) {
        for s in body { try visitStmt(s) }
    }
}
