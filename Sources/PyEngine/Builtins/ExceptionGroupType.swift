/// BaseExceptionGroup and ExceptionGroup: construction with CPython's checks,
/// `message`, `exceptions`, `split`, `subgroup` and `derive`.
extension Builtins {
    static func installExceptionGroups() {
        let group = ExceptionTypes.baseExceptionGroup
        group.constructor = { vm, cls, args in .object(try vm.newExceptionGroup(cls, args.positional)) }
        group.addGetter("message") { _, v in .string(groupSelf(v)?.groupMessage ?? "") }
        group.addGetter("exceptions") { _, v in
            .object(PyTuple((groupSelf(v)?.groupExceptions ?? []).map { .object($0) }))
        }
        group.addMethod("split") { vm, args in
            try args.expect("split", min: 2, max: 2)
            let (match, rest) = try vm.split(try groupArgument(vm, "split", args), try condition(vm, args[1]))
            return .object(PyTuple([match.map { .object($0) } ?? .none, rest.map { .object($0) } ?? .none]))
        }
        group.addMethod("subgroup") { vm, args in
            try args.expect("subgroup", min: 2, max: 2)
            let (match, _) = try vm.split(try groupArgument(vm, "subgroup", args), try condition(vm, args[1]))
            return match.map { .object($0) } ?? .none
        }
        group.addMethod("derive") { vm, args in
            try args.expect("derive", min: 2, max: 2)
            let e = try groupArgument(vm, "derive", args)
            return .object(try vm.newExceptionGroup(group, [.string(e.groupMessage), args[1]]))
        }
    }

    private static func groupSelf(_ v: Value) -> PyBaseException? { v.asObject as? PyBaseException }

    private static func groupArgument(_ vm: VM, _ method: String, _ args: CallArgs) throws -> PyBaseException {
        let e = try exceptionSelf(vm, method, args)
        guard vm.isGroup(e) else {
            throw PyError.descriptorRequires(method, owner: "BaseExceptionGroup", got: e.type.name)
        }
        return e
    }

    /// The test `split`/`subgroup` apply: an exception class, a tuple of them,
    /// or a predicate.
    private static func condition(_ vm: VM, _ v: Value) throws -> (PyBaseException) throws -> Bool {
        if let classes = exceptionClasses(v) {
            return { e in classes.contains { e.isInstance(of: $0) } }
        }
        if case .object(let o) = v, !(o is PyType), !(o is PyTuple) {
            return { e in try vm.isTrue(try vm.call(v, CallArgs([.object(e)]))) }
        }
        throw PyError.type("expected a function, exception type or tuple of exception types")
    }

    private static func exceptionClasses(_ v: Value) -> [PyType]? {
        guard case .object(let o) = v else { return nil }
        if let t = o as? PyType { return t.isSubtype(of: ExceptionTypes.baseException) ? [t] : nil }
        guard let tuple = o as? PyTuple else { return nil }
        var classes: [PyType] = []
        for item in tuple.items {
            guard let more = exceptionClasses(item) else { return nil }
            classes += more
        }
        return classes
    }
}

extension VM {
    /// `BaseExceptionGroup(message, exceptions)`: a BaseExceptionGroup holding
    /// only Exceptions becomes an ExceptionGroup.
    func newExceptionGroup(_ cls: PyType, _ args: [Value]) throws -> PyBaseException {
        guard args.count == 2 else {
            throw PyError.type("BaseExceptionGroup.__new__() takes exactly 2 arguments (\(args.count) given)")
        }
        guard case .str(let message) = args[0] else {
            throw PyError.type("BaseExceptionGroup.__new__() argument 1 must be str, not \(typeName(args[0]))")
        }
        let exceptions = try groupMembers(args[1])
        let allExceptions = exceptions.allSatisfy { $0.isInstance(of: ExceptionTypes.exception) }
        var type = cls
        if cls === ExceptionTypes.baseExceptionGroup {
            if allExceptions { type = ExceptionTypes.exceptionGroup }
        } else if !allExceptions && cls === ExceptionTypes.exceptionGroup {
            throw PyError.type("Cannot nest BaseExceptions in an ExceptionGroup")
        } else if !allExceptions && cls.isSubtype(of: ExceptionTypes.exception) {
            throw PyError.type("Cannot nest BaseExceptions in '\(cls.name)'")
        }
        let g = PyBaseException(type: type, args: args)
        g.groupMessage = message.value
        g.groupExceptions = exceptions
        return g
    }

    /// The exceptions of a group's second argument, which must be a non-empty sequence.
    private func groupMembers(_ v: Value) throws -> [PyBaseException] {
        let items: [Value]
        switch v.asObject {
        case let l as PyList: items = l.items
        case let t as PyTuple: items = t.items
        case .some(let o) where o.type.isHeapType && o.type.lookup("__getitem__") != nil: items = try iterate(v)
        default: throw PyError.type("second argument (exceptions) must be a sequence")
        }
        if items.isEmpty { throw PyError.value("second argument (exceptions) must be a non-empty sequence") }
        return try items.enumerated().map { i, item in
            guard let e = item.asObject as? PyBaseException else {
                throw PyError.value("Item \(i) of second argument (exceptions) is not an exception")
            }
            return e
        }
    }
}
