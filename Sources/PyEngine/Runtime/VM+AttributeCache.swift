/// Inline caches for `obj.name` on instances of classes written in Python, like
/// CPython 3.11's specialized LOAD_ATTR/STORE_ATTR: what the class says about a
/// name is remembered per code object and name, keyed by the class and
/// `PyType.namespaceEpoch`, so a repeated access skips the MRO walk and the
/// descriptor checks; the instance's attribute is read where it was last time.
struct AttributeCacheEntry {
    /// The class the entry describes (strong, so its identity cannot be reused).
    var type: PyType?
    var epoch = -1
    /// The class attribute for the name, `.null` if there is none.
    var classAttribute: Value = .null
    /// Loads look in the instance dict first (the class attribute, if any, is
    /// not a data descriptor).
    var instanceFirst = false
    /// Stores go straight to the instance dict (no `__setattr__`, property or `__set__`).
    var plainStore = false
    /// The class attribute is a function that `obj.name(...)` calls with obj as
    /// its first argument, unless obj has an attribute of its own by that name.
    var plainMethod = false
    /// `VM.isBuiltinReceiver(type)`.
    var builtinReceiver = false
    /// Where the name is in instances of `type`.
    var hint = AttributeHint()
}

extension VM {
    /// The entry for `code.names[index]` on `type`, refilled if stale.
    @inline(__always)
    private func attributeEntry(_ code: CodeObject, _ index: Int, _ type: PyType) -> UnsafeMutablePointer<AttributeCacheEntry> {
        let entry = code.attributeCache.baseAddress! + index
        let epoch = PyType.namespaceEpoch.load(ordering: .relaxed)
        if entry.pointee.type !== type || entry.pointee.epoch != epoch {
            fillAttributeEntry(entry, type, code.names[index], epoch)
        }
        return entry
    }

    private func fillAttributeEntry(_ entry: UnsafeMutablePointer<AttributeCacheEntry>, _ type: PyType,
                                    _ name: PyStr, _ epoch: Int) {
        let attribute = type.lookup(name)
        var plainStore = true
        if let custom = type.lookup(SpecialNames.setattr), !isObjectSlot(custom) { plainStore = false }
        if case .object(let d) = attribute {
            if d is PyProperty || (d.type.isHeapType && d.type.lookup("__set__") != nil) { plainStore = false }
        }
        entry.pointee = AttributeCacheEntry(type: type, epoch: epoch, classAttribute: attribute ?? .null,
                                            instanceFirst: attribute.map { !isDataDescriptor($0) } ?? true,
                                            plainStore: plainStore,
                                            plainMethod: attribute.map(isPlainMethod) ?? false,
                                            builtinReceiver: isBuiltinReceiver(type),
                                            hint: type === entry.pointee.type ? entry.pointee.hint : AttributeHint())
    }

    /// `loadAttr`.
    @inline(__always)
    func cachedLoadAttribute(_ obj: Value, _ code: CodeObject, _ index: Int) throws -> Value {
        let epoch = PyType.namespaceEpoch.load(ordering: .relaxed)
        if case .object(let o) = obj, let inst = o as? PyInstance, let entry = currentEntry(code, index, inst, epoch),
           entry.pointee.instanceFirst, let v = inst.value(atKey: entry.pointee.hint.key) {
            return v
        }
        return try loadAttribute(obj, code, index)
    }

    /// `cachedLoadAttribute` when the value is not at the remembered key index.
    @inline(never)
    private func loadAttribute(_ obj: Value, _ code: CodeObject, _ index: Int) throws -> Value {
        if case .object(let o) = obj, let inst = o as? PyInstance, o.type.isHeapType {
            let entry = attributeEntry(code, index, o.type)
            if entry.pointee.instanceFirst {
                if let v = inst.attribute(code.names[index], &entry.pointee.hint) { return v }
                let attribute = entry.pointee.classAttribute
                if !attribute.isNull { return try bind(attribute, to: obj, o.type) }
            } else if let getter = propertyGetter(entry.pointee.classAttribute) {
                // What `bind` does for a property, which as a data descriptor
                // wins over the instance dict, minus an argument array.
                return try callMethod(getter, receiver: obj, CallArgs())
            }
        }
        return try getAttribute(obj, code.names[index])
    }

    /// The getter of a property whose getter is a Python function.
    private func propertyGetter(_ attribute: Value) -> Value? {
        guard case .object(let d) = attribute, let p = d as? PyProperty,
              case .object(let g) = p.getter, g is PyFunction else { return nil }
        return p.getter
    }

    /// `storeAttr`. Takes the value over, so that it moves into the instance.
    @inline(__always)
    func cachedStoreAttribute(_ obj: Value, _ code: CodeObject, _ index: Int, _ value: consuming Value) throws {
        let epoch = PyType.namespaceEpoch.load(ordering: .relaxed)
        if case .object(let o) = obj, let inst = o as? PyInstance, let entry = currentEntry(code, index, inst, epoch),
           entry.pointee.plainStore, inst.canStoreValue(atKey: entry.pointee.hint.key) {
            return inst.storeValue(value, atKey: entry.pointee.hint.key)
        }
        try storeAttribute(obj, code, index, value)
    }

    /// `cachedStoreAttribute` when the remembered key index does not serve.
    @inline(never)
    private func storeAttribute(_ obj: Value, _ code: CodeObject, _ index: Int, _ value: consuming Value) throws {
        if case .object(let o) = obj, let inst = o as? PyInstance, o.type.isHeapType {
            let entry = attributeEntry(code, index, o.type)
            if entry.pointee.plainStore {
                inst.setAttribute(code.names[index], value, &entry.pointee.hint)
                return
            }
        }
        try setAttribute(obj, code.names[index], value)
    }

    /// The entry for `code.names[index]` if it is current for the object's
    /// class: the test in front of the cached loads and stores. It makes no
    /// calls, and the caller reads the epoch before it takes the instance out
    /// of its value (an atomic load in between costs a retain and a release).
    @inline(__always)
    private func currentEntry(_ code: CodeObject, _ index: Int, _ object: PyObject,
                              _ epoch: Int) -> UnsafeMutablePointer<AttributeCacheEntry>? {
        let entry = code.attributeCache.baseAddress! + index
        guard entry.pointee.type === object.type, entry.pointee.epoch == epoch else { return nil }
        return entry
    }

    /// `loadMethod`: the function and the receiver when the name is a method of
    /// the class that the object does not shadow. Takes obj over, so that it
    /// moves into the result.
    @inline(__always)
    func cachedLoadMethod(_ obj: consuming Value, _ code: CodeObject, _ index: Int) throws -> (Value, Value) {
        let epoch = PyType.namespaceEpoch.load(ordering: .relaxed)
        if case .object(let o) = obj, let entry = currentEntry(code, index, o, epoch), entry.pointee.plainMethod {
            let unshadowed = if let inst = o as? PyInstance {
                inst.lacksAttribute(entry.pointee.hint)
            } else {
                entry.pointee.builtinReceiver
            }
            if unshadowed { return (entry.pointee.classAttribute, obj) }
        }
        return try loadMethod(obj, code, index)
    }

    /// `cachedLoadMethod` when the entry is stale or the instance may have the
    /// name. Values of built-in types (`items.append`, `d.get`) have no
    /// attributes of their own to consult.
    @inline(never)
    private func loadMethod(_ obj: Value, _ code: CodeObject, _ index: Int) throws -> (Value, Value) {
        if case .object(let o) = obj {
            if let inst = o as? PyInstance {
                if o.type.isHeapType {
                    let entry = attributeEntry(code, index, o.type)
                    if entry.pointee.plainMethod, inst.attribute(code.names[index], &entry.pointee.hint) == nil {
                        return (entry.pointee.classAttribute, obj)
                    }
                }
            } else if isBuiltinReceiver(o.type) {
                let entry = attributeEntry(code, index, o.type)
                if entry.pointee.plainMethod { return (entry.pointee.classAttribute, obj) }
            }
        } else if !obj.isNull {
            let entry = attributeEntry(code, index, typeOf(obj))
            if entry.pointee.plainMethod { return (entry.pointee.classAttribute, obj) }
        }
        return try loadMethod(obj, code.names[index])
    }

    /// Whether objects of `type` other than `PyInstance`s have no attributes
    /// of their own and no attribute hooks: values of most built-in types, not
    /// modules, classes or `super` objects, nor any subclass written in Python.
    private func isBuiltinReceiver(_ type: PyType) -> Bool {
        !type.isHeapType && type.layout == .builtin && type !== BuiltinTypes.module && type !== BuiltinTypes.superType
    }

    @inline(__always) private func isPlainMethod(_ v: Value) -> Bool {
        guard case .object(let f) = v else { return false }
        return f is PyFunction || f is PyBuiltinFunction
    }
}
