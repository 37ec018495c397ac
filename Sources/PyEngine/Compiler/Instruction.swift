import PySyntax

/// One bytecode instruction.
///
/// Modelled on CPython 3.11's instruction set, simplified. Each case documents its
/// stack effect as `(before -- after)`, top of stack on the right. Jump targets are
/// absolute instruction indexes. Name operands index `CodeObject.names`, local
/// operands `varnames`, cell operands `cellvars + freevars`, constant operands
/// `constants`.
///
/// Exceptions use a block stack (as CPython 3.10 did): `setupFinally(h)` pushes a
/// handler; when an exception is raised, the VM pops the innermost handler, cuts
/// the value stack back to its depth at `setupFinally`, pushes the exception object
/// and jumps to `h`. With no handler left, the exception leaves the frame.
enum Instruction {
    // MARK: Stack
    case nop
    /// `(x -- )`
    case pop
    /// `(x_n ... x_1 -- x_n ... x_1 x_n)`: `copy(1)` duplicates the top.
    case copy(Int)
    /// Swaps the top with the n-th item: `swap(2)` is `(a b -- b a)`.
    case swap(Int)

    // MARK: Constants and variables
    /// `( -- constants[i])`
    case loadConst(Int)
    /// `( -- v)`; raises UnboundLocalError if the slot is unbound.
    case loadFast(Int)
    /// `(v -- )`
    case storeFast(Int)
    /// `( -- )`; raises UnboundLocalError if unbound.
    case deleteFast(Int)
    /// `( -- v)`: the contents of cell i (cellvars then freevars). Unbound: NameError
    /// ("cannot access free variable ...") or UnboundLocalError for a cellvar.
    case loadDeref(Int)
    /// `(v -- )`
    case storeDeref(Int)
    case deleteDeref(Int)
    /// `( -- cell)`: the cell object itself, to build a closure tuple.
    case loadClosure(Int)
    /// `( -- v)`: in a class body, names[i] from the class namespace if there, else
    /// the contents of cell `cell`.
    case loadClassDeref(name: Int, cell: Int)
    /// `( -- v)`: frame namespace (module or class body), then globals, then builtins.
    case loadName(Int)
    /// `(v -- )` into the frame namespace.
    case storeName(Int)
    case deleteName(Int)
    /// `( -- v)`: globals, then builtins; NameError if neither has it.
    case loadGlobal(Int)
    case storeGlobal(Int)
    case deleteGlobal(Int)

    // MARK: Attributes and items
    /// `(obj -- obj.names[i])`
    case loadAttr(Int)
    /// `(v obj -- )`: `obj.name = v`
    case storeAttr(Int)
    /// `(obj -- )`
    case deleteAttr(Int)
    /// `(obj -- method obj)` when the attribute is a plain function found on the type
    /// (so no bound method is built), else `(obj -- NULL attr)`. Pairs with `call`.
    case loadMethod(Int)
    /// `(container key -- container[key])`
    case binarySubscr
    /// `(v container key -- )`: `container[key] = v`
    case storeSubscr
    /// `(container key -- )`
    case deleteSubscr
    /// `(lower upper -- slice)` for 2, `(lower upper step -- slice)` for 3.
    case buildSlice(Int)

    // MARK: Operators
    /// `(x -- op x)`
    case unary(UnaryOperator)
    /// `(a b -- a op b)`; `inplace` tries `__iop__` first (augmented assignment).
    case binary(BinaryOperator, inplace: Bool)
    /// `(a b -- a op b)` for ==, !=, <, <=, >, >= only.
    case compare(CompareOperator)
    /// `(a b -- a is b)`, or `is not` when `negated`.
    case isOp(negated: Bool)
    /// `(a b -- a in b)`, or `not in` when `negated`.
    case containsOp(negated: Bool)

    // MARK: Jumps
    case jump(Int)
    /// `(v -- )`, jumps if v is false.
    case popJumpIfFalse(Int)
    /// `(v -- )`, jumps if v is true.
    case popJumpIfTrue(Int)
    /// `(v -- )`, jumps if v is None.
    case popJumpIfNone(Int)
    /// `(v -- )`, jumps if v is not None.
    case popJumpIfNotNone(Int)
    /// `(v -- v)` and jumps if v is false, else `(v -- )`: for `and`.
    case jumpIfFalseOrPop(Int)
    /// `(v -- v)` and jumps if v is true, else `(v -- )`: for `or`.
    case jumpIfTrueOrPop(Int)

    // MARK: Iteration
    /// `(iterable -- iterator)`
    case getIter
    /// `(iterator -- iterator next)`, or when exhausted `(iterator -- )` and jump.
    case forIter(Int)

    // MARK: Building values
    /// `(x_1 ... x_n -- tuple)`
    case buildTuple(Int)
    /// `(x_1 ... x_n -- list)`
    case buildList(Int)
    /// `(x_1 ... x_n -- set)`
    case buildSet(Int)
    /// `(k_1 v_1 ... k_n v_n -- dict)`
    case buildMap(Int)
    /// `(s_1 ... s_n -- s)`: concatenates n strs (f-strings).
    case buildString(Int)
    /// `(v -- str)` or `(v spec -- str)` when `hasSpec`, converting v first with `!s`,
    /// `!r` or `!a` when given.
    case formatValue(conversion: Conversion?, hasSpec: Bool)
    /// `(list x_1 .. x_{i-1} v -- list x_1 .. x_{i-1})`: appends v to the list i deep
    /// (counting from the top after v is popped: `listAppend(1)` means the new top).
    case listAppend(Int)
    /// As `listAppend`, for a set.
    case setAdd(Int)
    /// `(dict ... k v -- dict ...)`: dict is i deep after k and v are popped.
    case mapAdd(Int)
    /// `(list ... iterable -- list ...)`: list.extend(iterable), list i deep.
    case listExtend(Int)
    /// `(set ... iterable -- set ...)`
    case setUpdate(Int)
    /// `(dict ... mapping -- dict ...)`: for `{**a}`.
    case dictUpdate(Int)
    /// `(dict ... mapping -- dict ...)`: for `f(**a)`; a repeated key raises
    /// "got multiple values for keyword argument".
    case dictMerge(Int)
    /// `(list -- tuple)`
    case listToTuple
    /// `(seq -- x_n ... x_1)`: x_1 (the first item) ends on top.
    case unpackSequence(Int)
    /// `(seq -- rest_after... list before...)` for `a, *b, c = seq`: pushes `after`
    /// items, the starred list, then `before` items, so the first item is on top.
    case unpackEx(before: Int, after: Int)

    // MARK: Calls and functions
    /// `(NULL callable a_1 ... a_n -- result)` or `(method self a_1 ... a_n -- result)`.
    /// Plain calls push `.null` before the callable (see `pushNull`).
    case call(Int)
    /// As `call`, where the last `names.count` arguments are keywords named by the
    /// tuple of str at `constants[names]`.
    case callKw(Int, names: Int)
    /// `(NULL callable argsTuple -- result)` or with `hasKwargs`
    /// `(NULL callable argsTuple kwargsDict -- result)`.
    case callFunctionEx(hasKwargs: Bool)
    /// `( -- NULL)`
    case pushNull
    /// Builds a function from the code object on top:
    /// `([defaults] [kwdefaults] [annotations] [closure] code -- function)`, the optional
    /// operands present per `MakeFunctionFlags` in that order.
    case makeFunction(MakeFunctionFlags)
    /// `(v -- )`: leaves the frame with v.
    case returnValue
    /// `( -- __build_class__)`
    case loadBuildClass
    /// Creates `__annotations__` in the frame namespace if missing.
    case setupAnnotations
    /// `( -- AssertionError)`
    case loadAssertionError

    // MARK: Generators and coroutines
    /// `(v -- sent)`: suspends the frame, yielding v; resumes with the sent value.
    case yieldValue
    /// `(iterable -- iterator)` for `yield from`: generators and coroutines as is
    /// (a coroutine only inside a coroutine), others through `iter()`.
    case getYieldFromIter
    /// `(obj -- awaitable)` for `await`: a coroutine, or the iterator from
    /// `__await__`. The operand says where it is used, for messages:
    /// 0 plain await, 1 `__aenter__`, 2 `__aexit__`.
    case getAwaitable(Int)
    /// `(subiter v -- result)`: sends v into subiter (`yield from` / `await`). While
    /// subiter yields, the frame yields the same value and re-runs this instruction
    /// with the next sent value; when subiter returns r, pushes r.
    case yieldFrom
    /// `(aiterable -- aiterator)` for `async for`.
    case getAIter
    /// `(aiterator -- aiterator awaitable)`: the awaitable of `__anext__()`.
    case getANext
    /// `(aiterator exc -- )` at the handler of an `async for`: ends the loop if exc is
    /// StopAsyncIteration, else re-raises it.
    case endAsyncFor
    /// `(mgr -- aexit awaitable)`: `aexit` is the bound `__aexit__`, the awaitable that
    /// of `__aenter__()`.
    case beforeAsyncWith

    // MARK: Exceptions
    /// Pushes a handler at `target` (see the type's documentation).
    case setupFinally(Int)
    /// Pops the innermost handler.
    case popBlock
    /// `(exc -- previous exc)`: exc becomes the exception being handled (what a bare
    /// `raise` re-raises and new exceptions take as `__context__`); the previously
    /// handled one (or None) is kept below it.
    case pushExcInfo
    /// `(previous -- )`: restores the handled exception saved by `pushExcInfo`.
    case popExcept
    /// `(previous exc newexc -- )`: restores the handled exception from `previous` and
    /// re-raises newexc. The cleanup handler around an except body.
    case popExceptAndReraise
    /// `(exc type -- exc matches)`: isinstance check; type is a class or tuple of
    /// classes deriving from BaseException, else TypeError.
    case checkExcMatch
    /// `(eg type -- rest match)` for `except*`: splits an exception group; match is
    /// None when nothing matched. A naked exception is wrapped in an ExceptionGroup.
    case checkEgMatch
    /// `(original raised_list -- exc_or_none)` at the end of a `try/except*`:
    /// combines what the handlers raised with what was left unhandled.
    case prepReraiseStar
    /// 0: re-raise the handled exception; 1: `(exc -- )` raise; 2: `(exc cause -- )`
    /// raise exc from cause.
    case raiseVarargs(Int)
    /// `(exc -- )`: raises exc again without adding a traceback entry.
    case reraise

    // MARK: Context managers
    /// `(mgr -- exit enterResult)`: exit is the bound `__exit__`.
    case beforeWith
    /// `(exit -- )`: calls `exit(None, None, None)`, discarding the result.
    case withExitNormal
    /// `(exit exc -- exit exc result)`: calls `exit(type(exc), exc, tb)`; the result's
    /// truth decides suppression (after awaiting it, for `async with`).
    case withExceptStart

    // MARK: Imports
    /// `(level fromlist -- module)`: imports built-in module names[i].
    case importName(Int)
    /// `(module -- module attr)`: `from module import names[i]`.
    case importFrom(Int)
    /// `(module -- )`: `from module import *` into the frame namespace.
    case importStar

    // MARK: Interactive
    /// `(v -- )`: displays v as the REPL does (repr unless None) and sets `_`.
    case printExpr

    // MARK: Superinstructions
    // Common pairs fused into one, as CPython 3.11 does, to save a dispatch:
    // made by `Superinstructions` for the eval loop only (the compiler never
    // emits them), and each does exactly what its `parts` do in turn.
    case loadFastLoadConst(Int, Int)
    case loadFastLoadFast(Int, Int)
    case loadFastLoadAttr(Int, name: Int)
    case storeFastLoadFast(Int, Int)
    /// `compare(op)` then `popJumpIfTrue(target)` (when `ifTrue`) or `popJumpIfFalse(target)`.
    case compareAndJump(CompareOperator, ifTrue: Bool, target: Int)
    /// `loadConst(i)` then `returnValue`.
    case returnConst(Int)
    /// `loadFast(i)` then `returnValue`.
    case returnLocal(Int)
    /// `pushNull` then `loadGlobal(i)`: a call's callable.
    case pushNullLoadGlobal(Int)
}

/// An f-string conversion: `!s`, `!r` or `!a`. (A plain enum rather than a
/// Character keeps `Instruction` trivially copyable, which the eval loop relies on.)
enum Conversion: UInt8 {
    case str, repr, ascii

    init?(_ c: Character?) {
        switch c {
        case "s": self = .str
        case "r": self = .repr
        case "a": self = .ascii
        default: return nil
        }
    }

    var character: Character {
        switch self {
        case .str: return "s"
        case .repr: return "r"
        case .ascii: return "a"
        }
    }
}

/// Which optional operands `makeFunction` finds on the stack.
struct MakeFunctionFlags: OptionSet {
    let rawValue: UInt8
    static let defaults = MakeFunctionFlags(rawValue: 1)
    static let keywordDefaults = MakeFunctionFlags(rawValue: 2)
    static let annotations = MakeFunctionFlags(rawValue: 4)
    static let closure = MakeFunctionFlags(rawValue: 8)
}
