import PySyntax

/// Compiled code for one scope: a module, a function, a class body, a lambda or
/// a comprehension. Immutable once the compiler finishes it.
final class CodeObject: PyObject {
    /// The scope's name (`<module>`, `f`, `<lambda>`, `<listcomp>`, `C`).
    let name: String
    /// The dotted name used in reprs and tracebacks (`C.method.<locals>.inner`).
    let qualifiedName: String
    let filename: String
    let firstLine: Int
    let instructions: [Instruction]
    /// The source span of each instruction, for tracebacks.
    let spans: [SourceSpan]
    let constants: [Value]
    /// Names for global, attribute and import operands, interned.
    let names: [PyStr]
    /// Local variable names: parameters first, in order: positional-only and
    /// ordinary, keyword-only, then `*args`, then `**kwargs`, then other locals.
    let varnames: [String]
    /// Locals that inner scopes capture; they live in cells.
    let cellvars: [String]
    /// Variables captured from enclosing scopes.
    let freevars: [String]
    /// For each cellvar that is also a parameter, the parameter's index into
    /// `varnames` (its value is moved into the cell when the frame starts).
    let cellParameters: [Int?]
    /// Positional parameters, including positional-only ones.
    let argumentCount: Int
    let positionalOnlyCount: Int
    let keywordOnlyCount: Int
    let flags: CodeFlags
    /// The deepest the value stack gets.
    let stackSize: Int
    /// Takes only plain positional parameters and none of them lives in a cell, so
    /// a call can copy arguments straight into the frame.
    let isSimple: Bool
    /// A call makes a generator, coroutine or async generator instead of running.
    let makesGenerator: Bool
    /// Has cellvars or freevars: its frames need cells.
    let usesCells: Bool
    /// `instructions` (with superinstructions fused in) and `constants` again, as
    /// raw buffers the eval loop reads without reference counting; they live as
    /// long as the code object.
    let instructionBuffer: UnsafeMutableBufferPointer<Instruction>
    let constantBuffer: UnsafeMutableBufferPointer<Value>
    /// Engine scaffolding CPython has no frame for (a task's stand-in for a
    /// built-in awaitable such as `aclose()`): left out of tracebacks, and a
    /// finished one keeps its locals, the object it stands for, as long as it lives.
    var isScaffolding = false
    /// Finished frames of this code kept for the next calls.
    var spareFrames = FramePool()
    /// Where each global name was last found, by name index (the VM's inline
    /// cache for `loadGlobal`, like CPython 3.11's).
    let globalCache: UnsafeMutableBufferPointer<GlobalCacheEntry>
    /// What attribute operations found, by name index (see `AttributeCacheEntry`).
    let attributeCache: UnsafeMutableBufferPointer<AttributeCacheEntry>
    /// Engine code that stands in for calls of this function in common cases
    /// (`await asyncio.sleep(0)`); see `StandIn`.
    var standIn: StandIn?

    init(name: String, qualifiedName: String, filename: String, firstLine: Int,
         instructions: [Instruction], spans: [SourceSpan], constants: [Value], names: [PyStr],
         varnames: [String], cellvars: [String], freevars: [String], cellParameters: [Int?],
         argumentCount: Int, positionalOnlyCount: Int, keywordOnlyCount: Int,
         flags: CodeFlags, stackSize: Int) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.filename = filename
        self.firstLine = firstLine
        self.instructions = instructions
        self.spans = spans
        self.constants = constants
        self.names = names
        self.varnames = varnames
        self.cellvars = cellvars
        self.freevars = freevars
        self.cellParameters = cellParameters
        self.argumentCount = argumentCount
        self.positionalOnlyCount = positionalOnlyCount
        self.keywordOnlyCount = keywordOnlyCount
        self.flags = flags
        self.stackSize = stackSize
        globalCache = .allocate(capacity: names.count)
        globalCache.initialize(repeating: GlobalCacheEntry())
        instructionBuffer = .allocate(capacity: instructions.count)
        _ = instructionBuffer.initialize(from: Superinstructions.fused(instructions))
        constantBuffer = .allocate(capacity: constants.count)
        _ = constantBuffer.initialize(from: constants)
        attributeCache = .allocate(capacity: names.count)
        attributeCache.initialize(repeating: AttributeCacheEntry())
        self.isSimple = keywordOnlyCount == 0 && !flags.contains(.varargs) && !flags.contains(.varkeywords)
            && cellParameters.allSatisfy { $0 == nil }
        makesGenerator = !flags.isDisjoint(with: [.generator, .coroutine, .asyncGenerator])
        usesCells = !cellvars.isEmpty || !freevars.isEmpty
        super.init(type: BuiltinTypes.code)
    }

    deinit {
        instructionBuffer.deallocate()
        constantBuffer.deinitialize()
        constantBuffer.deallocate()
        attributeCache.deinitialize()
        attributeCache.deallocate()
        globalCache.deinitialize()
        globalCache.deallocate()
    }
}

/// What kind of scope a code object is and how it takes arguments.
struct CodeFlags: OptionSet {
    let rawValue: UInt16
    /// Has `*args`.
    static let varargs = CodeFlags(rawValue: 1 << 0)
    /// Has `**kwargs`.
    static let varkeywords = CodeFlags(rawValue: 1 << 1)
    /// Calling it makes a generator.
    static let generator = CodeFlags(rawValue: 1 << 2)
    /// Calling it makes a coroutine (`async def`).
    static let coroutine = CodeFlags(rawValue: 1 << 3)
    /// Calling it makes an async generator.
    static let asyncGenerator = CodeFlags(rawValue: 1 << 4)
    /// A function (not module or class body): locals are fast slots.
    static let optimized = CodeFlags(rawValue: 1 << 5)
    /// Defined inside another function.
    static let nested = CodeFlags(rawValue: 1 << 6)
    /// Module code compiled for the REPL: top-level await allowed, expression
    /// statements are displayed.
    static let interactive = CodeFlags(rawValue: 1 << 7)
}

/// A remembered lookup of a global name: valid while neither dict's keys changed.
struct GlobalCacheEntry {
    var globals: ObjectIdentifier?
    var globalsVersion = -1
    var builtinsVersion = -1
    /// Found in builtins (the name is not in globals) rather than globals.
    var inBuiltins = false
    var position = 0
}
