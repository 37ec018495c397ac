/// Objects with exactly one instance besides None: `NotImplemented`, `Ellipsis`.
final class PySingleton: PyObject {
    let name: String

    private init(_ name: String, type: PyType) {
        self.name = name
        super.init(type: type)
    }

    static let notImplemented = PySingleton("NotImplemented", type: BuiltinTypes.notImplemented)
    static let ellipsis = PySingleton("Ellipsis", type: BuiltinTypes.ellipsis)
}

extension Value {
    static var notImplemented: Value { .object(PySingleton.notImplemented) }

    var isNotImplemented: Bool {
        if case .object(let o) = self { return o === PySingleton.notImplemented }
        return false
    }
}
