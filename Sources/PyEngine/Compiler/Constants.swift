/// Constant objects only the compiler makes.

/// An immutable `bytes` value, for `b"..."` literals.
final class PyBytes: PyObject {
    static let bytesType = BuiltinTypes.make("bytes")
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: PyBytes.bytesType)
    }
}
