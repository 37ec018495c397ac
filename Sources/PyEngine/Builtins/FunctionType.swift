/// Functions and the objects that wrap them: Python functions and their code,
/// built-in functions, bound methods, `property`, `staticmethod`,
/// `classmethod` and `super`.
extension Builtins {
    static func installFunctions() {
        installFunctionAttributes()
        installFunctionSetters()
        installCodeAttributes()
        installBuiltinFunctionAttributes()
        installBoundMethodAttributes()
        installProperty()
        installMethodWrappers()
        BuiltinTypes.superType.constructor = { vm, _, args in try vm.makeSuper(args) }
    }

    private static func installFunctionAttributes() {
        let function = BuiltinTypes.function
        function.addGetter("__name__") { _, v in .string(asFunction(v).name) }
        function.addGetter("__qualname__") { _, v in .string(asFunction(v).qualifiedName) }
        function.addGetter("__module__") { _, v in asFunction(v).module }
        function.addGetter("__doc__") { _, v in
            let f = asFunction(v)
            if let doc = f.dict.get("__doc__") { return doc }
            if case .str = f.code.constants.first ?? .none { return f.code.constants[0] }
            return .none
        }
        function.addGetter("__defaults__") { _, v in
            let f = asFunction(v)
            return f.defaults.isEmpty ? .none : .object(PyTuple(f.defaults))
        }
        function.addGetter("__kwdefaults__") { _, v in asFunction(v).keywordDefaults.map { .object($0) } ?? .none }
        function.addGetter("__annotations__") { _, v in
            let f = asFunction(v)
            if f.annotations == nil { f.annotations = PyDict() }
            return .object(f.annotations!)
        }
        function.addGetter("__dict__") { _, v in .object(asFunction(v).dict) }
        function.addGetter("__code__") { _, v in .object(asFunction(v).code) }
        function.addGetter("__globals__") { _, v in .object(asFunction(v).globals) }
        function.addGetter("__closure__") { _, v in
            let f = asFunction(v)
            return f.closure.isEmpty ? .none : .object(PyTuple(f.closure.map { .object($0) }))
        }
        function.addMethod("__get__") { vm, args in
            try args.expect("__get__", min: 2, max: 3)
            if args[1].isNone { return args[0] }
            return .object(PyBoundMethod(function: args[0], receiver: args[1]))
        }
    }

    private static func installFunctionSetters() {
        let function = BuiltinTypes.function
        function.setters["__name__"] = { vm, v, value in asFunction(v).name = try text(vm, value, "__name__") }
        function.setters["__qualname__"] = { vm, v, value in asFunction(v).qualifiedName = try text(vm, value, "__qualname__") }
        function.setters["__module__"] = { _, v, value in asFunction(v).module = value }
        function.setters["__doc__"] = { _, v, value in asFunction(v).dict.set("__doc__", value) }
        function.setters["__defaults__"] = { vm, v, value in
            guard value.isNone || value.asObject is PyTuple else {
                throw PyError.type("__defaults__ must be set to a tuple object")
            }
            asFunction(v).defaults = (value.asObject as? PyTuple)?.items ?? []
        }
        function.setters["__kwdefaults__"] = { _, v, value in
            guard value.isNone || value.asObject is PyDict else {
                throw PyError.type("__kwdefaults__ must be set to a dict object")
            }
            asFunction(v).keywordDefaults = value.asObject as? PyDict
        }
        function.setters["__annotations__"] = { _, v, value in
            guard value.isNone || value.asObject is PyDict else {
                throw PyError.type("__annotations__ must be set to a dict object")
            }
            asFunction(v).annotations = value.asObject as? PyDict
        }
    }

    /// A str to store in a function attribute.
    private static func text(_ vm: VM, _ v: Value, _ name: String) throws -> String {
        guard case .str(let s) = v else { throw PyError.type("\(name) must be set to a string object") }
        return s.value
    }

    private static func asFunction(_ v: Value) -> PyFunction {
        v.asObject as! PyFunction
    }

    /// `f.__code__`: the compiler's CodeObject is the `code` object itself.
    private static func installCodeAttributes() {
        let code = BuiltinTypes.code
        func add(_ name: String, _ get: @escaping (CodeObject) -> Value) {
            code.addGetter(name) { _, v in get(v.asObject as! CodeObject) }
        }
        add("co_name") { .string($0.name) }
        add("co_qualname") { .string($0.qualifiedName) }
        add("co_filename") { .string($0.filename) }
        add("co_firstlineno") { .int($0.firstLine) }
        add("co_argcount") { .int($0.argumentCount) }
        add("co_posonlyargcount") { .int($0.positionalOnlyCount) }
        add("co_kwonlyargcount") { .int($0.keywordOnlyCount) }
        add("co_nlocals") { .int($0.varnames.count) }
        add("co_varnames") { .object(PyTuple($0.varnames.map { .string($0) })) }
        add("co_cellvars") { .object(PyTuple($0.cellvars.map { .string($0) })) }
        add("co_freevars") { .object(PyTuple($0.freevars.map { .string($0) })) }
        add("co_names") { .object(PyTuple($0.names.map { .str($0) })) }
        add("co_consts") { .object(PyTuple($0.constants)) }
    }

    private static func installBuiltinFunctionAttributes() {
        let builtin = BuiltinTypes.builtinFunction
        builtin.addGetter("__name__") { _, v in .string((v.asObject as! PyBuiltinFunction).name) }
        builtin.addGetter("__qualname__") { _, v in
            let f = v.asObject as! PyBuiltinFunction
            return .string(f.owner.map { "\($0.name).\(f.name)" } ?? f.name)
        }
        builtin.addGetter("__self__") { vm, v in
            let f = v.asObject as! PyBuiltinFunction
            return f.owner.map { .object($0) } ?? vm.mainModule.dict.get("__builtins__") ?? .none
        }
        builtin.addGetter("__module__") { _, v in
            (v.asObject as! PyBuiltinFunction).owner == nil ? .string("builtins") : .none
        }
        builtin.addGetter("__doc__") { _, v in
            ((v.asObject as? PyBuiltinFunction)?.doc).map { .string($0) } ?? .none
        }
    }

    private static func installBoundMethodAttributes() {
        let method = BuiltinTypes.method
        func bound(_ v: Value) -> PyBoundMethod { v.asObject as! PyBoundMethod }
        method.addGetter("__self__") { _, v in bound(v).receiver }
        method.addGetter("__func__") { _, v in bound(v).function }
        for name in ["__name__", "__qualname__", "__doc__", "__module__", "__dict__", "__code__",
                     "__defaults__", "__kwdefaults__", "__annotations__", "__wrapped__"] {
            method.addGetter(name) { vm, v in try vm.getAttribute(bound(v).function, PyStr.intern(name)) }
        }
        method.addMethod("__eq__") { _, args in
            try args.expect("__eq__", min: 2, max: 2)
            guard case .object(let o) = args[1], let other = o as? PyBoundMethod else { return .notImplemented }
            let m = bound(args[0])
            return .bool(m.receiver.isIdentical(to: other.receiver) && m.function.isIdentical(to: other.function))
        }
    }

    private static func installProperty() {
        let property = BuiltinTypes.property
        property.constructor = { vm, cls, args in
            let p = try makeProperty(vm, args)
            p.type = cls
            return .object(p)
        }
        func prop(_ v: Value) -> PyProperty { v.asObject as! PyProperty }
        property.addGetter("fget") { _, v in prop(v).getter }
        property.addGetter("fset") { _, v in prop(v).setter }
        property.addGetter("fdel") { _, v in prop(v).deleter }
        property.addGetter("__doc__") { _, v in prop(v).doc }
        property.setters["__doc__"] = { _, v, value in prop(v).doc = value }
        property.addGetter("__isabstractmethod__") { _, _ in .bool(false) }
        for (name, slot) in [("getter", 0), ("setter", 1), ("deleter", 2)] {
            property.addMethod(name) { vm, args in
                try args.expect(name, min: 2, max: 2)
                let old = prop(args[0])
                var parts = [old.getter, old.setter, old.deleter]
                parts[slot] = args[1]
                let usesGetterDoc = slot == 0 && old.doc.isNone
                let doc = usesGetterDoc ? try functionDoc(vm, args[1]) : old.doc
                let copy = PyProperty(getter: parts[0], setter: parts[1], deleter: parts[2], doc: doc)
                copy.type = old.type
                return .object(copy)
            }
        }
        property.addMethod("__get__") { vm, args in
            try args.expect("__get__", min: 2, max: 3)
            if args[1].isNone { return args[0] }
            return try vm.bind(args[0], to: args[1], vm.typeOf(args[1]))
        }
        property.addMethod("__set__") { vm, args in
            try args.expect("__set__", min: 3, max: 3)
            let p = prop(args[0])
            if p.setter.isNone { throw PyError.attribute("property of '\(vm.typeName(args[1]))' object has no setter") }
            _ = try vm.call(p.setter, CallArgs([args[1], args[2]]))
            return .none
        }
    }

    /// `property(fget=None, fset=None, fdel=None, doc=None)`.
    private static func makeProperty(_ vm: VM, _ args: CallArgs) throws -> PyProperty {
        let names = ["fget", "fset", "fdel", "doc"]
        if args.count > 4 { throw PyError.type("property() takes at most 4 arguments (\(args.count) given)") }
        var values = args.positional + Array(repeating: Value.none, count: 4 - args.count)
        for (name, value) in args.keywords {
            guard let i = names.firstIndex(of: name) else {
                throw PyError.type("property() got an unexpected keyword argument '\(name)'")
            }
            values[i] = value
        }
        let doc = values[3].isNone ? try functionDoc(vm, values[0]) : values[3]
        return PyProperty(getter: values[0], setter: values[1], deleter: values[2], doc: doc)
    }

    /// The getter's docstring, which a property without its own doc uses.
    private static func functionDoc(_ vm: VM, _ f: Value) throws -> Value {
        guard case .object(let o) = f, o is PyFunction else { return .none }
        return try vm.getAttribute(f, PyStr.intern("__doc__"))
    }

    private static func installMethodWrappers() {
        for (type, isClassMethod) in [(BuiltinTypes.staticMethod, false), (BuiltinTypes.classMethod, true)] {
            type.constructor = { _, _, args in
                try args.expect(type.name, min: 1, max: 1)
                let wrapper = PyMethodWrapper(function: args[0], isClassMethod: isClassMethod)
                return .object(wrapper)
            }
            type.addGetter("__func__") { _, v in (v.asObject as! PyMethodWrapper).function }
            type.addGetter("__wrapped__") { _, v in (v.asObject as! PyMethodWrapper).function }
            type.addGetter("__isabstractmethod__") { _, _ in .bool(false) }
            for name in ["__name__", "__qualname__", "__doc__"] {
                type.addGetter(name) { vm, v in
                    try vm.getAttribute((v.asObject as! PyMethodWrapper).function, PyStr.intern(name))
                }
            }
            type.addMethod("__get__") { vm, args in
                try args.expect("__get__", min: 2, max: 3)
                let owner = args.count == 3 && !args[2].isNone ? args[2] : .object(vm.typeOf(args[1]))
                guard case .object(let o) = owner, let cls = o as? PyType else { return args[0] }
                return try vm.bind(args[0], to: args[1], cls)
            }
        }
    }
}
