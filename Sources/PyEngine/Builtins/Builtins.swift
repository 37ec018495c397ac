/// Built-in functions, the methods of built-in types, and the built-in modules.
///
/// Each area lives in its own file and adds itself here. Type methods are
/// installed once per process (built-in types are shared and immutable);
/// the `builtins` namespace is filled per run from `Builtins.functions`.
enum Builtins {
    /// Runs every installer exactly once.
    static let installed: Void = {
        installObjectAndType()
        installNumbers()
        installStr()
        installList()
        installTuple()
        installDict()
        installSet()
        installRange()
        installExceptions()
        installFunctions()
        installGenerators()
        installBuiltinFunctions()
        installModules()
    }()

    /// The contents of the `builtins` module, by name.
    nonisolated(unsafe) static var functions: [(String, Value)] = []

    /// Adds a built-in function to the `builtins` namespace.
    static func define(_ name: String, _ body: @escaping NativeFunction) {
        functions.append((name, .object(PyBuiltinFunction(name, body))))
    }

    static func defineValue(_ name: String, _ value: Value) {
        functions.append((name, value))
    }
}

extension PyType {
    /// Adds a method implemented in Swift; it receives the object as `args[0]`.
    func addMethod(_ name: String, _ body: @escaping NativeFunction) {
        dict.set(name, .object(PyBuiltinFunction(name, owner: self, body)))
    }

    /// Adds a computed attribute.
    func addGetter(_ name: String, _ getter: @escaping NativeGetter) {
        getters[name] = getter
    }
}

extension VM {
    /// Fills this run's `builtins` namespace.
    func installBuiltins() {
        _ = Builtins.installed
        for (name, value) in Builtins.functions { builtins.set(name, value) }
        builtins.set("__name__", .string("builtins"))
    }
}

extension CallArgs {
    /// Checks the argument count for a built-in named `name`, with CPython's wording.
    func expect(_ name: String, min: Int, max: Int) throws {
        if !keywords.isEmpty { throw PyError.type("\(name)() takes no keyword arguments") }
        let n = count
        if n >= min && n <= max { return }
        if min == max {
            if min == 0 { throw PyError.type("\(name)() takes no arguments (\(n) given)") }
            if min == 1 { throw PyError.type("\(name)() takes exactly one argument (\(n) given)") }
            throw PyError.type("\(name) expected \(min) arguments, got \(n)")
        }
        if n < min { throw PyError.type("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)") }
        throw PyError.type("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
}
