import PySyntax

/// The builtins that consume or wrap iterables: `sorted`, `reversed`,
/// `enumerate`, `zip`, `map`, `filter`, `sum`, `min`, `max`, `any`, `all`.
/// The lazy ones are classes, as in CPython, whose instances are iterators.
enum IterationTypes {
    static let enumerate = BuiltinTypes.make("enumerate")
    static let zip = BuiltinTypes.make("zip")
    static let map = BuiltinTypes.make("map")
    static let filter = BuiltinTypes.make("filter")
    static let reversed = BuiltinTypes.make("reversed")
    static let listReverseIterator = BuiltinTypes.make("list_reverseiterator")
    static let dictReverseKeyIterator = BuiltinTypes.make("dict_reversekeyiterator")
    static let dictReverseValueIterator = BuiltinTypes.make("dict_reversevalueiterator")
    static let dictReverseItemIterator = BuiltinTypes.make("dict_reverseitemiterator")
}

extension Builtins {
    static func installIterationBuiltins() {
        IterationTypes.enumerate.constructor = { vm, _, args in try enumerate(vm, args) }
        IterationTypes.zip.constructor = { vm, _, args in try zip(vm, args) }
        IterationTypes.map.constructor = { vm, _, args in try map(vm, args) }
        IterationTypes.filter.constructor = { vm, _, args in try filter(vm, args) }
        IterationTypes.reversed.constructor = { vm, _, args in
            if !args.keywords.isEmpty { throw PyError.type("reversed() takes no keyword arguments") }
            try args.expect("reversed", min: 1, max: 1)
            return try vm.reversedIterator(args[0])
        }
        for type in [IterationTypes.enumerate, IterationTypes.zip, IterationTypes.map,
                     IterationTypes.filter, IterationTypes.reversed] {
            defineValue(type.name, .object(type))
        }
        define("sorted") { vm, args in
            if args.count != 1 { throw PyError.type("sorted expected 1 argument, got \(args.count)") }
            let (key, reverse) = try sortOptions(vm, args.keywords)
            return .object(PyList(try vm.sorted(try vm.iterate(args[0]), key: key, reverse: reverse)))
        }
        define("sum", sum)
        define("min") { vm, args in try extreme(vm, args, "min", .less) }
        define("max") { vm, args in try extreme(vm, args, "max", .greater) }
        define("any") { vm, args in
            try args.expect("any", min: 1, max: 1)
            let it = try vm.getIterator(args[0])
            while let v = try vm.nextItem(it) {
                if try vm.isTrue(v) { return .bool(true) }
            }
            return .bool(false)
        }
        define("all") { vm, args in
            try args.expect("all", min: 1, max: 1)
            let it = try vm.getIterator(args[0])
            while let v = try vm.nextItem(it) {
                if try !vm.isTrue(v) { return .bool(false) }
            }
            return .bool(true)
        }
    }

    /// `enumerate(iterable, start=0)`.
    private static func enumerate(_ vm: VM, _ args: CallArgs) throws -> Value {
        var positional = args.positional
        for (name, value) in args.keywords {
            switch name {
            case "iterable": positional.insert(value, at: 0)
            case "start": positional.append(value)
            default: throw PyError.type("'\(name)' is an invalid keyword argument for enumerate()")
            }
        }
        try CallArgs(positional).expect("enumerate", min: 1, max: 2)
        var count: Value = .int(0)
        if positional.count == 2 {
            guard vm.integer(positional[1]) != nil else {
                throw PyError.notAnInteger(vm.typeName(positional[1]))
            }
            count = positional[1]
        }
        let it = try vm.getIterator(positional[0])
        return .object(PyNativeIterator(type: IterationTypes.enumerate) { [unowned vm] in
            guard let v = try vm.nextItem(it) else { return nil }
            defer { count = (try? vm.binaryOperation(.add, count, .int(1))) ?? count }
            return .object(PyTuple([count, v]))
        })
    }

    /// `zip(*iterables, strict=False)`.
    private static func zip(_ vm: VM, _ args: CallArgs) throws -> Value {
        var strict = false
        for (name, value) in args.keywords {
            guard name == "strict" else { throw PyError.type("zip() got an unexpected keyword argument '\(name)'") }
            strict = try vm.isTrue(value)
        }
        let iterators = try args.positional.map { try vm.getIterator($0) }
        return .object(PyNativeIterator(type: IterationTypes.zip) { [unowned vm] in
            guard !iterators.isEmpty else { return nil }
            var items: [Value] = []
            for (i, it) in iterators.enumerated() {
                guard let v = try vm.nextItem(it) else {
                    if strict { try checkStrictZip(vm, iterators, exhausted: i) }
                    return nil
                }
                items.append(v)
            }
            return .object(PyTuple(items))
        })
    }

    /// Raises `zip(strict=True)`'s error when the iterables' lengths differ.
    private static func checkStrictZip(_ vm: VM, _ iterators: [Value], exhausted i: Int) throws {
        func others(_ n: Int) -> String { n == 1 ? "argument 1" : "arguments 1-\(n)" }
        if i > 0 { throw PyError.value("zip() argument \(i + 1) is shorter than \(others(i))") }
        for j in 1..<iterators.count where try vm.nextItem(iterators[j]) != nil {
            throw PyError.value("zip() argument \(j + 1) is longer than \(others(j))")
        }
    }

    /// `map(function, *iterables)`.
    private static func map(_ vm: VM, _ args: CallArgs) throws -> Value {
        if !args.keywords.isEmpty { throw PyError.type("map() takes no keyword arguments") }
        guard args.count >= 2 else { throw PyError.type("map() must have at least two arguments.") }
        let function = args[0]
        let iterators = try args.positional.dropFirst().map { try vm.getIterator($0) }
        return .object(PyNativeIterator(type: IterationTypes.map) { [unowned vm] in
            var items: [Value] = []
            for it in iterators {
                guard let v = try vm.nextItem(it) else { return nil }
                items.append(v)
            }
            return try vm.call(function, CallArgs(items))
        })
    }

    /// `filter(function or None, iterable)`.
    private static func filter(_ vm: VM, _ args: CallArgs) throws -> Value {
        if !args.keywords.isEmpty { throw PyError.type("filter() takes no keyword arguments") }
        try args.expect("filter", min: 2, max: 2)
        let function = args[0]
        let it = try vm.getIterator(args[1])
        return .object(PyNativeIterator(type: IterationTypes.filter) { [unowned vm] in
            while let v = try vm.nextItem(it) {
                let keep = function.isNone ? v : try vm.call(function, CallArgs([v]))
                if try vm.isTrue(keep) { return v }
            }
            return nil
        })
    }

    /// `sum(iterable, /, start=0)`.
    private static func sum(_ vm: VM, _ args: CallArgs) throws -> Value {
        var positional = args.positional
        for (name, value) in args.keywords {
            guard name == "start" else { throw PyError.type("'\(name)' is an invalid keyword argument for sum()") }
            positional.append(value)
        }
        if positional.isEmpty { throw PyError.type("sum() takes at least 1 positional argument (0 given)") }
        if positional.count > 2 { throw PyError.type("sum() takes at most 2 arguments (\(positional.count) given)") }
        var total: Value = positional.count == 2 ? positional[1] : .int(0)
        if case .str = total { throw PyError.type("sum() can't sum strings [use ''.join(seq) instead]") }
        let it = try vm.getIterator(positional[0])
        while let v = try vm.nextItem(it) {
            if case .int(let a) = total, case .int(let b) = v {
                let (s, overflow) = a.addingReportingOverflow(b)
                if !overflow { total = .int(s); continue }
            }
            total = try vm.binaryOperation(.add, total, v)
        }
        return total
    }

    /// `min`/`max` over one iterable or several arguments, with `key=` and `default=`.
    private static func extreme(_ vm: VM, _ args: CallArgs, _ name: String, _ op: CompareOperator) throws -> Value {
        var key: Value?, fallback: Value?
        for (keyword, value) in args.keywords {
            switch keyword {
            case "key": key = value.isNone ? nil : value
            case "default": fallback = value
            default: throw PyError.type("'\(keyword)' is an invalid keyword argument for \(name)()")
            }
        }
        if args.count == 0 { throw PyError.type("\(name) expected at least 1 argument, got 0") }
        if args.count > 1, fallback != nil {
            throw PyError.type("Cannot specify a default for \(name)() with multiple positional arguments")
        }
        let it = try vm.getIterator(args.count == 1 ? args[0] : .object(PyTuple(args.positional)))
        var best: (item: Value, key: Value)?
        while let v = try vm.nextItem(it) {
            let k = try key.map { try vm.call($0, CallArgs([v])) } ?? v
            if let current = best, try !vm.isTrue(try vm.compare(op, k, current.key)) { continue }
            best = (v, k)
        }
        if let best { return best.item }
        if let fallback { return fallback }
        throw PyError.value("\(name)() arg is an empty sequence")
    }
}

extension VM {
    /// `reversed(seq)`.
    func reversedIterator(_ v: Value) throws -> Value {
        if let method = userMethod(v, "__reversed__") { return try callMethod(method, receiver: v, CallArgs()) }
        if case .object(let o) = v, !o.type.isHeapType || userMethod(v, "__getitem__") == nil {
            switch o {
            case let l as PyList: return .object(Builtins.listReverseIterator(l))
            case let r as PyRange: return reversedRangeIterator(r)
            case let d as PyDict: return .object(Builtins.snapshotReverseIterator(d.keys, IterationTypes.dictReverseKeyIterator))
            case let view as PyDictView: return .object(Builtins.reverseViewIterator(view))
            case let t as PyTuple: return .object(Builtins.snapshotReverseIterator(t.items, IterationTypes.reversed))
            default: break
            }
        }
        let isSequence: Bool
        switch v {
        case .str: isSequence = true
        case .object(let o): isSequence = !(o is PyDict || o is PySet) && userMethod(v, "__getitem__") != nil
        default: isSequence = false
        }
        guard isSequence else { throw PyError.type("'\(typeName(v))' object is not reversible") }
        var index = try length(of: v)
        return .object(PyNativeIterator(type: IterationTypes.reversed) { [unowned self] in
            guard index > 0 else { return nil }
            index -= 1
            return try self.getItem(v, .int(index))
        })
    }
}
