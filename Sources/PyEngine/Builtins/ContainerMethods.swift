import PySyntax

/// Helpers shared by the methods of the built-in containers: checking the
/// receiver and the argument count with CPython's wording.
extension PyType {
    /// Adds a method whose receiver must be a `T` and which takes `arity`
    /// positional arguments besides it (and no keywords).
    func addMethod<T: PyObject>(_ name: String, on _: T.Type, arity: ClosedRange<Int>,
                                _ body: @escaping (VM, T, CallArgs) throws -> Value) {
        let owner = self.name
        // CPython names METH_NOARGS/METH_O methods with their class in count errors.
        let shown = arity.lowerBound == arity.upperBound && arity.upperBound <= 1 ? "\(owner).\(name)" : name
        dict.set(name, .object(PyBuiltinFunction(method: name, owner: self) { vm, first, rest in
            guard case .object(let o) = first, let receiver = o as? T else {
                throw PyError.descriptorMismatch(name, owner: owner, got: vm.typeName(first))
            }
            try rest.expect(shown, min: arity.lowerBound, max: arity.upperBound)
            return try body(vm, receiver, rest)
        }))
    }

    /// `__eq__`, `__lt__`... with the container's built-in meaning, so a subclass
    /// can call its base's (`dict.__eq__(self, other)`).
    func addContainerComparisons() {
        let operators: [(String, CompareOperator)] = [("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less),
                                                      ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)]
        for (name, op) in operators {
            addMethod(name) { vm, args in
                try args.expect(name, min: 2, max: 2)
                return try vm.containerComparison(op, args[0], args[1])
            }
        }
    }
}

extension CallArgs {
    /// A method's arguments without its receiver.
    var droppingSelf: CallArgs { CallArgs(Array(positional.dropFirst()), keywords: keywords) }
}

extension VM {
    /// A built-in method's `self`, checked against the class that defines it.
    func receiver<T: PyObject>(_ args: CallArgs, _ method: String, _ owner: String) throws -> T {
        guard let first = args.positional.first else {
            throw PyError.unboundMethod(method, owner: owner)
        }
        guard case .object(let o) = first, let r = o as? T else {
            throw PyError.descriptorMismatch(method, owner: owner, got: typeName(first))
        }
        return r
    }

    /// `a is b or a == b`, the test containers use for membership.
    func sameItem(_ a: Value, _ b: Value) throws -> Bool {
        try a.isIdentical(to: b) || equals(a, b)
    }

    /// An int argument as a Swift Int, with CPython's message otherwise.
    func intArgument(_ v: Value) throws -> Int {
        if case .object(let o) = v, o is PyBigInt {
            throw PyError.overflow("Python int too large to convert to C ssize_t")
        }
        if let i = try indexValue(v) { return i }
        throw PyError.notAnInteger(typeName(v))
    }

    /// Whether a class written in Python defines its own `__init__`, which then
    /// receives the constructor's arguments instead of the built-in base.
    func hasUserInit(_ cls: PyType) -> Bool {
        guard cls.isHeapType, let initializer = cls.lookup("__init__") else { return false }
        guard case .object(let o) = initializer, let f = o as? PyBuiltinFunction else { return true }
        return f.owner?.isHeapType ?? true
    }
}
