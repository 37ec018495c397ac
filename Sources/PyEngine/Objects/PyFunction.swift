/// A function defined in Python: code plus the environment it closes over.
final class PyFunction: PyObject {
    let code: CodeObject
    let globals: PyDict
    var name: String
    var qualifiedName: String
    /// Defaults for the last positional parameters.
    var defaults: [Value]
    /// Defaults for keyword-only parameters, by name.
    var keywordDefaults: PyDict?
    var annotations: PyDict?
    /// Cells for the code's free variables, in `freevars` order.
    let closure: [PyCell]
    /// `__dict__`, for attributes such as those `functools.wraps` copies.
    let dict = PyDict()
    var module: Value

    init(code: CodeObject, globals: PyDict, defaults: [Value], keywordDefaults: PyDict?,
         annotations: PyDict?, closure: [PyCell]) {
        self.code = code
        self.globals = globals
        self.name = code.name
        self.qualifiedName = code.qualifiedName
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.annotations = annotations
        self.closure = closure
        self.module = globals.get("__name__") ?? .none
        super.init(type: BuiltinTypes.function)
    }
}

/// A variable shared between a function and the closures inside it.
final class PyCell: PyObject {
    var contents: Value

    init(_ contents: Value = .null) {
        self.contents = contents
        super.init(type: BuiltinTypes.cell)
    }
}

/// A function implemented in Swift.
typealias NativeFunction = (VM, CallArgs) throws -> Value

/// A built-in method's body taking the receiver apart from the other arguments.
typealias NativeMethod = (VM, Value, CallArgs) throws -> Value

/// A built-in function or method (`len`, `list.append`). Methods receive the
/// object as their first positional argument.
final class PyBuiltinFunction: PyObject {
    let name: String
    /// The class this is a method of, for reprs (`<method 'append' of 'list' objects>`).
    /// Always a built-in class, which lives for the whole process.
    unowned(unsafe) let owner: PyType?
    /// `__doc__`, if the function has one.
    let doc: String?
    let body: NativeFunction
    /// The same method with its receiver passed apart, when it has that form:
    /// `obj.method(args)` then needs no argument array with the receiver prepended.
    let method: NativeMethod?

    init(_ name: String, owner: PyType? = nil, doc: String? = nil, _ body: @escaping NativeFunction) {
        self.name = name
        self.owner = owner
        self.doc = doc
        self.body = body
        self.method = nil
        super.init(type: BuiltinTypes.builtinFunction)
    }

    /// A method of `owner`; the generic body unbinds the receiver from the arguments.
    init(method name: String, owner: PyType, _ method: @escaping NativeMethod) {
        self.name = name
        self.owner = owner
        self.doc = nil
        self.method = method
        let ownerName = owner.name
        self.body = { vm, args in
            guard let receiver = args.positional.first else { throw PyError.unboundMethod(name, owner: ownerName) }
            return try method(vm, receiver, args.droppingSelf)
        }
        super.init(type: BuiltinTypes.builtinFunction)
    }
}

/// A function bound to an object: `obj.method` without the call.
final class PyBoundMethod: PyObject {
    let function: Value
    let receiver: Value

    init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(type: BuiltinTypes.method)
    }
}

/// The arguments of a call: positional values, then keyword (name, value) pairs.
struct CallArgs {
    var positional: [Value]
    var keywords: [(name: String, value: Value)]

    init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    var count: Int { positional.count }
    subscript(i: Int) -> Value { positional[i] }

    /// The keyword argument `name`, if given.
    func keyword(_ name: String) -> Value? {
        keywords.first { $0.name == name }?.value
    }

    /// These arguments with `first` prepended (a bound method's receiver).
    func prepending(_ first: Value) -> CallArgs {
        CallArgs([first] + positional, keywords: keywords)
    }
}

/// A module: a namespace with a name.
final class PyModule: PyObject {
    let name: String
    let dict: PyDict

    init(name: String, dict: PyDict = PyDict()) {
        self.name = name
        self.dict = dict
        dict.set("__name__", .string(name))
        super.init(type: BuiltinTypes.module)
    }
}

extension Value {
    /// The Python function this value holds, without retaining it: for the call
    /// fast path, which keeps the value itself alive for the call.
    @inline(__always) var unretainedFunction: Unmanaged<PyFunction>? {
        guard case .object(let o) = self, let f = o as? PyFunction else { return nil }
        return .passUnretained(f)
    }
}
