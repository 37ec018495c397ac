/// The abstract syntax tree of the Python subset LoopLab runs.
///
/// It mirrors CPython's `ast` module closely (same node names, same shape), so
/// CPython's documentation explains it and the compiler can follow CPython's
/// code generation. Every node carries its source span for tracebacks.

/// A position in source text. Lines are 1-based; columns are 0-based and count
/// Unicode scalars (CPython's `col_offset`, but in characters rather than bytes).
public struct SourcePosition: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// The extent of a node: `start` inclusive, `end` exclusive.
public struct SourceSpan: Hashable, Sendable {
    public var start: SourcePosition
    public var end: SourcePosition
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }
    public static let unknown = SourceSpan(start: .init(line: 0, column: 0), end: .init(line: 0, column: 0))
}

// MARK: - Module

/// A whole source file.
public struct Module: Sendable {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}

// MARK: - Statements

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var span: SourceSpan
    public init(_ kind: StmtKind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

public indirect enum StmtKind: Sendable {
    case expr(Expr)
    /// `a = b = value`: several targets, one value.
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `target: annotation = value`. `isSimple` is true for a plain name target.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, isSimple: Bool)
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case delete([Expr])
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], isAsync: Bool)
    case with(items: [WithItem], body: [Stmt], isAsync: Bool)
    case raise(exception: Expr?, cause: Expr?)
    /// `try`, or `try` with `except*` when `isStar` is true.
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt], isStar: Bool)
    case assert(test: Expr, message: Expr?)
    case `import`([Alias])
    /// `from module import names`; `level` counts leading dots.
    case importFrom(module: String?, names: [Alias], level: Int)
    case global([String])
    case nonlocal([String])
    case pass
    case `break`
    case `continue`
}

public struct FunctionDef: Sendable {
    public var name: String
    public var arguments: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public var isAsync: Bool
    public init(name: String, arguments: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?, isAsync: Bool) {
        self.name = name
        self.arguments = arguments
        self.body = body
        self.decorators = decorators
        self.returns = returns
        self.isAsync = isAsync
    }
}

public struct ClassDef: Sendable {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
    }
}

/// A function's parameter list, as in CPython's `ast.arguments`.
public struct Arguments: Sendable {
    /// Parameters before `/`.
    public var positionalOnly: [Arg]
    /// Ordinary parameters.
    public var args: [Arg]
    /// `*args`.
    public var vararg: Arg?
    /// Parameters after `*` or `*args`.
    public var keywordOnly: [Arg]
    /// One entry per keyword-only parameter; nil where it has no default.
    public var keywordDefaults: [Expr?]
    /// `**kwargs`.
    public var kwarg: Arg?
    /// Defaults of the last `defaults.count` of `positionalOnly + args`.
    public var defaults: [Expr]

    public init(positionalOnly: [Arg] = [], args: [Arg] = [], vararg: Arg? = nil, keywordOnly: [Arg] = [],
                keywordDefaults: [Expr?] = [], kwarg: Arg? = nil, defaults: [Expr] = []) {
        self.positionalOnly = positionalOnly
        self.args = args
        self.vararg = vararg
        self.keywordOnly = keywordOnly
        self.keywordDefaults = keywordDefaults
        self.kwarg = kwarg
        self.defaults = defaults
    }
}

public struct Arg: Sendable {
    public var name: String
    public var annotation: Expr?
    public var span: SourceSpan
    public init(name: String, annotation: Expr?, span: SourceSpan) {
        self.name = name
        self.annotation = annotation
        self.span = span
    }
}

/// `name=value` in a call or class header; `name == nil` means `**value`.
public struct Keyword: Sendable {
    public var name: String?
    public var value: Expr
    public var span: SourceSpan
    public init(name: String?, value: Expr, span: SourceSpan) {
        self.name = name
        self.value = value
        self.span = span
    }
}

public struct WithItem: Sendable {
    public var context: Expr
    public var target: Expr?
    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

public struct ExceptHandler: Sendable {
    /// The exception class expression; nil for a bare `except:`.
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var span: SourceSpan
    public init(type: Expr?, name: String?, body: [Stmt], span: SourceSpan) {
        self.type = type
        self.name = name
        self.body = body
        self.span = span
    }
}

/// `import name as asname` (name may be dotted).
public struct Alias: Sendable {
    public var name: String
    public var asname: String?
    public var span: SourceSpan
    public init(name: String, asname: String?, span: SourceSpan) {
        self.name = name
        self.asname = asname
        self.span = span
    }
}

// MARK: - Expressions

public struct Expr: Sendable {
    public var kind: ExprKind
    public var span: SourceSpan
    public init(_ kind: ExprKind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

public indirect enum ExprKind: Sendable {
    case name(String)
    case constant(Constant)
    /// An f-string: constants and `formattedValue`s, in order.
    case joinedString([Expr])
    /// `{value!conversion:formatSpec}` inside an f-string. `conversion` is "s", "r", "a" or nil;
    /// `formatSpec` is a `joinedString` or nil.
    case formattedValue(value: Expr, conversion: Character?, formatSpec: Expr?)
    case unaryOp(UnaryOperator, Expr)
    case binOp(Expr, BinaryOperator, Expr)
    /// `a and b and c` / `a or b`: two or more operands.
    case boolOp(BoolOperator, [Expr])
    /// `a < b <= c`: the left operand and one (operator, operand) pair per comparison.
    case compare(Expr, [(CompareOperator, Expr)])
    case call(function: Expr, args: [Expr], keywords: [Keyword])
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    /// `lower:upper:step`, only as a subscript index (possibly inside a tuple).
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    case list([Expr])
    case tuple([Expr])
    case set([Expr])
    /// Parallel arrays; a nil key means `**values[i]`.
    case dict(keys: [Expr?], values: [Expr])
    case starred(Expr)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    case lambda(Arguments, Expr)
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(key: Expr, value: Expr, [Comprehension])
    case generatorExp(Expr, [Comprehension])
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
    /// `target := value`; target is always a name.
    case namedExpr(target: String, value: Expr)
}

/// A literal value.
public enum Constant: Sendable, Equatable {
    case none
    case bool(Bool)
    case ellipsis
    /// An integer literal as written, underscores removed, prefix kept (`0x1f`, `1000`).
    case int(String)
    case float(Double)
    case string(String)
    case bytes([UInt8])
}

/// One `for target in iter if cond...` clause of a comprehension.
public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var conditions: [Expr]
    public var isAsync: Bool
    public init(target: Expr, iter: Expr, conditions: [Expr], isAsync: Bool) {
        self.target = target
        self.iter = iter
        self.conditions = conditions
        self.isAsync = isAsync
    }
}

public enum UnaryOperator: Sendable {
    case not, negate, plus, invert
}

public enum BinaryOperator: Sendable {
    case add, subtract, multiply, divide, floorDivide, modulo, power, matrixMultiply
    case leftShift, rightShift, bitOr, bitXor, bitAnd
}

public enum BoolOperator: Sendable {
    case and, or
}

public enum CompareOperator: Sendable {
    case equal, notEqual, less, lessEqual, greater, greaterEqual, `is`, isNot, `in`, notIn
}
