import PySyntax

/// How a name is resolved inside one scope (CPython's symtable scopes).
enum NameScope: Equatable {
    /// Bound here: a fast slot in functions, a namespace entry elsewhere.
    case local
    /// Declared `global`.
    case globalExplicit
    /// Not bound in any enclosing function: globals, then builtins.
    case globalImplicit
    /// Bound in an enclosing function and captured through a cell.
    case free
    /// Bound here and captured by an inner scope.
    case cell
}

/// What a scope does with a name, gathered while walking the AST.
struct SymbolFlags: OptionSet {
    let rawValue: UInt16
    static let defLocal = SymbolFlags(rawValue: 1 << 0)
    static let defGlobal = SymbolFlags(rawValue: 1 << 1)
    static let defNonlocal = SymbolFlags(rawValue: 1 << 2)
    static let defParam = SymbolFlags(rawValue: 1 << 3)
    static let use = SymbolFlags(rawValue: 1 << 4)
    static let defImport = SymbolFlags(rawValue: 1 << 5)
    static let defAnnot = SymbolFlags(rawValue: 1 << 6)
    /// An iteration variable of a comprehension (walrus may not rebind it).
    static let defCompIter = SymbolFlags(rawValue: 1 << 7)
    /// Bound in a class body and also free in one of its methods.
    static let defFreeClass = SymbolFlags(rawValue: 1 << 8)
    static let bound: SymbolFlags = [.defLocal, .defParam, .defImport]
}

/// The kind of code a scope compiles to.
enum ScopeKind: Equatable {
    case module, classBody, function, lambda
    case comprehension(ComprehensionKind)

    /// Functions, lambdas and comprehensions keep locals in fast slots.
    var isFunctionLike: Bool {
        switch self {
        case .module, .classBody: return false
        default: return true
        }
    }
}

enum ComprehensionKind: Equatable {
    case list, set, dict, generator

    /// The code object's name, e.g. `<listcomp>`.
    var codeName: String {
        switch self {
        case .list: return "<listcomp>"
        case .set: return "<setcomp>"
        case .dict: return "<dictcomp>"
        case .generator: return "<genexpr>"
        }
    }

    /// As named in "'yield' inside list comprehension".
    var description: String {
        switch self {
        case .list: return "list comprehension"
        case .set: return "set comprehension"
        case .dict: return "dict comprehension"
        case .generator: return "generator expression"
        }
    }
}

/// Identifies the AST node that opened a scope, so the compiler finds it again.
struct ScopeKey: Hashable {
    let tag: String
    let span: SourceSpan
}

/// One block of the symbol table: everything the compiler needs to know about
/// the names of one code object.
final class Scope {
    let kind: ScopeKind
    let name: String
    let span: SourceSpan
    /// Flags per name, and names in first-seen order (CPython's dict order).
    private(set) var flags: [String: SymbolFlags] = [:]
    private(set) var order: [String] = []
    var orderedNames: [String] { order }
    /// Filled in by the analysis.
    var scopes: [String: NameScope] = [:]
    /// Parameters in `varnames` order.
    var parameters: [String] = []
    var children: [Scope] = []
    private var childrenByKey: [ScopeKey: [Scope]] = [:]
    var isAsync = false
    var isGenerator = false
    /// Contains `await` or `async for` (CPython's `ste_coroutine`).
    var isCoroutine = false
    var isNested = false
    /// A class body whose methods use `__class__` or `super`.
    var needsClassClosure = false
    /// Where each `global`/`nonlocal` name was first declared, for errors.
    var directives: [String: SourceSpan] = [:]

    init(kind: ScopeKind, name: String, span: SourceSpan) {
        self.kind = kind
        self.name = name
        self.span = span
    }

    func flags(of name: String) -> SymbolFlags { flags[name] ?? [] }

    func hasSymbol(_ name: String) -> Bool { flags[name] != nil }

    func add(_ name: String, _ f: SymbolFlags) {
        if flags[name] == nil { order.append(name) }
        flags[name, default: []].formUnion(f)
    }

    func addChild(_ child: Scope, key: ScopeKey) {
        children.append(child)
        childrenByKey[key, default: []].append(child)
    }

    /// The child scope opened by the node with this key.
    func child(for key: ScopeKey) -> Scope {
        // Not consumed: a `finally` body is compiled twice and finds its scopes again.
        guard let first = childrenByKey[key]?.first else { preconditionFailure("no scope for \(key)") }
        return first
    }

    /// The resolved scope of a name; unknown names are implicit globals.
    func scope(of name: String) -> NameScope { scopes[name] ?? .globalImplicit }

    /// Names in first-seen order that resolved to `scope`.
    func names(in scope: NameScope) -> [String] { order.filter { scopes[$0] == scope } }

    /// The generator/coroutine flags of the code object.
    var codeFlags: CodeFlags {
        guard kind.isFunctionLike else { return [] }
        var f: CodeFlags = [.optimized]
        if isNested { f.insert(.nested) }
        switch (isGenerator, isCoroutine) {
        case (true, false): f.insert(.generator)
        case (false, true): f.insert(.coroutine)
        case (true, true): f.insert(.asyncGenerator)
        default: break
        }
        return f
    }
}
