import PySyntax

/// A jump destination, resolved to an instruction index when the unit finishes.
struct Label: Hashable {
    let id: Int
}

/// Identity of a constant, so each distinct constant is stored once.
enum ConstantKey: Hashable {
    case none, ellipsis
    case bool(Bool)
    case int(Int)
    case bigInt(String)
    case float(UInt64)
    /// By UTF-8 bytes: String equality would merge canonically equivalent
    /// literals ("\u{E9}" and "e\u{301}"), which Python keeps apart.
    case str([UInt8])
    case bytes([UInt8])
    case tuple([ConstantKey])
    case object(ObjectIdentifier)
}

/// The code being built for one scope (CPython's `compiler_unit`).
final class CodeUnit {
    let scope: Scope
    let name: String
    let qualifiedName: String
    let firstLine: Int
    /// The class whose body (or method) this is, for name mangling.
    let className: String?
    var instructions: [Instruction] = []
    var spans: [SourceSpan] = []
    var constants: [Value] = []
    private var constantIndex: [ConstantKey: Int] = [:]
    var names: [PyStr] = []
    private var nameIndex: [String: Int] = [:]
    var varnames: [String] = []
    private var varIndex: [String: Int] = [:]
    let cellvars: [String]
    let freevars: [String]
    private var labelTargets: [Int?] = []
    /// The control structures enclosing the code being compiled.
    var blocks: [FrameBlock] = []
    /// The span given to emitted instructions.
    var span: SourceSpan

    init(scope: Scope, name: String, qualifiedName: String, span: SourceSpan, className: String?) {
        self.scope = scope
        self.name = name
        self.qualifiedName = qualifiedName
        self.firstLine = max(span.start.line, 1)
        self.className = className
        self.span = span
        var cells = scope.names(in: .cell).sorted()
        if scope.needsClassClosure { cells = ["__class__"] }
        cellvars = cells
        freevars = scope.orderedNames.filter {
            scope.scopes[$0] == .free || (scope.kind == .classBody && scope.flags(of: $0).contains(.defFreeClass))
        }.sorted()
        for p in scope.parameters { _ = varIndexOf(p) }
        if scope.kind.isFunctionLike {
            for n in scope.orderedNames where scope.scopes[n] == .local { _ = varIndexOf(n) }
        }
    }

    // MARK: Emitting

    @discardableResult
    func emit(_ i: Instruction) -> Int {
        instructions.append(i)
        spans.append(span)
        return instructions.count - 1
    }

    func newLabel() -> Label {
        labelTargets.append(nil)
        return Label(id: labelTargets.count - 1)
    }

    /// Places `label` at the next instruction.
    func bind(_ label: Label) {
        labelTargets[label.id] = instructions.count
    }

    // MARK: Operand tables

    func constant(_ value: Value, key: ConstantKey) -> Int {
        if let i = constantIndex[key] { return i }
        constants.append(value)
        constantIndex[key] = constants.count - 1
        return constants.count - 1
    }

    func nameIndexOf(_ name: String) -> Int {
        if let i = nameIndex[name] { return i }
        names.append(PyStr.intern(name))
        nameIndex[name] = names.count - 1
        return names.count - 1
    }

    func varIndexOf(_ name: String) -> Int {
        if let i = varIndex[name] { return i }
        varnames.append(name)
        varIndex[name] = varnames.count - 1
        return varnames.count - 1
    }

    /// The index of a cell or free variable among `cellvars + freevars`.
    func cellIndexOf(_ name: String) -> Int {
        if let i = cellvars.firstIndex(of: name) { return i }
        if let i = freevars.firstIndex(of: name) { return cellvars.count + i }
        preconditionFailure("no cell for \(name) in \(qualifiedName)")
    }

    // MARK: Finishing

    /// Replaces label ids in jump operands with instruction indexes.
    func resolvedInstructions() -> [Instruction] {
        instructions.map { $0.mapJumpTarget { labelTargets[$0]! } }
    }
}

extension Instruction {
    /// The same instruction with its jump target (if any) transformed.
    func mapJumpTarget(_ f: (Int) -> Int) -> Instruction {
        switch self {
        case .jump(let t): return .jump(f(t))
        case .popJumpIfFalse(let t): return .popJumpIfFalse(f(t))
        case .popJumpIfTrue(let t): return .popJumpIfTrue(f(t))
        case .popJumpIfNone(let t): return .popJumpIfNone(f(t))
        case .popJumpIfNotNone(let t): return .popJumpIfNotNone(f(t))
        case .jumpIfFalseOrPop(let t): return .jumpIfFalseOrPop(f(t))
        case .jumpIfTrueOrPop(let t): return .jumpIfTrueOrPop(f(t))
        case .forIter(let t): return .forIter(f(t))
        case .setupFinally(let t): return .setupFinally(f(t))
        case let .compareAndJump(op, ifTrue, t): return .compareAndJump(op, ifTrue: ifTrue, target: f(t))
        default: return self
        }
    }

    /// The jump target, if this instruction has one.
    var jumpTarget: Int? {
        var target: Int?
        _ = mapJumpTarget { target = $0; return $0 }
        return target
    }
}
