/// `object` and `type`: the slots every class inherits (so `super().__init__()`
/// and `object.__setattr__(self, k, v)` work) and the attributes every class has.
extension Builtins {
    static func installObjectAndType() {
        installObjectSlots()
        installObjectAttributeSlots()
        installObjectGetters()
        installTypeGetters()
        installTypeMethods()
        installReflection()
    }

    private static func installObjectSlots() {
        let object = BuiltinTypes.object
        object.addMethod("__init__", objectInit)
        object.addMethod("__new__", objectNew)
        object.addMethod("__eq__", objectEqual)
        object.addMethod("__ne__", objectNotEqual)
        object.addMethod("__hash__") { vm, args in
            try args.expect("__hash__", min: 1, max: 1)
            if case .object(let o) = args[0] { return .int(vm.identityHash(o)) }
            return .int(try vm.hash(args[0]))
        }
        object.addMethod("__repr__") { vm, args in
            try args.expect("__repr__", min: 1, max: 1)
            return .string(try vm.defaultRepr(args[0]))
        }
        object.addMethod("__str__") { vm, args in
            try args.expect("__str__", min: 1, max: 1)
            return .string(try vm.repr(args[0]))
        }
        object.addMethod("__format__", objectFormat)
        object.addMethod("__dir__") { vm, args in
            try args.expect("__dir__", min: 1, max: 1)
            return .object(PyList(vm.attributeNames(of: args[0]).map { .string($0) }))
        }
        let initSubclass = PyBuiltinFunction("__init_subclass__", owner: object) { vm, args in
            if !args.keywords.isEmpty, case .object(let cls as PyType) = args.positional.first ?? .none {
                throw PyError.type("\(cls.name).__init_subclass__() takes no keyword arguments")
            }
            return .none
        }
        object.dict.set("__init_subclass__", .object(PyMethodWrapper(function: .object(initSubclass), isClassMethod: true)))
    }

    /// `object.__init__`: extra arguments are an error unless the class overrides
    /// `__new__` but not `__init__` (CPython's `object_init`).
    private static func objectInit(_ vm: VM, _ args: CallArgs) throws -> Value {
        guard args.count >= 1 else { throw PyError.type("descriptor '__init__' of 'object' object needs an argument") }
        guard args.count > 1 || !args.keywords.isEmpty else { return .none }
        let type = vm.typeOf(args[0])
        if type.overridesObjectSlot("__init__") {
            throw PyError.type("object.__init__() takes exactly one argument (the instance to initialize)")
        }
        if !type.overridesObjectSlot("__new__") {
            throw PyError.type("\(type.name).__init__() takes exactly one argument (the instance to initialize)")
        }
        return .none
    }

    /// `object.__new__(cls)`: a new, empty instance of cls.
    private static func objectNew(_ vm: VM, _ args: CallArgs) throws -> Value {
        guard args.count >= 1 else { throw PyError.type("object.__new__(): not enough arguments") }
        guard case .object(let o) = args[0], let cls = o as? PyType else {
            throw PyError.type("object.__new__(X): X is not a type object (\(vm.typeName(args[0])))")
        }
        if args.count > 1 || !args.keywords.isEmpty {
            if cls.overridesObjectSlot("__new__") {
                throw PyError.type("object.__new__() takes exactly one argument (the type to instantiate)")
            }
            if !cls.overridesObjectSlot("__init__") { throw PyError.type("\(cls.name)() takes no arguments") }
        }
        if cls.layout == .builtin, let base = cls.mro.first(where: { !$0.isHeapType }) {
            throw PyError.type("object.__new__(\(cls.name)) is not safe, use \(base.name).__new__()")
        }
        return try vm.allocate(cls, CallArgs())
    }

    /// `object.__eq__`: identity. Built-in values of one type that reach this
    /// slot (`"a".__eq__("a")`) compare by value, as their own `__eq__` would.
    private static func objectEqual(_ vm: VM, _ args: CallArgs) throws -> Value {
        try args.expect("__eq__", min: 2, max: 2)
        if args[0].isIdentical(to: args[1]) { return .bool(true) }
        let type = vm.typeOf(args[0])
        if !type.isHeapType && type !== BuiltinTypes.object && type === vm.typeOf(args[1]) {
            return .bool(try vm.equals(args[0], args[1]))
        }
        return .notImplemented
    }

    /// `object.__ne__`: the inverse of `__eq__`, unless that is NotImplemented.
    private static func objectNotEqual(_ vm: VM, _ args: CallArgs) throws -> Value {
        try args.expect("__ne__", min: 2, max: 2)
        guard let eq = vm.typeOf(args[0]).lookup("__eq__") else { return .notImplemented }
        let result = try vm.callMethod(eq, receiver: args[0], CallArgs([args[1]]))
        if result.isNotImplemented { return result }
        return .bool(!(try vm.isTrue(result)))
    }

    private static func objectFormat(_ vm: VM, _ args: CallArgs) throws -> Value {
        try args.expect("__format__", min: 2, max: 2)
        guard case .str(let spec) = args[1] else {
            throw PyError.type("__format__() argument must be str, not \(vm.typeName(args[1]))")
        }
        if !spec.value.isEmpty {
            throw PyError.type("unsupported format string passed to \(vm.typeName(args[0])).__format__")
        }
        return .string(try vm.str(args[0]))
    }

    private static func installObjectAttributeSlots() {
        let object = BuiltinTypes.object
        object.addMethod("__getattribute__") { vm, args in
            try args.expect("__getattribute__", min: 2, max: 2)
            return try vm.objectGetAttribute(args[0], try attributeName(vm, args[1]))
        }
        object.addMethod("__setattr__") { vm, args in
            try args.expect("__setattr__", min: 3, max: 3)
            let name = try attributeName(vm, args[1])
            if case .object(let o) = args[0], o is PyType || o is PyModule {
                try vm.setAttribute(args[0], name, args[2])
            } else {
                try vm.genericSetAttribute(args[0], vm.typeOf(args[0]), name, args[2])
            }
            return .none
        }
        object.addMethod("__delattr__") { vm, args in
            try args.expect("__delattr__", min: 2, max: 2)
            try vm.objectDeleteAttribute(args[0], try attributeName(vm, args[1]))
            return .none
        }
    }

    /// An attribute name argument, which must be a str.
    static func attributeName(_ vm: VM, _ v: Value) throws -> PyStr {
        guard case .str(let s) = v else { throw PyError.type("attribute name must be string, not '\(vm.typeName(v))'") }
        return s
    }

    private static func installObjectGetters() {
        let object = BuiltinTypes.object
        object.addGetter("__class__") { vm, v in .object(vm.typeOf(v)) }
        object.addGetter("__dict__") { vm, v in
            if case .object(let m) = v, let module = m as? PyModule { return .object(module.dict) }
            guard let dict = vm.instanceDict(v) else { throw vm.noAttribute(v, "__dict__") }
            return .object(dict)
        }
        object.addGetter("__doc__") { vm, v in vm.typeOf(v).dict.get("__doc__") ?? .none }
    }

    private static func installTypeGetters() {
        let type = BuiltinTypes.type
        type.addGetter("__name__") { _, v in .string(asType(v).name) }
        type.addGetter("__qualname__") { _, v in .string(asType(v).qualifiedName) }
        type.addGetter("__module__") { _, v in
            let cls = asType(v)
            return cls.dict.get("__module__") ?? .string(cls.module)
        }
        type.addGetter("__mro__") { _, v in .object(PyTuple(asType(v).mro.map { .object($0) })) }
        type.addGetter("__bases__") { _, v in .object(PyTuple(asType(v).bases.map { .object($0) })) }
        type.addGetter("__base__") { _, v in asType(v).bases.first.map { .object($0) } ?? .none }
        type.addGetter("__doc__") { _, v in asType(v).dict.get("__doc__") ?? .none }
        type.addGetter("__dict__") { vm, v in
            let copy = PyDict()
            for (key, value) in asType(v).dict.items { try copy.set(key, value, vm) }
            return .object(copy)
        }
    }

    private static func installTypeMethods() {
        let type = BuiltinTypes.type
        type.addMethod("mro") { _, args in
            try args.expect("mro", min: 1, max: 1)
            return .object(PyList(asType(args[0]).mro.map { .object($0) }))
        }
    }

    /// The class a type getter was called on (getters of `type` only see classes).
    private static func asType(_ v: Value) -> PyType {
        v.asObject as! PyType
    }
}

extension PyType {
    /// Whether some class in the MRO defines `name` itself, instead of inheriting
    /// `object`'s slot.
    func overridesObjectSlot(_ name: String) -> Bool {
        guard case .object(let o) = lookup(name) ?? .none else { return false }
        return !((o as? PyBuiltinFunction)?.owner === BuiltinTypes.object)
    }
}

extension VM {
    /// `object.__repr__`: `<module.Class object at 0x...>`, ignoring overrides.
    func defaultRepr(_ v: Value) throws -> String {
        guard case .object(let o) = v, o.type.isHeapType else { return try repr(v) }
        let cls = o.type!
        let qualified = cls.module == "builtins" ? cls.qualifiedName : "\(cls.module).\(cls.qualifiedName)"
        return "<\(qualified) object at \(address(o))>"
    }

    /// `object.__getattribute__`: like normal lookup but never `__getattr__`, so a
    /// `__getattr__` can call it without recursing.
    func objectGetAttribute(_ obj: Value, _ name: PyStr) throws -> Value {
        guard case .object(let o) = obj, o is PyInstance else { return try getAttribute(obj, name) }
        let type = o.type!
        let descriptor = type.lookup(name)
        if let d = descriptor, isDataDescriptor(d) { return try bind(d, to: obj, type) }
        if let v = ownAttribute(obj, name) { return v }
        if let d = descriptor { return try bind(d, to: obj, type) }
        if let getter = nativeGetter(type, name.value) { return try getter(self, obj) }
        throw noAttribute(obj, name.value)
    }

    /// `object.__delattr__`: property deleters and `__delete__`, else the instance dict.
    func objectDeleteAttribute(_ obj: Value, _ name: PyStr) throws {
        let type = typeOf(obj)
        if case .object(let d) = type.lookup(name) ?? .none {
            if let p = d as? PyProperty {
                if p.deleter.isNone { throw PyError.attribute("property '\(name.value)' of '\(type.name)' object has no deleter") }
                _ = try call(p.deleter, CallArgs([obj]))
                return
            }
            if d.type.isHeapType, let delete = d.type.lookup("__delete__") {
                _ = try callMethod(delete, receiver: .object(d), CallArgs([obj]))
                return
            }
        }
        guard removeOwnAttribute(obj, name) else { throw noAttribute(obj, name.value) }
    }
}
