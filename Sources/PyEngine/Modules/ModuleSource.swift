import PyNumerics
import PySyntax

/// Building built-in modules: native functions written in Swift, plus an
/// optional body of Python source for the parts that mostly build and call
/// Python objects (`contextlib.contextmanager`, `namedtuple`), where Python is
/// the clearer language.
extension VM {
    /// A module holding `native` and then whatever `source` defines.
    func makeModule(_ name: String, native: [(String, Value)] = [], source: String? = nil) throws -> PyModule {
        let module = PyModule(name: name)
        for (key, value) in native { module.dict.set(key, value) }
        guard let source else { return module }
        let code: CodeObject
        do {
            code = try Compiler.compile(try Parser.parseModule(source), filename: "<\(name)>")
        } catch {
            throw PyError.runtime("LoopLab engine: built-in module '\(name)' failed to compile: \(error)")
        }
        let frame = Frame(code: code, globals: module.dict, namespace: module.dict, closure: [])
        _ = try run(frame)
        return module
    }
}

/// A native module function as a dictionary entry.
func nativeFunction(_ name: String, doc: String? = nil, _ body: @escaping NativeFunction) -> (String, Value) {
    (name, .object(PyBuiltinFunction(name, doc: doc, body)))
}

extension VM {
    /// A real number argument (`time.sleep(0.5)`), with CPython's type error.
    func realNumber(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        default:
            if case .object(let o) = v, let big = o as? PyBigInt {
                return try numeric { () throws(NumericError) in try big.value.toDouble() }
            }
            throw PyError.notAnInteger(typeName(v))
        }
    }
}
