/// Interned names of the special methods the VM looks up on every call or
/// attribute access, so those lookups hit the per-class cache by identity
/// instead of hashing a Swift string.
enum SpecialNames {
    static let new = PyStr.intern("__new__")
    static let initializer = PyStr.intern("__init__")
    static let getattr = PyStr.intern("__getattr__")
    static let setattr = PyStr.intern("__setattr__")
    static let delattr = PyStr.intern("__delattr__")
    static let bool = PyStr.intern("__bool__")
    static let len = PyStr.intern("__len__")
}
