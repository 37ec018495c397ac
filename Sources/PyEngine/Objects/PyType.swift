/// A Python class: built-in (`int`, `list`, `ValueError`) or defined by a
/// `class` statement.
final class PyType: PyObject {
    var name: String
    var qualifiedName: String
    var module: String
    var bases: [PyType]
    /// The method resolution order, this class first (C3 linearization).
    var mro: [PyType]
    let dict: PyDict
    /// Defined by a `class` statement (attributes may be set on it).
    let isHeapType: Bool
    /// Which Swift class holds instances: decides how `C()` allocates.
    let layout: InstanceLayout
    /// For built-in classes: makes an instance from `C(args)` (`int("3")`).
    var constructor: ((VM, PyType, CallArgs) throws -> Value)?
    /// Attributes of built-in instances that are computed, not stored (`e.args`).
    var getters: [String: NativeGetter] = [:]
    var setters: [String: NativeSetter] = [:]
    /// A built-in class Python code may not subclass (`bool`).
    var isFinal = false

    init(name: String, bases: [PyType], dict: PyDict = PyDict(untyped: ()), module: String = "builtins",
         isHeapType: Bool = false, layout: InstanceLayout? = nil, bootstrapping: Bool = false) {
        self.name = name
        self.qualifiedName = name
        self.module = module
        self.bases = bases
        self.mro = []
        self.dict = dict
        self.isHeapType = isHeapType
        self.layout = layout ?? bases.first?.layout ?? .instance
        super.init(type: bootstrapping ? nil : BuiltinTypes.type)
    }

    /// Finds `name` along the MRO, without descriptors applied.
    func lookup(_ name: PyStr) -> Value? {
        for cls in mro {
            if let v = cls.dict.get(name) { return v }
        }
        return nil
    }

    func lookup(_ name: String) -> Value? { lookup(PyStr.intern(name)) }

    /// `issubclass(self, other)`.
    func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        return mro.contains { $0 === other }
    }
}

/// The Swift representation of a class's instances.
enum InstanceLayout {
    /// `PyInstance`: a plain object with a `__dict__`.
    case instance
    /// `PyBaseException`.
    case exception
    /// Instances of built-in types that Python code cannot subclass in the engine.
    case builtin
}
