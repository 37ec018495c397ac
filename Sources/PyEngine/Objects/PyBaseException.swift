/// An instance of BaseException or any subclass, built-in or defined in Python.
/// It is also the Swift error the VM throws to unwind.
final class PyBaseException: PyObject, Error {
    var args: [Value]
    /// Frames the exception passed through, outermost first.
    var traceback: [TracebackEntry] = []
    var cause: PyBaseException?
    var context: PyBaseException?
    var suppressContext = false
    /// Attributes set by Python code (and `__notes__`).
    let dict = PyDict()
    /// For exception groups: the message and the contained exceptions.
    var groupMessage: String = ""
    var groupExceptions: [PyBaseException] = []
    /// For NameError: the names visible where it was raised, for "Did you mean".
    var visibleNames: [String] = []

    init(type: PyType, args: [Value] = []) {
        self.args = args
        super.init(type: type)
    }

    convenience init(_ type: PyType, _ message: String) {
        self.init(type: type, args: [.string(message)])
    }

    func isInstance(of cls: PyType) -> Bool { type.isSubtype(of: cls) }
}

/// One line of a traceback: a frame's code and the instruction running in it.
struct TracebackEntry {
    let code: CodeObject
    let instruction: Int

    var line: Int { code.spans[instruction].start.line }
}

/// The built-in exception classes, in CPython 3.11's hierarchy.
enum ExceptionTypes {
    static let baseException = BuiltinTypes.make("BaseException", layout: .exception)
    static let baseExceptionGroup = make("BaseExceptionGroup", baseException)
    static let generatorExit = make("GeneratorExit", baseException)
    static let keyboardInterrupt = make("KeyboardInterrupt", baseException)
    static let systemExit = make("SystemExit", baseException)
    static let exception = make("Exception", baseException)

    static let arithmeticError = make("ArithmeticError", exception)
    static let floatingPointError = make("FloatingPointError", arithmeticError)
    static let overflowError = make("OverflowError", arithmeticError)
    static let zeroDivisionError = make("ZeroDivisionError", arithmeticError)
    static let assertionError = make("AssertionError", exception)
    static let attributeError = make("AttributeError", exception)
    static let bufferError = make("BufferError", exception)
    static let eofError = make("EOFError", exception)
    static let exceptionGroup: PyType = {
        let t = PyType(name: "ExceptionGroup", bases: [baseExceptionGroup, exception], layout: .exception)
        t.mro = [t, baseExceptionGroup, exception, baseException, BuiltinTypes.object]
        t.dict.type = BuiltinTypes.dict
        return t
    }()
    static let importError = make("ImportError", exception)
    static let moduleNotFoundError = make("ModuleNotFoundError", importError)
    static let lookupError = make("LookupError", exception)
    static let indexError = make("IndexError", lookupError)
    static let keyError = make("KeyError", lookupError)
    static let memoryError = make("MemoryError", exception)
    static let nameError = make("NameError", exception)
    static let unboundLocalError = make("UnboundLocalError", nameError)
    static let osError = make("OSError", exception)
    static let timeoutError = make("TimeoutError", osError)
    static let referenceError = make("ReferenceError", exception)
    static let runtimeError = make("RuntimeError", exception)
    static let notImplementedError = make("NotImplementedError", runtimeError)
    static let recursionError = make("RecursionError", runtimeError)
    static let stopAsyncIteration = make("StopAsyncIteration", exception)
    static let stopIteration = make("StopIteration", exception)
    static let syntaxError = make("SyntaxError", exception)
    static let indentationError = make("IndentationError", syntaxError)
    static let tabError = make("TabError", indentationError)
    static let systemError = make("SystemError", exception)
    static let typeError = make("TypeError", exception)
    static let valueError = make("ValueError", exception)
    static let unicodeError = make("UnicodeError", valueError)
    static let warning = make("Warning", exception)
    static let deprecationWarning = make("DeprecationWarning", warning)
    static let runtimeWarning = make("RuntimeWarning", warning)
    static let userWarning = make("UserWarning", warning)

    /// Every built-in exception class, for the builtins module.
    static var all: [PyType] {
        [baseException, baseExceptionGroup, generatorExit, keyboardInterrupt, systemExit, exception,
         arithmeticError, floatingPointError, overflowError, zeroDivisionError, assertionError,
         attributeError, bufferError, eofError, exceptionGroup, importError, moduleNotFoundError,
         lookupError, indexError, keyError, memoryError, nameError, unboundLocalError, osError,
         timeoutError, referenceError, runtimeError, notImplementedError, recursionError,
         stopAsyncIteration, stopIteration, syntaxError, indentationError, tabError, systemError,
         typeError, valueError, unicodeError, warning, deprecationWarning, runtimeWarning, userWarning]
    }

    private static func make(_ name: String, _ base: PyType) -> PyType {
        BuiltinTypes.make(name, base: base, layout: .exception)
    }
}

/// Shorthands for raising built-in exceptions from Swift: `throw PyError.type("...")`.
enum PyError {
    static func type(_ message: String) -> PyBaseException { PyBaseException(ExceptionTypes.typeError, message) }
    static func value(_ message: String) -> PyBaseException { PyBaseException(ExceptionTypes.valueError, message) }
    static func index(_ message: String) -> PyBaseException { PyBaseException(ExceptionTypes.indexError, message) }
    static func attribute(_ message: String) -> PyBaseException { PyBaseException(ExceptionTypes.attributeError, message) }
    static func name(_ message: String) -> PyBaseException { PyBaseException(ExceptionTypes.nameError, message) }
    /// `NameError: name 'x' is not defined`, with its `name` attribute.
    static func undefinedName(_ name: String) -> PyBaseException {
        let e = PyBaseException(ExceptionTypes.nameError, "name '\(name)' is not defined")
        e.dict.set("name", .string(name))
        return e
    }
    static func runtime(_ message: String) -> PyBaseException { PyBaseException(ExceptionTypes.runtimeError, message) }
    static func overflow(_ message: String) -> PyBaseException { PyBaseException(ExceptionTypes.overflowError, message) }
    static func zeroDivision(_ message: String) -> PyBaseException { PyBaseException(ExceptionTypes.zeroDivisionError, message) }
    static func notImplemented(_ message: String) -> PyBaseException { PyBaseException(ExceptionTypes.notImplementedError, message) }
    static func stopIteration(_ value: Value = .none) -> PyBaseException {
        PyBaseException(type: ExceptionTypes.stopIteration, args: value.isNone ? [] : [value])
    }
    static func key(_ key: Value) -> PyBaseException { PyBaseException(type: ExceptionTypes.keyError, args: [key]) }

    /// `'float' object cannot be interpreted as an integer`: an argument that must be an int.
    static func notAnInteger(_ typeName: String) -> PyBaseException {
        type("'\(typeName)' object cannot be interpreted as an integer")
    }
    /// A built-in method called through its class with no receiver at all.
    static func unboundMethod(_ method: String, owner: String) -> PyBaseException {
        type("unbound method \(owner).\(method)() needs an argument")
    }
    /// A method descriptor (`str.upper(1)`) given a receiver of the wrong type.
    static func descriptorMismatch(_ method: String, owner: String, got: String) -> PyBaseException {
        type("descriptor '\(method)' for '\(owner)' objects doesn't apply to a '\(got)' object")
    }
    /// A slot wrapper (`int.__add__("a", 1)`) given a receiver of the wrong type.
    static func descriptorRequires(_ method: String, owner: String, got: String) -> PyBaseException {
        type("descriptor '\(method)' requires a '\(owner)' object but received a '\(got)'")
    }
}
