import PySyntax

/// `dict.keys()`, `dict.values()`, `dict.items()`: live views of a dict.
final class PyDictView: PyObject {
    enum Kind { case keys, values, items }
    let dict: PyDict
    let kind: Kind

    init(_ dict: PyDict, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
        super.init(type: kind == .keys ? DictViewTypes.keys : kind == .values ? DictViewTypes.values : DictViewTypes.items)
    }

    /// The view's items now, in the dict's order.
    var elements: [Value] {
        switch kind {
        case .keys: return dict.keys
        case .values: return dict.values
        case .items: return dict.items.map { .object(PyTuple([$0.key, $0.value])) }
        }
    }

    /// Keys and items views behave like sets; values views do not.
    var isSetLike: Bool { kind != .values }
}

enum DictViewTypes {
    static let keys = BuiltinTypes.make("dict_keys")
    static let values = BuiltinTypes.make("dict_values")
    static let items = BuiltinTypes.make("dict_items")
}

extension Builtins {
    static func installDictViews(_ dict: PyType) {
        let kinds: [(String, PyDictView.Kind, PyType)] = [("keys", .keys, DictViewTypes.keys),
                                                           ("values", .values, DictViewTypes.values),
                                                           ("items", .items, DictViewTypes.items)]
        for (name, kind, type) in kinds {
            dict.addMethod(name, on: PyDict.self, arity: 0...0) { _, d, _ in .object(PyDictView(d, kind)) }
            type.addMethod("__len__", on: PyDictView.self, arity: 0...0) { _, v, _ in .int(v.dict.count) }
            type.addMethod("__iter__", on: PyDictView.self, arity: 0...0) { vm, v, _ in .object(vm.viewIterator(v)) }
            type.addMethod("__contains__", on: PyDictView.self, arity: 1...1) { vm, v, args in
                .bool(try vm.viewContains(v, args[0]))
            }
            type.addMethod("__reversed__", on: PyDictView.self, arity: 0...0) { _, v, _ in .object(reverseViewIterator(v)) }
        }
        for type in [DictViewTypes.keys, DictViewTypes.items] {
            type.addMethod("isdisjoint", on: PyDictView.self, arity: 1...1) { vm, v, args in
                .bool(try !vm.iterate(args[0]).contains { try vm.viewContains(v, $0) })
            }
        }
    }

    /// `reversed(view)`: iterates a snapshot of the view, last entry first.
    static func reverseViewIterator(_ v: PyDictView) -> PyNativeIterator {
        switch v.kind {
        case .keys: return snapshotReverseIterator(v.elements, IterationTypes.dictReverseKeyIterator)
        case .values: return snapshotReverseIterator(v.elements, IterationTypes.dictReverseValueIterator)
        case .items: return snapshotReverseIterator(v.elements, IterationTypes.dictReverseItemIterator)
        }
    }
}

extension VM {
    /// `iter(view)`: a live iterator over the dict, yielding keys, values or pairs.
    func viewIterator(_ v: PyDictView) -> PyNativeIterator {
        switch v.kind {
        case .keys: return dictIterator(v.dict, type: BuiltinTypes.dictKeyIterator) { key, _ in key }
        case .values: return dictIterator(v.dict, type: BuiltinTypes.dictValueIterator) { _, value in value }
        case .items:
            return dictIterator(v.dict, type: BuiltinTypes.dictItemIterator) { key, value in .object(PyTuple([key, value])) }
        }
    }

    /// `item in view`.
    func viewContains(_ v: PyDictView, _ item: Value) throws -> Bool {
        switch v.kind {
        case .keys: return try v.dict.get(item, self) != nil
        case .values: return try v.dict.values.contains { try sameItem($0, item) }
        case .items:
            guard let pair = item.asObject as? PyTuple, pair.items.count == 2,
                  let value = try v.dict.get(pair.items[0], self) else { return false }
            return try sameItem(value, pair.items[1])
        }
    }

    /// `dict_keys([...])`.
    func dictViewRepr(_ v: PyDictView) throws -> String {
        "\(v.type.name)(\(try repr(.object(PyList(v.elements)))))"
    }

    /// `|`, `&`, `-`, `^` where either side is a keys or items view: the
    /// result is a new set, as in CPython.
    func dictViewOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        let views = [a, b].compactMap { $0.asObject as? PyDictView }.filter(\.isSetLike)
        guard !views.isEmpty, [BinaryOperator.bitOr, .bitAnd, .subtract, .bitXor].contains(op),
              isIterable(a), isIterable(b) else { return nil }
        let left = PySet()
        try addAll(left, a)
        return try setOperation(op, left, try setOf(b)).map { .object($0) }
    }
}
