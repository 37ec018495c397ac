/// Constant objects the compiler needs that the runtime does not define yet.
/// They live here so the VM author can move them next to the other built-ins.

/// The `...` singleton (`Ellipsis`).
final class PyEllipsis: PyObject {
    static let shared = PyEllipsis()
    private init() { super.init(type: BuiltinTypes.ellipsis) }
}

/// An immutable `bytes` value, for `b"..."` literals.
final class PyBytes: PyObject {
    static let bytesType = BuiltinTypes.make("bytes")
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: PyBytes.bytesType)
    }
}
