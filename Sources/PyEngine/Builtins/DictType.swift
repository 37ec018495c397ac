/// `dict`: its constructor and methods.
extension Builtins {
    static func installDict() {
        let dict = BuiltinTypes.dict
        dict.addContainerComparisons()
        dict.constructor = { vm, cls, args in
            let made = cls === dict ? PyDict() : PyDict(type: cls)
            if !vm.hasUserInit(cls) { try vm.dictInit(made, args, "dict") }
            return .object(made)
        }
        dict.addMethod("__init__") { vm, args in
            let d: PyDict = try vm.receiver(args, "__init__", "dict")
            try vm.dictInit(d, args.droppingSelf, "dict")
            return .none
        }
        dict.addMethod("update") { vm, args in
            let d: PyDict = try vm.receiver(args, "update", "dict")
            try vm.dictInit(d, args.droppingSelf, "update")
            return .none
        }
        installDictLookups(dict)
        installDictChanges(dict)
        installDictViews(dict)
        let fromkeys = PyBuiltinFunction("fromkeys", owner: dict) { vm, args in
            let rest = args.droppingSelf
            try rest.expect("fromkeys", min: 1, max: 2)
            let made = args[0].asObject === dict ? Value.object(PyDict()) : try vm.call(args[0], CallArgs())
            for key in try vm.iterate(rest[0]) { try vm.setItem(made, key, rest.count == 2 ? rest[1] : .none) }
            return made
        }
        dict.dict.set("fromkeys", .object(PyMethodWrapper(function: .object(fromkeys), isClassMethod: true)))
    }

    private static func installDictLookups(_ dict: PyType) {
        dict.addMethod("get", on: PyDict.self, arity: 1...2) { vm, d, args in
            try d.get(args[0], vm) ?? (args.count == 2 ? args[1] : .none)
        }
        dict.addMethod("__getitem__", on: PyDict.self, arity: 1...1) { vm, d, args in
            if let v = try d.get(args[0], vm) { return v }
            if d.type.isHeapType, let missing = d.type.lookup("__missing__") {
                return try vm.callMethod(missing, receiver: .object(d), CallArgs([args[0]]))
            }
            throw PyError.key(args[0])
        }
        dict.addMethod("__contains__", on: PyDict.self, arity: 1...1) { vm, d, args in .bool(try d.get(args[0], vm) != nil) }
        dict.addMethod("__len__", on: PyDict.self, arity: 0...0) { _, d, _ in .int(d.count) }
        dict.addMethod("__iter__", on: PyDict.self, arity: 0...0) { vm, d, _ in
            .object(vm.dictIterator(d, type: BuiltinTypes.dictKeyIterator) { key, _ in key })
        }
        dict.addMethod("__reversed__", on: PyDict.self, arity: 0...0) { _, d, _ in
            .object(snapshotReverseIterator(d.keys, IterationTypes.dictReverseKeyIterator))
        }
        dict.addMethod("copy", on: PyDict.self, arity: 0...0) { vm, d, _ in
            let copy = PyDict()
            for (k, v) in d.items { try copy.set(k, v, vm) }
            return .object(copy)
        }
    }

    private static func installDictChanges(_ dict: PyType) {
        dict.addMethod("setdefault", on: PyDict.self, arity: 1...2) { vm, d, args in
            if let v = try d.get(args[0], vm) { return v }
            let v = args.count == 2 ? args[1] : .none
            try d.set(args[0], v, vm)
            return v
        }
        dict.addMethod("pop", on: PyDict.self, arity: 1...2) { vm, d, args in
            if let v = try d.remove(args[0], vm) { return v }
            if args.count == 2 { return args[1] }
            throw PyError.key(args[0])
        }
        dict.addMethod("popitem", on: PyDict.self, arity: 0...0) { vm, d, _ in
            guard let last = d.items.last else { throw PyBaseException(ExceptionTypes.keyError, "popitem(): dictionary is empty") }
            try d.remove(last.key, vm)
            return .object(PyTuple([last.key, last.value]))
        }
        dict.addMethod("clear", on: PyDict.self, arity: 0...0) { _, d, _ in
            d.removeAll()
            return .none
        }
        dict.addMethod("__setitem__", on: PyDict.self, arity: 2...2) { vm, d, args in
            try d.set(args[0], args[1], vm)
            return .none
        }
        dict.addMethod("__delitem__", on: PyDict.self, arity: 1...1) { vm, d, args in
            if try d.remove(args[0], vm) == nil { throw PyError.key(args[0]) }
            return .none
        }
    }

    /// Iterates a snapshot of a dict's keys, values or items backwards.
    static func snapshotReverseIterator(_ items: [Value], _ type: PyType) -> PyNativeIterator {
        var index = items.count
        return PyNativeIterator(type: type) {
            guard index > 0 else { return nil }
            index -= 1
            return items[index]
        }
    }
}

extension VM {
    /// `dict(...)` and `d.update(...)`: one mapping or iterable of pairs, then keywords.
    func dictInit(_ d: PyDict, _ args: CallArgs, _ name: String) throws {
        try CallArgs(args.positional).expect(name, min: 0, max: 1)
        if args.count == 1 {
            let source = args[0]
            if source.asObject is PyDict || (try? getAttribute(source, PyStr.intern("keys"))) != nil {
                try dictUpdate(d, with: source, mergingCall: nil)
            } else {
                try addPairs(d, source)
            }
        }
        for (name, value) in args.keywords { try d.set(.string(name), value, self) }
    }

    /// Adds the (key, value) pairs an iterable yields.
    private func addPairs(_ d: PyDict, _ source: Value) throws {
        let iterator = try getIterator(source)
        var index = 0
        while let element = try nextItem(iterator) {
            guard isIterable(element) else {
                throw PyError.type("cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            let pair = try iterate(element)
            guard pair.count == 2 else {
                throw PyError.value("dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            try d.set(pair[0], pair[1], self)
            index += 1
        }
    }
}
