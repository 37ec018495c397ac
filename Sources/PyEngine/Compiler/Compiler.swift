import PyNumerics
import PySyntax

/// AST -> code objects, after CPython's compile.c (3.10's block stack for
/// exception handling, 3.11's instruction choices).
///
/// One `Compiler` walks a module; each nested scope gets its own `CodeUnit`,
/// whose names were already classified by the `SymbolTable`.
final class Compiler {
    let filename: String
    let interactive: Bool
    var units: [CodeUnit] = []

    private init(filename: String, interactive: Bool) {
        self.filename = filename
        self.interactive = interactive
    }

    /// Compiles a module. `interactive` compiles for the REPL: expression
    /// statements are displayed and top-level `await` is allowed.
    static func compile(_ module: Module, filename: String, interactive: Bool = false) throws(PySyntaxError) -> CodeObject {
        let table = try SymbolTable.build(module)
        let c = Compiler(filename: filename, interactive: interactive)
        return try c.compileModule(module, table.top)
    }

    var unit: CodeUnit { units[units.count - 1] }

    private func compileModule(_ module: Module, _ top: Scope) throws(PySyntaxError) -> CodeObject {
        let first = module.body.first?.span ?? .unknown
        enterUnit(top, name: "<module>", qualifiedName: "<module>", span: first, className: nil)
        unit.span = SourceSpan(start: first.start, end: first.start)
        try compileBody(module.body, storesDocstring: true)
        emit(.loadConst(constant(.none)))
        emit(.returnValue)
        var extra: CodeFlags = interactive ? [.interactive] : []
        if interactive && usesTopLevelAwait { extra.insert(.coroutine) }
        return leaveUnit(extraFlags: extra, argumentCounts: (0, 0, 0))
    }

    /// Set when interactive module code awaits at top level.
    var usesTopLevelAwait = false

    // MARK: Units

    func enterUnit(_ scope: Scope, name: String, qualifiedName: String, span: SourceSpan, className: String?) {
        units.append(CodeUnit(scope: scope, name: name, qualifiedName: qualifiedName, span: span, className: className))
    }

    /// Finishes the current unit into a code object.
    func leaveUnit(extraFlags: CodeFlags, argumentCounts: (Int, Int, Int)) -> CodeObject {
        let u = units.removeLast()
        let code = u.resolvedInstructions()
        let cellParameters = u.cellvars.map { name in u.scope.parameters.contains(name) ? u.varIndexOf(name) : nil }
        return CodeObject(
            name: u.name, qualifiedName: u.qualifiedName, filename: filename, firstLine: u.firstLine,
            instructions: code, spans: u.spans, constants: u.constants, names: u.names,
            varnames: u.varnames, cellvars: u.cellvars, freevars: u.freevars, cellParameters: cellParameters,
            argumentCount: argumentCounts.0, positionalOnlyCount: argumentCounts.1,
            keywordOnlyCount: argumentCounts.2, flags: u.scope.codeFlags.union(extraFlags),
            stackSize: StackDepth.maximum(code))
    }

    // MARK: Emitting

    @discardableResult
    func emit(_ i: Instruction) -> Int { unit.emit(i) }

    func newLabel() -> Label { unit.newLabel() }
    func bind(_ l: Label) { unit.bind(l) }

    /// Emits a jump-family instruction to a label (resolved when the unit ends).
    func emitJump(_ make: (Int) -> Instruction, _ l: Label) { emit(make(l.id)) }

    /// Runs `body` with instructions attributed to `span`.
    @discardableResult
    func at<T>(_ span: SourceSpan, _ body: () throws(PySyntaxError) -> T) throws(PySyntaxError) -> T {
        let saved = unit.span
        unit.span = span
        defer { unit.span = saved }
        return try body()
    }

    func error(_ message: String, _ span: SourceSpan) -> PySyntaxError { syntaxError(message, at: span) }

    // MARK: Constants

    func constant(_ c: Constant) -> Int {
        switch c {
        case .none: return unit.constant(.none, key: .none)
        case .bool(let b): return unit.constant(.bool(b), key: .bool(b))
        case .ellipsis: return unit.constant(.object(PySingleton.ellipsis), key: .ellipsis)
        case .int(let text): return intConstant(text)
        case .float(let d): return unit.constant(.float(d), key: .float(d.bitPattern))
        case .string(let s): return stringConstant(s)
        case .bytes(let b): return unit.constant(.object(PyBytes(b)), key: .bytes(b))
        }
    }

    func stringConstant(_ s: String) -> Int { unit.constant(.str(PyStr(s)), key: .str(Array(s.utf8))) }

    func intConstant(_ n: Int) -> Int { unit.constant(.int(n), key: .int(n)) }

    /// An integer literal as written (`0x1f`, `10**100` digits), inline when it fits.
    private func intConstant(_ text: String) -> Int {
        let lower = text.lowercased()
        var radix = 10
        var digits = Substring(lower)
        for (prefix, r) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) {
            radix = r
            digits = lower.dropFirst(2)
        }
        if let small = Int(digits, radix: radix) { return intConstant(small) }
        let big = BigInt(parsing: String(digits), radix: radix) ?? BigInt(0)
        return unit.constant(Value.integer(big), key: .bigInt(big.description))
    }

    /// A tuple of strs, e.g. the keyword names of `callKw`.
    func tupleOfStrings(_ items: [String]) -> Int {
        unit.constant(.object(PyTuple(items.map { .str(PyStr($0)) })), key: .tuple(items.map { .str(Array($0.utf8)) }))
    }

    func codeConstant(_ code: CodeObject) -> Int {
        unit.constant(.object(code), key: .object(ObjectIdentifier(code)))
    }

    func loadNone() { emit(.loadConst(constant(.none))) }
}
