/// `threading.local`: an object whose attributes are separate in each thread.
/// Unlike CPython's, a subclass's `__init__` runs only in the creating thread.
final class PyThreadLocal: PyObject, HasInstanceDict {
    /// Each thread's attributes, by thread serial.
    private var dicts: [Int: PyDict] = [:]
    private weak var vm: VM?

    init(type: PyType, vm: VM) {
        self.vm = vm
        super.init(type: type)
    }

    /// The attributes of the thread running now.
    var dict: PyDict {
        let serial = vm?.currentThreadSerial ?? 0
        if let d = dicts[serial] { return d }
        let d = PyDict()
        dicts[serial] = d
        return d
    }
}

extension Builtins {
    static func installThreadLocalType() {
        ThreadTypes.local.constructor = { vm, cls, args in
            if cls === ThreadTypes.local && (args.count > 0 || !args.keywords.isEmpty) {
                throw PyError.type("Initialization arguments are not supported")
            }
            return .object(PyThreadLocal(type: cls, vm: vm))
        }
    }
}
