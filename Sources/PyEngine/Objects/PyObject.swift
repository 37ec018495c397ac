/// The base of every heap value except str.
///
/// `type` is the object's Python class. It is implicitly unwrapped only so that
/// the metatype `type` can be created before it exists; every object has one.
class PyObject {
    var type: PyType!

    init(type: PyType?) {
        self.type = type
    }
}

/// An instance of a class defined in Python (or of `object`): its attributes
/// live in `dict`.
final class PyInstance: PyObject {
    let dict: PyDict

    init(type: PyType, dict: PyDict = PyDict()) {
        self.dict = dict
        super.init(type: type)
    }
}

/// A built-in object whose Python subclasses' instances keep attributes in a
/// `__dict__` (an `asyncio` event loop subclass).
protocol HasInstanceDict: PyObject {
    var dict: PyDict { get }
}
