/// The built-in classes. Created once per process and never changed afterwards
/// (Python code cannot set attributes on them), so every engine shares them.
enum BuiltinTypes {
    /// `object` and `type` refer to each other, so they are made together.
    private static let core: (object: PyType, type: PyType) = {
        let object = PyType(bootstrapName: "object", base: nil)
        let type = PyType(bootstrapName: "type", base: object)
        object.type = type
        type.type = type
        return (object, type)
    }()

    static var object: PyType { core.object }
    static var type: PyType { core.type }

    static let int = make("int")
    static let bool = make("bool", base: int)
    static let float = make("float")
    static let str = make("str")
    static let none = make("NoneType")
    static let notImplemented = make("NotImplementedType")
    static let ellipsis = make("ellipsis")
    static let list = make("list")
    static let tuple = make("tuple")
    static let dict = make("dict")
    static let set = make("set")
    static let frozenset = make("frozenset")
    static let range = make("range")
    static let slice = make("slice")
    static let code = make("code")
    static let cell = make("cell")
    static let function = make("function")
    static let builtinFunction = make("builtin_function_or_method")
    static let method = make("method")
    static let module = make("module")
    static let property = make("property")
    static let staticMethod = make("staticmethod")
    static let classMethod = make("classmethod")
    static let generator = make("generator")
    static let coroutine = make("coroutine")
    static let asyncGenerator = make("async_generator")
    static let superType = make("super")
    static let textIO = make("TextIOWrapper", module: "_io")
    static let listIterator = make("list_iterator")
    static let tupleIterator = make("tuple_iterator")
    static let rangeIterator = make("range_iterator")
    static let longRangeIterator = make("longrange_iterator")
    static let strIterator = make("str_ascii_iterator")
    static let dictKeyIterator = make("dict_keyiterator")
    static let dictValueIterator = make("dict_valueiterator")
    static let dictItemIterator = make("dict_itemiterator")
    static let setIterator = make("set_iterator")
    static let iteratorType = make("iterator")
    static let callableIterator = make("callable_iterator")

    /// A built-in class deriving from `base` (default `object`).
    static func make(_ name: String, base: PyType? = nil, layout: InstanceLayout = .builtin,
                     module: String = "builtins") -> PyType {
        let t = PyType(name: name, bases: [base ?? object], module: module, layout: layout)
        t.mro = [t] + (base ?? object).mro
        if name == "dict" {
            // The first moment `dict` exists: type the namespaces made before it.
            for early in [object, type, t] { early.dict.type = t }
        } else {
            t.dict.type = dict
        }
        return t
    }
}

extension PyType {
    /// Only for `object` and `type`, before the metatype exists.
    fileprivate convenience init(bootstrapName name: String, base: PyType?) {
        self.init(name: name, bases: base.map { [$0] } ?? [], layout: .instance, bootstrapping: true)
        mro = [self] + (base?.mro ?? [])
    }
}
