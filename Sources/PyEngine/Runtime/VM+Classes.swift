/// Classes: the `class` statement (`__build_class__`), instantiation
/// (`__new__` then `__init__`), C3 method resolution order, and `super()`.
extension VM {
    /// `C(args)`.
    func instantiate(_ cls: PyType, _ args: CallArgs) throws -> Value {
        if cls === BuiltinTypes.type && args.count == 1 && args.keywords.isEmpty {
            return .object(typeOf(args[0]))
        }
        if cls === BuiltinTypes.type { return try makeClass(args) }
        // A built-in class's own constructor is the whole story (`int(s)`, `str(x)`):
        // its namespace never changes, and its `__new__`/`__init__` are native slots.
        if !cls.isHeapType, let make = cls.constructor { return try make(self, cls, args) }
        let instance: Value
        if let new = cls.lookup(SpecialNames.new), isUserDefined(new) {
            instance = try call(unwrapStatic(new), args.prepending(.object(cls)))
            guard case .object(let o) = instance, o.type.isSubtype(of: cls) else { return instance }
        } else {
            instance = try allocate(cls, args)
        }
        if let initializer = cls.lookup(SpecialNames.initializer), isUserDefined(initializer) {
            let result = try callMethod(initializer, receiver: instance, args)
            if !result.isNone {
                throw PyError.type("__init__() should return None, not '\(typeName(result))'")
            }
        } else if cls.layout == .instance, cls.constructor == nil, !args.positional.isEmpty || !args.keywords.isEmpty,
                  cls.lookup(SpecialNames.new).map(isUserDefined) != true {
            throw PyError.type("\(cls.name)() takes no arguments")
        }
        return instance
    }

    /// The `__init__` of a class written in Python whose instances `instantiate`
    /// makes as plain objects (no `__new__` or built-in base constructor) and
    /// initializes with a Python function; nil for every other class.
    func plainInitializer(_ cls: PyType) -> PyFunction? {
        guard cls.isHeapType else { return nil }
        let epoch = PyType.namespaceEpoch.load(ordering: .relaxed)
        if cls.initializerEpoch != epoch {
            cls.cachedInitializer = findPlainInitializer(cls)
            cls.initializerEpoch = epoch
        }
        return cls.cachedInitializer
    }

    private func findPlainInitializer(_ cls: PyType) -> PyFunction? {
        guard cls.layout == .instance, constructorFor(cls) == nil else { return nil }
        if let new = cls.lookup(SpecialNames.new), isUserDefined(new) { return nil }
        guard case .object(let i)? = cls.lookup(SpecialNames.initializer) else { return nil }
        return i as? PyFunction
    }

    /// `object.__new__(cls)` for the class's layout.
    func allocate(_ cls: PyType, _ args: CallArgs) throws -> Value {
        if let make = constructorFor(cls) { return try make(self, cls, args) }
        switch cls.layout {
        case .instance: return .object(PyInstance(type: cls))
        case .exception: return .object(PyBaseException(type: cls, args: args.positional))
        case .builtin: throw PyError.type("cannot create '\(cls.name)' instances")
        }
    }

    private func constructorFor(_ cls: PyType) -> ((VM, PyType, CallArgs) throws -> Value)? {
        for c in cls.mro {
            if let make = c.constructor { return make }
        }
        return nil
    }

    /// Defined in Python rather than a built-in slot.
    private func isUserDefined(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return true }
        if let f = o as? PyBuiltinFunction { return f.owner == nil || f.owner!.isHeapType }
        return true
    }

    private func unwrapStatic(_ v: Value) -> Value {
        if case .object(let o) = v, let w = o as? PyMethodWrapper, !w.isClassMethod { return w.function }
        return v
    }

    // MARK: The class statement

    /// `__build_class__(body, name, *bases, **kwds)`.
    var buildClassFunction: Value {
        .object(PyBuiltinFunction("__build_class__") { vm, args in try vm.buildClass(args) })
    }

    private func buildClass(_ args: CallArgs) throws -> Value {
        guard args.count >= 2, case .object(let b) = args[0], let body = b as? PyFunction,
              case .str(let name) = args[1] else {
            throw PyError.type("__build_class__: func and name required")
        }
        if let meta = args.keyword("metaclass"), !(meta.asObject === BuiltinTypes.type) {
            throw PyError.notImplemented("metaclasses are not supported by LoopLab's engine")
        }
        let bases = try Array(args.positional.dropFirst(2)).map { base -> PyType in
            guard case .object(let o) = base, let t = o as? PyType else {
                throw PyError.type("bases must be types")
            }
            return t
        }
        let namespace = PyDict()
        let frame = Frame(code: body.code, globals: body.globals, namespace: namespace, closure: body.closure)
        _ = try run(frame)
        let keywords = args.keywords.filter { $0.name != "metaclass" }
        let cls = try createClass(name: name.value, bases: bases, namespace: namespace, keywords: keywords)
        if case .object(let c) = namespace.get("__classcell__") ?? .none, let cell = c as? PyCell {
            cell.contents = .object(cls)
            cls.dict.remove(PyStr.intern("__classcell__"))
            cls.namespaceChanged()
        }
        return .object(cls)
    }

    /// `type(name, bases, dict)`.
    private func makeClass(_ args: CallArgs) throws -> Value {
        guard args.count == 3, case .str(let name) = args[0], case .object(let b) = args[1], let bases = b as? PyTuple,
              case .object(let d) = args[2], let dict = d as? PyDict else {
            throw PyError.type("type() takes 1 or 3 arguments")
        }
        let namespace = PyDict()
        for (k, v) in dict.items { try namespace.set(k, v, self) }
        let baseTypes = bases.items.compactMap { $0.asObject as? PyType }
        return .object(try createClass(name: name.value, bases: baseTypes, namespace: namespace))
    }

    func createClass(name: String, bases: [PyType], namespace: PyDict,
                     keywords: [(name: String, value: Value)] = []) throws -> PyType {
        let bases = bases.isEmpty ? [BuiltinTypes.object] : bases
        for base in bases where base.isFinal || (!base.isHeapType && base.layout == .builtin && base.constructor == nil) {
            throw PyError.type("type '\(base.name)' is not an acceptable base type")
        }
        let layout: InstanceLayout = bases.contains { $0.layout == .exception } ? .exception :
            (bases.contains { $0.layout == .builtin } ? .builtin : .instance)
        let module: String
        if case .str(let m) = namespace.get("__module__") ?? .none { module = m.value } else { module = "__main__" }
        for implicit in ["__init_subclass__", "__class_getitem__"] {
            // Implicitly class methods, as in CPython.
            if case .object(let f) = namespace.get(implicit) ?? .none, f is PyFunction {
                namespace.set(implicit, .object(PyMethodWrapper(function: .object(f), isClassMethod: true)))
            }
        }
        let cls = PyType(name: name, bases: bases, dict: namespace, module: module, isHeapType: true, layout: layout)
        if case .str(let q) = namespace.get("__qualname__") ?? .none {
            cls.qualifiedName = q.value
            namespace.remove(PyStr.intern("__qualname__"))
        }
        cls.mro = try linearize(cls, bases)
        if namespace.get("__eq__") != nil && namespace.get("__hash__") == nil { namespace.set("__hash__", .none) }
        // Every class has its own `__doc__`, so a subclass does not show its base's.
        if namespace.get("__doc__") == nil { namespace.set("__doc__", .none) }
        cls.namespaceChanged()  // nothing looked up while building the class is kept
        try notifySetName(cls)
        try notifyInitSubclass(cls, keywords)
        return cls
    }

    /// Calls the nearest base's `__init_subclass__` with the class statement's keywords.
    private func notifyInitSubclass(_ cls: PyType, _ keywords: [(name: String, value: Value)]) throws {
        guard let hook = cls.mro.dropFirst().lazy.compactMap({ $0.dict.get("__init_subclass__") }).first else { return }
        _ = try call(try bind(hook, to: .none, cls, viaClass: true), CallArgs([], keywords: keywords))
    }

    /// Calls `__set_name__` on descriptors defined in the class body.
    private func notifySetName(_ cls: PyType) throws {
        for (key, value) in cls.dict.items {
            _ = try callUserMethod(value, "__set_name__", [.object(cls), key])
        }
    }

    /// The C3 linearization of a new class.
    private func linearize(_ cls: PyType, _ bases: [PyType]) throws -> [PyType] {
        var sequences = bases.map(\.mro) + [bases]
        var result: [PyType] = [cls]
        while true {
            sequences.removeAll { $0.isEmpty }
            if sequences.isEmpty { return result }
            let candidate = sequences.lazy.map(\.[0]).first { head in
                !sequences.contains { seq in seq.dropFirst().contains { $0 === head } }
            }
            guard let next = candidate else {
                let names = bases.map(\.name).joined(separator: ", ")
                throw PyError.type("Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(next)
            for i in sequences.indices where sequences[i][0] === next { sequences[i].removeFirst() }
        }
    }

    // MARK: super()

    /// `super()` or `super(cls, obj)`.
    func makeSuper(_ args: CallArgs) throws -> Value {
        let cls: PyType, obj: Value
        if args.count == 0 {
            (cls, obj) = try implicitSuperArguments()
        } else if args.count == 2, case .object(let c) = args[0], let t = c as? PyType {
            (cls, obj) = (t, args[1])
        } else {
            throw PyError.type("super() takes 0 or 2 arguments")
        }
        let lookupType: PyType
        if case .object(let o) = obj, let t = o as? PyType, t.isSubtype(of: cls) {
            lookupType = t
        } else if typeOf(obj).isSubtype(of: cls) {
            lookupType = typeOf(obj)
        } else {
            throw PyError.type("super(type, obj): obj must be an instance or subtype of type")
        }
        return .object(PySuper(startAfter: cls, object: obj, lookupType: lookupType))
    }

    /// The `__class__` cell and first argument of the calling method.
    private func implicitSuperArguments() throws -> (PyType, Value) {
        guard let frame = currentFrame, frame.code.argumentCount > 0 || frame.code.flags.contains(.varargs) else {
            throw PyError.runtime("super(): no arguments")
        }
        let code = frame.code
        guard let index = code.freevars.firstIndex(of: "__class__") else {
            throw PyError.runtime("super(): __class__ cell not found")
        }
        guard case .object(let c) = frame.cells[code.cellvars.count + index].contents, let cls = c as? PyType else {
            throw PyError.runtime("super(): empty __class__ cell")
        }
        var first = frame.slots[0]
        if let cellIndex = code.cellParameters.firstIndex(where: { $0 == 0 }) {
            first = frame.cells[cellIndex].contents
        }
        if first.isNull { throw PyError.runtime("super(): arg[0] deleted") }
        return (cls, first)
    }

    func superAttribute(_ sup: PySuper, _ name: PyStr) throws -> Value {
        let mro = sup.lookupType.mro
        if let start = mro.firstIndex(where: { $0 === sup.startAfter }) {
            for cls in mro[(start + 1)...] {
                if let v = cls.dict.get(name) {
                    let viaClass = sup.object.asObject is PyType && !(sup.object.asObject === sup.lookupType) ? false :
                        (sup.object.asObject is PyType)
                    return try bind(v, to: viaClass ? .none : sup.object, sup.lookupType, viaClass: viaClass)
                }
            }
        }
        if let getter = nativeGetter(BuiltinTypes.superType, name.value) { return try getter(self, .object(sup)) }
        throw PyError.attribute("'super' object has no attribute '\(name.value)'")
    }
}
