/// `tuple`: its constructor and methods.
extension Builtins {
    static func installTuple() {
        let tuple = BuiltinTypes.tuple
        tuple.addContainerComparisons()
        tuple.constructor = { vm, cls, args in
            if !args.keywords.isEmpty && !vm.hasUserInit(cls) { throw PyError.type("tuple() takes no keyword arguments") }
            try CallArgs(args.positional).expect("tuple", min: 0, max: 1)
            if cls === tuple, args.count == 1, case .object(let o) = args[0], o.type === tuple { return args[0] }
            let items = args.count == 1 ? try vm.iterate(args[0]) : []
            return .object(cls === tuple ? PyTuple(items) : PyTuple(items, type: cls))
        }
        tuple.addMethod("count", on: PyTuple.self, arity: 1...1) { vm, t, args in
            .int(try t.items.filter { try vm.sameItem($0, args[0]) }.count)
        }
        tuple.addMethod("index", on: PyTuple.self, arity: 1...3) { vm, t, args in
            if let i = try vm.sequenceIndex(t.items, args) { return .int(i) }
            throw PyError.value("tuple.index(x): x not in tuple")
        }
        tuple.addMethod("__len__", on: PyTuple.self, arity: 0...0) { _, t, _ in .int(t.items.count) }
        tuple.addMethod("__contains__", on: PyTuple.self, arity: 1...1) { vm, t, args in
            .bool(try t.items.contains { try vm.sameItem($0, args[0]) })
        }
        tuple.addMethod("__iter__", on: PyTuple.self, arity: 0...0) { _, t, _ in .object(PySequenceIterator(tuple: t.items)) }
        tuple.addMethod("__getitem__", on: PyTuple.self, arity: 1...1) { vm, t, args in
            try vm.sequenceSubscript(t.items, args[0], "tuple") { .object(PyTuple($0)) }
        }
    }
}
