/// `list`: its constructor and methods, and the stable sort `sorted` shares.
extension Builtins {
    static func installList() {
        let list = BuiltinTypes.list
        list.addContainerComparisons()
        list.constructor = { vm, cls, args in
            let made = PyList()
            if cls !== list { made.type = cls }
            if !vm.hasUserInit(cls) { try fillList(vm, made, args) }
            return .object(made)
        }
        list.addMethod("__init__", on: PyList.self, arity: 0...1) { vm, l, args in
            l.items = args.count == 1 ? try vm.iterate(args[0]) : []
            return .none
        }
        installListMutators(list)
        installListQueries(list)
        list.addMethod("sort") { vm, args in
            let l: PyList = try vm.receiver(args, "sort", "list")
            if args.count > 1 { throw PyError.type("sort() takes no positional arguments") }
            let (key, reverse) = try sortOptions(vm, args.keywords)
            l.items = try vm.sorted(l.items, key: key, reverse: reverse)
            return .none
        }
    }

    /// `list(iterable)`.
    private static func fillList(_ vm: VM, _ l: PyList, _ args: CallArgs) throws {
        if !args.keywords.isEmpty { throw PyError.type("list() takes no keyword arguments") }
        try args.expect("list", min: 0, max: 1)
        if args.count == 1 { l.items = try vm.iterate(args[0]) }
    }

    private static func installListMutators(_ list: PyType) {
        list.addMethod("append", on: PyList.self, arity: 1...1) { _, l, args in
            l.items.append(args[0])
            return .none
        }
        list.addMethod("extend", on: PyList.self, arity: 1...1) { vm, l, args in
            l.items.append(contentsOf: try vm.iterate(args[0]))
            return .none
        }
        list.addMethod("insert", on: PyList.self, arity: 2...2) { vm, l, args in
            let i = try vm.intArgument(args[0])
            let at = i < 0 ? max(0, i + l.items.count) : min(i, l.items.count)
            l.items.insert(args[1], at: at)
            return .none
        }
        list.addMethod("pop", on: PyList.self, arity: 0...1) { vm, l, args in
            if l.items.isEmpty { throw PyError.index("pop from empty list") }
            let i = args.count == 1 ? try vm.intArgument(args[0]) : -1
            return l.items.remove(at: try vm.position(i, count: l.items.count, "pop index out of range"))
        }
        list.addMethod("remove", on: PyList.self, arity: 1...1) { vm, l, args in
            guard let i = try l.items.firstIndex(where: { try vm.sameItem($0, args[0]) }) else {
                throw PyError.value("list.remove(x): x not in list")
            }
            l.items.remove(at: i)
            return .none
        }
        list.addMethod("clear", on: PyList.self, arity: 0...0) { _, l, _ in
            l.items.removeAll()
            return .none
        }
        list.addMethod("reverse", on: PyList.self, arity: 0...0) { _, l, _ in
            l.items.reverse()
            return .none
        }
    }

    private static func installListQueries(_ list: PyType) {
        list.addMethod("copy", on: PyList.self, arity: 0...0) { _, l, _ in .object(PyList(l.items)) }
        list.addMethod("count", on: PyList.self, arity: 1...1) { vm, l, args in
            .int(try l.items.filter { try vm.sameItem($0, args[0]) }.count)
        }
        list.addMethod("index", on: PyList.self, arity: 1...3) { vm, l, args in
            if let i = try vm.sequenceIndex(l.items, args) { return .int(i) }
            throw PyError.value("\(try vm.repr(args[0])) is not in list")
        }
        list.addMethod("__len__", on: PyList.self, arity: 0...0) { _, l, _ in .int(l.items.count) }
        list.addMethod("__contains__", on: PyList.self, arity: 1...1) { vm, l, args in
            .bool(try l.items.contains { try vm.sameItem($0, args[0]) })
        }
        list.addMethod("__iter__", on: PyList.self, arity: 0...0) { _, l, _ in .object(PySequenceIterator(list: l)) }
        list.addMethod("__getitem__", on: PyList.self, arity: 1...1) { vm, l, args in
            try vm.sequenceSubscript(l.items, args[0], "list") { .object(PyList($0)) }
        }
        list.addMethod("__reversed__", on: PyList.self, arity: 0...0) { _, l, _ in .object(listReverseIterator(l)) }
    }

    /// The `key=` and `reverse=` keywords of `sort`/`sorted`.
    static func sortOptions(_ vm: VM, _ keywords: [(name: String, value: Value)]) throws -> (Value?, Bool) {
        var key: Value?
        var reverse = false
        for (name, value) in keywords {
            switch name {
            case "key": key = value.isNone ? nil : value
            case "reverse": reverse = try vm.intArgument(value) != 0
            default: throw PyError.type("'\(name)' is an invalid keyword argument for sort()")
            }
        }
        return (key, reverse)
    }

    /// A live iterator from a list's end to its start (`reversed(list)`).
    static func listReverseIterator(_ l: PyList) -> PyNativeIterator {
        var index = l.items.count - 1
        return PyNativeIterator(type: IterationTypes.listReverseIterator) {
            guard index >= 0 && index < l.items.count else { return nil }
            defer { index -= 1 }
            return l.items[index]
        }
    }
}

extension VM {
    /// `seq.index(x[, start[, stop]])`: the first position of x, or nil.
    func sequenceIndex(_ items: [Value], _ args: CallArgs) throws -> Int? {
        func bound(_ i: Int) -> Int { i < 0 ? max(0, i + items.count) : min(i, items.count) }
        let start = args.count > 1 ? bound(try intArgument(args[1])) : 0
        let stop = args.count > 2 ? bound(try intArgument(args[2])) : items.count
        guard start < stop else { return nil }
        for i in start..<stop where try sameItem(items[i], args[0]) { return i }
        return nil
    }

    /// A stable sort by `<` (of keys, if given), as `list.sort` does. Descending
    /// sorts reverse before and after so that equal items keep their order.
    func sorted(_ items: [Value], key: Value?, reverse: Bool) throws -> [Value] {
        var order = Array(items.indices)
        let keys = try key.map { k in try items.map { try call(k, CallArgs([$0])) } } ?? items
        if reverse { order.reverse() }
        order = try mergeSort(order) { try isTrue(try compare(.less, keys[$0], keys[$1])) }
        if reverse { order.reverse() }
        return order.map { items[$0] }
    }

    /// Merge sort over binary-insertion-sorted runs; `less(b, a)` asks whether the
    /// later item goes first, in the order CPython's timsort first compares.
    private func mergeSort(_ xs: [Int], _ less: (Int, Int) throws -> Bool) throws -> [Int] {
        let run = 32
        var runs: [[Int]] = []
        var start = 0
        while start < xs.count {
            var chunk: [Int] = []
            for x in xs[start..<min(start + run, xs.count)] {
                var lo = 0, hi = chunk.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if try less(x, chunk[mid]) { hi = mid } else { lo = mid + 1 }
                }
                chunk.insert(x, at: lo)
            }
            runs.append(chunk)
            start += run
        }
        while runs.count > 1 {
            var merged: [[Int]] = []
            for i in stride(from: 0, to: runs.count, by: 2) {
                merged.append(i + 1 < runs.count ? try merge(runs[i], runs[i + 1], less) : runs[i])
            }
            runs = merged
        }
        return runs.first ?? []
    }

    private func merge(_ a: [Int], _ b: [Int], _ less: (Int, Int) throws -> Bool) throws -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if try less(b[j], a[i]) {
                result.append(b[j]); j += 1
            } else {
                result.append(a[i]); i += 1
            }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
        return result
    }
}
