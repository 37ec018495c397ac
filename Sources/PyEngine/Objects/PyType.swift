import Synchronization

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
    /// `VM.plainInitializer`'s answer, valid while `namespaceEpoch` equals `initializerEpoch`.
    var cachedInitializer: PyFunction?
    var initializerEpoch = -1
    /// The attribute names its instances share; nil for built-in classes, which
    /// every engine shares and so must not change (their instances use dicts).
    let instanceKeys: SharedKeys?

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
        self.instanceKeys = isHeapType ? SharedKeys() : nil
        super.init(type: bootstrapping ? nil : BuiltinTypes.type)
    }

    /// Finds `name` along the MRO, without descriptors applied.
    ///
    /// Classes defined in Python remember what they found (walking the MRO costs
    /// a dict lookup per class); any change to any such class's namespace
    /// forgets everything remembered, through `PyType.namespaceEpoch`.
    func lookup(_ name: PyStr) -> Value? {
        guard isHeapType else { return walkMRO(name) }
        refreshCaches()
        if let v = lookupCache.get(name) { return v.isNull ? nil : v }
        let found = walkMRO(name)
        lookupCache.set(name, found ?? .null)
        return found
    }

    func lookup(_ name: String) -> Value? {
        guard isHeapType else { return walkMRO(PyStr.intern(name)) }
        refreshCaches()
        if let v = textLookupCache[name] { return v.isNull ? nil : v }
        let found = walkMRO(PyStr.intern(name))
        textLookupCache[name] = found ?? .null
        return found
    }

    /// `lookup` for a name the VM asks about by a fixed slot number (the
    /// operators' methods: `VM.operatorMethod`), remembered in an array, which
    /// is cheaper to read than `lookupCache`; `name` is needed only on a miss.
    @inline(__always)
    func lookup(_ name: @autoclosure () -> PyStr, slot: Int) -> Value? {
        guard isHeapType else { return walkMRO(name()) }
        refreshCaches()
        if slot < slotCache.count, let v = slotCache[slot] { return v.isNull ? nil : v }
        return fillSlot(slot, name())
    }

    private func fillSlot(_ slot: Int, _ name: PyStr) -> Value? {
        if slot >= slotCache.count { slotCache += repeatElement(nil, count: slot + 1 - slotCache.count) }
        let found = walkMRO(name)
        slotCache[slot] = found ?? .null
        return found
    }

    private func walkMRO(_ name: PyStr) -> Value? {
        for cls in mro {
            if let v = cls.dict.get(name) { return v }
        }
        return nil
    }

    /// Name -> what `walkMRO` found (`.null` for nothing); a dict keyed by str
    /// because str keys carry their hash.
    private let lookupCache = PyDict(untyped: ())
    private var textLookupCache: [String: Value] = [:]
    /// Slot -> what `walkMRO` found (`.null` for nothing); nil: not looked up.
    private var slotCache: [Value?] = []
    private var cacheEpoch = -1

    private func refreshCaches() {
        let epoch = PyType.namespaceEpoch.load(ordering: .relaxed)
        if epoch != cacheEpoch {
            lookupCache.removeAll()
            textLookupCache.removeAll(keepingCapacity: true)
            slotCache.removeAll(keepingCapacity: true)
            cacheEpoch = epoch
        }
    }

    /// Bumped whenever the namespace of a class defined in Python changes after
    /// the class was made (`C.attr = v`, `del C.attr`).
    static let namespaceEpoch = Atomic<Int>(0)

    /// Call after changing this class's namespace.
    func namespaceChanged() {
        PyType.namespaceEpoch.add(1, ordering: .relaxed)
    }

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
