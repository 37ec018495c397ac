import PySyntax

/// `set` and `frozenset`: constructors and methods. Methods that read share
/// one implementation; those that change the set exist only on `set`, so a
/// frozenset has no `add` attribute at all, as in CPython.
extension Builtins {
    static func installSet() {
        for type in [BuiltinTypes.set, BuiltinTypes.frozenset] {
            let frozen = type === BuiltinTypes.frozenset
            type.addContainerComparisons()
            type.constructor = { vm, cls, args in
                if !args.keywords.isEmpty && !vm.hasUserInit(cls) { throw PyError.type("\(type.name)() takes no keyword arguments") }
                try CallArgs(args.positional).expect(type.name, min: 0, max: 1)
                if frozen, cls === type, args.count == 1, let s = args[0].asObject as? PySet, s.type === type { return args[0] }
                let made = PySet(frozen: frozen)
                if cls !== type { made.type = cls }
                if args.count == 1 && !vm.hasUserInit(cls) { try vm.addAll(made, args[0]) }
                return .object(made)
            }
            installSetQueries(type)
        }
        installSetMutators(BuiltinTypes.set)
    }

    private static func installSetQueries(_ type: PyType) {
        type.addMethod("copy", on: PySet.self, arity: 0...0) { vm, s, _ in .object(try vm.copySet(s, frozen: s.isFrozen)) }
        for (name, op) in [("union", BinaryOperator.bitOr), ("intersection", .bitAnd),
                           ("difference", .subtract), ("symmetric_difference", .bitXor)] {
            type.addMethod(name, on: PySet.self, arity: (op == .bitXor ? 1 : 0)...(op == .bitXor ? 1 : Int.max)) { vm, s, args in
                var result = try vm.copySet(s, frozen: s.isFrozen)
                for other in args.positional {
                    result = try vm.setOperation(op, result, try vm.setOf(other))!
                }
                return .object(result)
            }
        }
        type.addMethod("issubset", on: PySet.self, arity: 1...1) { vm, s, args in
            let other = try vm.setOf(args[0])
            return .bool(try s.elements.allSatisfy { try other.contains($0, vm) })
        }
        type.addMethod("issuperset", on: PySet.self, arity: 1...1) { vm, s, args in
            .bool(try vm.iterate(args[0]).allSatisfy { try s.contains($0, vm) })
        }
        type.addMethod("isdisjoint", on: PySet.self, arity: 1...1) { vm, s, args in
            .bool(try !vm.iterate(args[0]).contains { try s.contains($0, vm) })
        }
        type.addMethod("__len__", on: PySet.self, arity: 0...0) { _, s, _ in .int(s.count) }
        type.addMethod("__contains__", on: PySet.self, arity: 1...1) { vm, s, args in .bool(try s.contains(args[0], vm)) }
        type.addMethod("__iter__", on: PySet.self, arity: 0...0) { vm, s, _ in
            let plain = PySet(frozen: true)
            for v in s.elements { try plain.add(v, vm) }
            return try vm.getIterator(.object(plain))
        }
    }

    private static func installSetMutators(_ set: PyType) {
        set.addMethod("add", on: PySet.self, arity: 1...1) { vm, s, args in
            try s.add(args[0], vm)
            return .none
        }
        set.addMethod("discard", on: PySet.self, arity: 1...1) { vm, s, args in
            try s.remove(args[0], vm)
            return .none
        }
        set.addMethod("remove", on: PySet.self, arity: 1...1) { vm, s, args in
            if try !s.remove(args[0], vm) { throw PyError.key(args[0]) }
            return .none
        }
        set.addMethod("pop", on: PySet.self, arity: 0...0) { vm, s, _ in
            guard let first = s.elements.first else { throw PyBaseException(ExceptionTypes.keyError, "pop from an empty set") }
            try s.remove(first, vm)
            return first
        }
        set.addMethod("clear", on: PySet.self, arity: 0...0) { _, s, _ in
            s.removeAll()
            return .none
        }
        set.addMethod("update", on: PySet.self, arity: 0...Int.max) { vm, s, args in
            for other in args.positional { try vm.addAll(s, other) }
            return .none
        }
        for (name, op) in [("intersection_update", BinaryOperator.bitAnd), ("difference_update", .subtract),
                           ("symmetric_difference_update", .bitXor)] {
            set.addMethod(name, on: PySet.self, arity: (op == .bitXor ? 1 : 0)...(op == .bitXor ? 1 : Int.max)) { vm, s, args in
                for other in args.positional {
                    let result = try vm.setOperation(op, s, try vm.setOf(other))!
                    s.removeAll()
                    try vm.addAll(s, .object(result))
                }
                return .none
            }
        }
    }
}

extension VM {
    /// Adds every item of an iterable to a set.
    func addAll(_ s: PySet, _ iterable: Value) throws {
        let items = try (iterable.asObject as? PySet)?.elements ?? iterate(iterable)
        for v in items { try s.add(v, self) }
    }

    /// A set or frozenset as itself; any other iterable as a new set of its items.
    func setOf(_ v: Value) throws -> PySet {
        if let s = v.asObject as? PySet { return s }
        let s = PySet()
        try addAll(s, v)
        return s
    }

    /// A new set (or frozenset) holding `s`'s elements.
    func copySet(_ s: PySet, frozen: Bool) throws -> PySet {
        let copy = PySet(frozen: frozen)
        for v in s.elements { try copy.add(v, self) }
        return copy
    }
}
