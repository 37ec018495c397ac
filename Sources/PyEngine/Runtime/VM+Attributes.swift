/// Attribute access: `obj.name`, with the descriptor protocol (functions bind
/// to instances, properties compute, data descriptors win over the instance dict).
extension VM {
    func getAttribute(_ obj: Value, _ name: PyStr) throws -> Value {
        if case .object(let o) = obj {
            switch o {
            case is PyInstance:
                return try genericGetAttribute(obj, o.type, name)
            case let cls as PyType:
                return try typeAttribute(cls, name)
            case let module as PyModule:
                if let v = module.dict.get(name) { return v }
                let e = PyError.attribute("module '\(module.name)' has no attribute '\(name.value)'")
                e.dict.set("name", .str(name))
                e.dict.set("obj", obj)
                throw e
            case let sup as PySuper:
                return try superAttribute(sup, name)
            default:
                break
            }
        }
        let type = typeOf(obj)
        if let getter = nativeGetter(type, name.value) { return try getter(self, obj) }
        return try genericGetAttribute(obj, type, name)
    }

    /// `object.__getattribute__`: data descriptors, then the instance dict, then
    /// other class attributes, then `__getattr__`.
    func genericGetAttribute(_ obj: Value, _ type: PyType, _ name: PyStr) throws -> Value {
        let descriptor = type.lookup(name)
        if let d = descriptor, isDataDescriptor(d) { return try bind(d, to: obj, type) }
        if let v = ownAttribute(obj, name) { return v }
        if let d = descriptor { return try bind(d, to: obj, type) }
        if obj.asObject is PyInstance, let getter = nativeGetter(type, name.value) { return try getter(self, obj) }
        if type.isHeapType, let getattr = type.lookup(SpecialNames.getattr) {
            return try callMethod(getattr, receiver: obj, CallArgs([.str(name)]))
        }
        throw noAttribute(obj, name.value)
    }

    /// The AttributeError for a missing instance attribute, with `name` and `obj` set.
    func noAttribute(_ obj: Value, _ name: String) -> PyBaseException {
        let e = PyError.attribute("'\(typeName(obj))' object has no attribute '\(name)'")
        e.dict.set("name", .string(name))
        e.dict.set("obj", obj)
        return e
    }

    /// `name` in obj's `__dict__`, read without making one for a plain instance.
    func ownAttribute(_ obj: Value, _ name: PyStr) -> Value? {
        if case .object(let o) = obj, let inst = o as? PyInstance { return inst.attribute(name) }
        return instanceDict(obj)?.get(name)
    }

    /// The `__dict__` of objects that have one (made now for a plain instance
    /// that had none: see `ownAttribute` and `storeOwnAttribute` for reads and writes).
    func instanceDict(_ obj: Value) -> PyDict? {
        guard case .object(let o) = obj else { return nil }
        switch o {
        // A bare `object()` has no `__dict__`.
        case let i as PyInstance: return i.type === BuiltinTypes.object ? nil : i.dict
        case let e as PyBaseException: return e.dict
        case let f as PyFunction: return f.dict
        case let w as PyMethodWrapper: return w.dict
        case let d as HasInstanceDict: return d.dict
        default: return nil
        }
    }

    /// Getters for attributes of built-in objects that are not methods (`e.args`,
    /// `f.__name__`), searched along the MRO.
    func nativeGetter(_ type: PyType, _ name: String) -> NativeGetter? {
        for cls in type.mro {
            if let g = cls.getters[name] { return g }
        }
        return nil
    }

    func isDataDescriptor(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if o is PyProperty { return true }
        return o.type.isHeapType && (o.type.lookup("__set__") != nil || o.type.lookup("__delete__") != nil)
    }

    /// Applies the descriptor protocol to a class attribute found for `obj`
    /// (obj is `.none` with `type` the class when looked up on the class itself).
    func bind(_ attr: Value, to obj: Value, _ type: PyType, viaClass: Bool = false) throws -> Value {
        guard case .object(let o) = attr else { return attr }
        switch o {
        case is PyFunction, is PyBuiltinFunction:
            return viaClass ? attr : .object(PyBoundMethod(function: attr, receiver: obj))
        case let w as PyMethodWrapper:
            return w.isClassMethod ? .object(PyBoundMethod(function: w.function, receiver: .object(type))) : w.function
        case let p as PyProperty:
            if viaClass { return attr }
            if p.getter.isNone { throw PyError.attribute("property of '\(type.name)' object has no getter") }
            return try call(p.getter, CallArgs([obj]))
        default:
            if o.type.isHeapType, let get = o.type.lookup("__get__") {
                return try callMethod(get, receiver: attr, CallArgs([viaClass ? .none : obj, .object(type)]))
            }
            return attr
        }
    }

    /// `Class.name`: the class's MRO (descriptors bound to the class), then the
    /// metatype's attributes.
    private func typeAttribute(_ cls: PyType, _ name: PyStr) throws -> Value {
        if let v = cls.lookup(name) { return try bind(v, to: .none, cls, viaClass: true) }
        if let getter = nativeGetter(BuiltinTypes.type, name.value) { return try getter(self, .object(cls)) }
        if let m = BuiltinTypes.type.dict.get(name) { return try bind(m, to: .object(cls), BuiltinTypes.type) }
        let e = PyError.attribute("type object '\(cls.name)' has no attribute '\(name.value)'")
        e.dict.set("name", .str(name))
        e.dict.set("obj", .object(cls))
        throw e
    }

    /// For `obj.method(...)`: the plain function and obj, so no bound method is
    /// built; or NULL and the attribute when that shortcut does not apply.
    func loadMethod(_ obj: Value, _ name: PyStr) throws -> (Value, Value) {
        if case .object(let o) = obj, o is PyInstance || o is PyBaseException {
            let type = o.type!
            if let attr = type.lookup(name), case .object(let f) = attr, f is PyFunction || f is PyBuiltinFunction {
                if ownAttribute(obj, name) == nil { return (attr, obj) }
            }
            return (.null, try getAttribute(obj, name))
        }
        if case .object(let o) = obj, o is PyType || o is PyModule || o is PySuper {
            return (.null, try getAttribute(obj, name))
        }
        let type = typeOf(obj)
        if let attr = type.lookup(name), case .object(let f) = attr, f is PyBuiltinFunction || f is PyFunction {
            return (attr, obj)
        }
        return (.null, try getAttribute(obj, name))
    }

    // MARK: Setting and deleting

    func setAttribute(_ obj: Value, _ name: PyStr, _ value: Value) throws {
        guard case .object(let o) = obj else { throw readOnlyAttribute(obj, name.value) }
        if let cls = o as? PyType { return try setTypeAttribute(cls, name, value) }
        if let module = o as? PyModule { return module.dict.set(name, value) }
        let type = o.type!
        // Plain instances have no native attributes to set: skip that search.
        if !(o is PyInstance), let setter = nativeSetter(type, name.value) { return try setter(self, obj, value) }
        if type.isHeapType, let custom = type.lookup(SpecialNames.setattr), !isObjectSlot(custom) {
            _ = try callMethod(custom, receiver: obj, CallArgs([.str(name), value]))
            return
        }
        try genericSetAttribute(obj, type, name, value)
    }

    /// `object.__setattr__`.
    func genericSetAttribute(_ obj: Value, _ type: PyType, _ name: PyStr, _ value: Value) throws {
        if let d = type.lookup(name), case .object(let descr) = d {
            if let p = descr as? PyProperty {
                if p.setter.isNone {
                    throw PyError.attribute("property '\(name.value)' of '\(type.name)' object has no setter")
                }
                _ = try call(p.setter, CallArgs([obj, value]))
                return
            }
            if descr.type.isHeapType, let set = descr.type.lookup("__set__") {
                _ = try callMethod(set, receiver: d, CallArgs([obj, value]))
                return
            }
        }
        try storeOwnAttribute(obj, name, value)
    }

    /// Sets `name` in obj's `__dict__` (a plain instance's attributes need no dict).
    func storeOwnAttribute(_ obj: Value, _ name: PyStr, _ value: Value) throws {
        if case .object(let o) = obj, let inst = o as? PyInstance, inst.type !== BuiltinTypes.object {
            return inst.setAttribute(name, value)
        }
        guard let dict = instanceDict(obj) else { throw readOnlyAttribute(obj, name.value) }
        dict.set(name, value)
    }

    private func setTypeAttribute(_ cls: PyType, _ name: PyStr, _ value: Value) throws {
        guard cls.isHeapType else {
            throw PyError.type("cannot set '\(name.value)' attribute of immutable type '\(cls.name)'")
        }
        if name.value == "__name__", case .str(let s) = value { cls.name = s.value }
        if name.value == "__qualname__", case .str(let s) = value { cls.qualifiedName = s.value }
        cls.dict.set(name, value)
        cls.namespaceChanged()
    }

    func deleteAttribute(_ obj: Value, _ name: PyStr) throws {
        guard case .object(let o) = obj else { throw noAttribute(obj, name.value) }
        if let cls = o as? PyType, cls.isHeapType {
            if cls.dict.remove(name) == nil { throw PyError.attribute("type object '\(cls.name)' has no attribute '\(name.value)'") }
            cls.namespaceChanged()
            return
        }
        if let module = o as? PyModule {
            if module.dict.remove(name) == nil { throw PyError.attribute("module '\(module.name)' has no attribute '\(name.value)'") }
            return
        }
        let type = o.type!
        if type.isHeapType, let custom = type.lookup(SpecialNames.delattr), !isObjectSlot(custom) {
            _ = try callMethod(custom, receiver: obj, CallArgs([.str(name)]))
            return
        }
        if let d = type.lookup(name), case .object(let descr) = d, let p = descr as? PyProperty {
            if p.deleter.isNone { throw PyError.attribute("property '\(name.value)' of '\(type.name)' object has no deleter") }
            _ = try call(p.deleter, CallArgs([obj]))
            return
        }
        guard removeOwnAttribute(obj, name) else { throw noAttribute(obj, name.value) }
    }

    /// Deletes `name` from obj's `__dict__`; false if it had no such entry.
    func removeOwnAttribute(_ obj: Value, _ name: PyStr) -> Bool {
        if case .object(let o) = obj, let inst = o as? PyInstance { return inst.removeAttribute(name) != nil }
        return instanceDict(obj)?.remove(name) != nil
    }

    private func nativeSetter(_ type: PyType, _ name: String) -> NativeSetter? {
        for cls in type.mro {
            if let s = cls.setters[name] { return s }
        }
        return nil
    }

    /// Whether `v` is `object`'s own slot (so a class did not override it).
    func isObjectSlot(_ v: Value) -> Bool {
        guard case .object(let o) = v, let f = o as? PyBuiltinFunction else { return false }
        return f.owner === BuiltinTypes.object
    }

    private func readOnlyAttribute(_ obj: Value, _ name: String) -> PyBaseException {
        if typeOf(obj).lookup(name) != nil {
            return PyError.attribute("'\(typeName(obj))' object attribute '\(name)' is read-only")
        }
        return noAttribute(obj, name)
    }
}

typealias NativeGetter = (VM, Value) throws -> Value
typealias NativeSetter = (VM, Value, Value) throws -> Void
