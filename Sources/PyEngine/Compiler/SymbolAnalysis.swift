import PySyntax

/// The second pass of the symbol table (CPython's analyze_block): decides for
/// every name in every scope whether it is local, global, free or a cell.
enum SymbolAnalysis {
    static func analyze(_ top: Scope) throws(PySyntaxError) {
        var free = Set<String>()
        try analyzeBlock(top, bound: nil, free: &free, global: [])
    }

    /// `bound` is nil at module level: names bound by enclosing functions otherwise.
    private static func analyzeBlock(_ scope: Scope, bound: Set<String>?, free: inout Set<String>,
                                     global: Set<String>) throws(PySyntaxError) {
        var local = Set<String>()
        let outerGlobal = global
        var global = global
        var scopes: [String: NameScope] = [:]
        for name in scope.orderedNames {
            scopes[name] = try analyzeName(scope, name, bound: bound, local: &local, free: &free, global: &global)
        }
        var newBound = Set<String>()
        var newGlobal = outerGlobal
        if scope.kind == .classBody {
            // A class body's names are invisible to its methods, except `__class__`.
            newBound = bound ?? []
            newBound.insert("__class__")
        } else {
            if scope.kind.isFunctionLike { newBound.formUnion(local) }
            if let bound { newBound.formUnion(bound) }
            newGlobal = global
        }
        var newFree = Set<String>()
        for child in scope.children {
            var childFree = Set<String>()
            try analyzeBlock(child, bound: newBound, free: &childFree, global: newGlobal)
            newFree.formUnion(childFree)
        }
        if scope.kind.isFunctionLike {
            for (name, s) in scopes where s == .local && newFree.contains(name) {
                scopes[name] = .cell
                newFree.remove(name)
            }
        } else if scope.kind == .classBody, newFree.remove("__class__") != nil {
            scope.needsClassClosure = true
        }
        scope.scopes = scopes
        propagateFree(scope, newFree, bound: bound)
        free.formUnion(newFree)
    }

    private static func analyzeName(_ scope: Scope, _ name: String, bound: Set<String>?, local: inout Set<String>,
                                    free: inout Set<String>, global: inout Set<String>) throws(PySyntaxError) -> NameScope {
        let flags = scope.flags(of: name)
        let at = scope.directives[name] ?? scope.span
        if flags.contains(.defGlobal) {
            if flags.contains(.defNonlocal) { throw syntaxError("name '\(name)' is nonlocal and global", at: at) }
            global.insert(name)
            return .globalExplicit
        }
        if flags.contains(.defNonlocal) {
            guard let bound else { throw syntaxError("nonlocal declaration not allowed at module level", at: at) }
            guard bound.contains(name) else { throw syntaxError("no binding for nonlocal '\(name)' found", at: at) }
            free.insert(name)
            return .free
        }
        if !flags.intersection(.bound).isEmpty {
            local.insert(name)
            global.remove(name)
            return .local
        }
        if let bound, bound.contains(name) {
            free.insert(name)
            return .free
        }
        return .globalImplicit
    }

    /// Free names of children that this scope does not define become free here
    /// too, so the cell travels down through every enclosing scope.
    private static func propagateFree(_ scope: Scope, _ free: Set<String>, bound: Set<String>?) {
        for name in free.sorted() {
            if scope.hasSymbol(name) {
                if scope.kind == .classBody, !scope.flags(of: name).intersection(SymbolFlags.bound.union(.defGlobal)).isEmpty {
                    scope.add(name, .defFreeClass)
                }
                continue
            }
            if let bound, !bound.contains(name) { continue }
            scope.add(name, [])
            scope.scopes[name] = .free
        }
    }
}

