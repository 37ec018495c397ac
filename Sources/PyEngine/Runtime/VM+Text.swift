import PyNumerics

/// Turning values into text: `str()`, `repr()`, `format()` and `%`.
extension VM {
    func str(_ v: Value) throws -> String {
        switch v {
        case .str(let s): return s.value
        case .object(let o):
            if o.type.isHeapType, let method = o.type.lookup("__str__"), !isNativeSlot(method) {
                return try textResult(try callMethod(method, receiver: v, CallArgs()), "__str__")
            }
            if let e = o as? PyBaseException { return try exceptionText(e) }
            return try repr(v)
        default:
            return try repr(v)
        }
    }

    func repr(_ v: Value) throws -> String {
        switch v {
        case .null: return "<NULL>"
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return IntText.decimal(i)
        case .float(let d): return FloatFormat.repr(d)
        case .str(let s): return PythonRepr.string(s.value)
        case .object(let o):
            if o.type.isHeapType, let method = o.type.lookup("__repr__"), !isNativeSlot(method) {
                return try textResult(try callMethod(method, receiver: v, CallArgs()), "__repr__")
            }
            return try withRecursionGuard(" while getting the repr of an object") { try objectRepr(o) }
        }
    }

    /// A special method that is a built-in slot, not an override written in Python.
    private func isNativeSlot(_ v: Value) -> Bool {
        guard case .object(let o) = v, let f = o as? PyBuiltinFunction else { return false }
        return f.owner.map { !$0.isHeapType } ?? true
    }

    private func textResult(_ r: Value, _ method: String) throws -> String {
        guard case .str(let s) = r else {
            throw PyError.type("\(method) returned non-string (type \(typeName(r)))")
        }
        return s.value
    }

    private func objectRepr(_ o: PyObject) throws -> String {
        switch o {
        case let b as PyBigInt: return try numeric { () throws(NumericError) in try b.value.pythonStr() }
        case let l as PyList: return try reprItems(l, l.items, open: "[", close: "]")
        case let t as PyTuple:
            if t.items.count == 1 { return "(\(try repr(t.items[0])),)" }
            return try reprItems(t, t.items, open: "(", close: ")")
        case let d as PyDict: return try reprDict(d)
        case let v as PyDictView: return try dictViewRepr(v)
        case let s as PySet:
            if s.count == 0 { return s.isFrozen ? "frozenset()" : "set()" }
            let body = try reprItems(s, s.elements, open: "{", close: "}")
            return s.isFrozen ? "frozenset(\(body))" : body
        case let r as PyRange: return try rangeRepr(r)
        case let s as PySlice: return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case let t as PyType:
            return t.module == "builtins" ? "<class '\(t.qualifiedName)'>" : "<class '\(t.module).\(t.qualifiedName)'>"
        case let f as PyFunction: return "<function \(f.qualifiedName) at \(address(f))>"
        case let b as PyBuiltinFunction:
            if let owner = b.owner { return "<method '\(b.name)' of '\(owner.name)' objects>" }
            return "<built-in function \(b.name)>"
        case let m as PyBoundMethod: return try boundMethodRepr(m)
        case let m as PyModule: return "<module '\(m.name)' (built-in)>"
        case let g as PyGenerator: return "<\(g.kindName.replacingOccurrences(of: " ", with: "_")) object \(g.qualifiedName) at \(address(g))>"
        case let e as PyBaseException: return try exceptionRepr(e)
        case let s as PySingleton: return s.name
        case let c as PyCell: return "<cell at \(address(c)): \(c.contents.isNull ? "empty" : "\(typeName(c.contents)) object at \(address(c))")>"
        case let r as NativeRepr: return r.repr(in: self)
        default:
            let qualified = o.type.module == "builtins" ? o.type.qualifiedName : "\(o.type.module).\(o.type.qualifiedName)"
            return "<\(qualified) object at \(address(o))>"
        }
    }

    /// Items joined with ", ", or "[...]" for a container that contains itself.
    private func reprItems(_ owner: PyObject, _ items: [Value], open: String, close: String) throws -> String {
        if reprInProgress.contains(ObjectIdentifier(owner)) { return "\(open)...\(close)" }
        reprInProgress.insert(ObjectIdentifier(owner))
        defer { reprInProgress.remove(ObjectIdentifier(owner)) }
        return open + (try items.map { try repr($0) }.joined(separator: ", ")) + close
    }

    func reprDict(_ d: PyDict) throws -> String {
        if reprInProgress.contains(ObjectIdentifier(d)) { return "{...}" }
        reprInProgress.insert(ObjectIdentifier(d))
        defer { reprInProgress.remove(ObjectIdentifier(d)) }
        let parts = try d.items.map { "\(try repr($0.key)): \(try repr($0.value))" }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    private func boundMethodRepr(_ m: PyBoundMethod) throws -> String {
        if case .object(let f) = m.function, let b = f as? PyBuiltinFunction {
            return "<built-in method \(b.name) of \(typeName(m.receiver)) object at \(address(m.receiver.asObject ?? m))>"
        }
        var name = "?"
        if case .object(let f) = m.function, let fn = f as? PyFunction { name = fn.qualifiedName }
        return "<bound method \(name) of \(try repr(m.receiver))>"
    }

    /// A stable-looking address for default reprs and `id()`.
    func address(_ o: AnyObject) -> String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(o)), radix: 16).leftPadded(to: 12)
    }

    // MARK: Exceptions as text

    /// `str(exc)`.
    func exceptionText(_ e: PyBaseException) throws -> String {
        if e.isInstance(of: ExceptionTypes.baseExceptionGroup) {
            let n = e.groupExceptions.count
            return "\(e.groupMessage) (\(n) sub-exception\(n == 1 ? "" : "s"))"
        }
        if e.isInstance(of: ExceptionTypes.osError), e.args.count == 2 {
            return "[Errno \(try str(e.args[0]))] \(try str(e.args[1]))"
        }
        switch e.args.count {
        case 0: return ""
        case 1:
            if e.isInstance(of: ExceptionTypes.keyError) { return try repr(e.args[0]) }
            return try str(e.args[0])
        default: return try repr(.object(PyTuple(e.args)))
        }
    }

    /// `repr(exc)`: `ValueError('message')`.
    func exceptionRepr(_ e: PyBaseException) throws -> String {
        if e.args.count == 1 { return "\(e.type.name)(\(try repr(e.args[0])))" }
        return "\(e.type.name)(\(try e.args.map { try repr($0) }.joined(separator: ", ")))"
    }

    // MARK: format()

    /// `format(value, spec)`.
    func format(_ v: Value, _ spec: String) throws -> String {
        if let method = userMethod(v, "__format__") {
            return try textResult(try callMethod(method, receiver: v, CallArgs([.string(spec)])), "__format__")
        }
        switch v {
        case .bool(let b) where spec.isEmpty: return b ? "True" : "False"
        case .int(let i): return try numeric { () throws(NumericError) in try PyFormat.formatInt(i, spec) }
        case .bool(let b): return try numeric { () throws(NumericError) in try PyFormat.formatInt(b ? 1 : 0, spec, typeName: "bool") }
        case .float(let d): return try numeric { () throws(NumericError) in try PyFormat.formatFloat(d, spec) }
        case .str(let s): return try numeric { () throws(NumericError) in try PyFormat.formatString(s.value, spec) }
        case .object(let o):
            if let b = o as? PyBigInt { return try numeric { () throws(NumericError) in try PyFormat.formatInt(b.value, spec) } }
            if spec.isEmpty { return try str(v) }
            throw PyError.type("unsupported format string passed to \(o.type.name).__format__")
        default:
            if spec.isEmpty { return try str(v) }
            throw PyError.type("unsupported format string passed to \(typeName(v)).__format__")
        }
    }

    /// An f-string's pieces (all strs) joined, written once into a string of the
    /// right size rather than appended piece by piece.
    func concatenated(_ parts: [Value]) -> Value {
        var byteCount = 0
        for case .str(let s) in parts { byteCount += s.value.utf8.count }
        return .string(String(unsafeUninitializedCapacity: byteCount) { buffer in
            var end = 0
            for case .str(let s) in parts {
                end = s.withUTF8 { UnsafeMutableBufferPointer(rebasing: buffer[end...]).update(fromContentsOf: $0) } + end
            }
            return end
        })
    }

    /// An f-string replacement field: `value`, converted (`!s`, `!r`, `!a`), then
    /// formatted with `spec` (a str, or null when the field has none).
    func formattedValue(_ value: Value, _ conversion: Conversion?, spec: Value) throws -> Value {
        var value = value
        switch conversion {
        case .str: value = .string(try str(value))
        case .repr: value = .string(try repr(value))
        case .ascii: value = .string(asciiRepr(try repr(value)))
        case nil: break
        }
        guard case .str(let specText) = spec, !specText.value.isEmpty else {
            if case .str = value { return value }
            return .string(try format(value, ""))
        }
        return .string(try format(value, spec: specText))
    }

    /// `format(value, spec)` with the spec as a str object, parsed once per object
    /// for ints, floats and strs (see `FormatSpecCache`).
    private func format(_ v: Value, spec: PyStr) throws -> String {
        switch v {
        case .int(let i):
            let parsed = try parsedSpec(spec, .integer, "int")
            return try numeric { () throws(NumericError) in try PyFormat.formatInt(i, spec: parsed) }
        case .float(let d):
            let parsed = try parsedSpec(spec, .float, "float")
            return try numeric { () throws(NumericError) in try PyFormat.formatFloat(d, spec: parsed) }
        case .str(let s):
            let parsed = try parsedSpec(spec, .string, "str")
            return try numeric { () throws(NumericError) in try PyFormat.formatString(s.value, spec: parsed) }
        default:
            return try format(v, spec.value)
        }
    }

    private func parsedSpec(_ text: PyStr, _ subject: FormatSpec.Subject, _ typeName: String) throws -> FormatSpec {
        if let spec = formatSpecs.spec(for: text, subject) { return spec }
        let spec = try numeric { () throws(NumericError) in
            try FormatSpec.parse(text.value, subject: subject, typeName: typeName)
        }
        formatSpecs.store(spec, for: text, subject)
        return spec
    }

    /// `ascii()`: repr with non-ASCII characters escaped.
    func asciiRepr(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
            } else if scalar.value <= 0xFF {
                out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
            } else if scalar.value <= 0xFFFF {
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            } else {
                out += "\\U" + String(scalar.value, radix: 16).leftPadded(to: 8)
            }
        }
        return out
    }
}

extension String {
    /// Pads with leading zeros to `width` characters.
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

/// A built-in object (from a module written in Swift) with its own repr.
protocol NativeRepr: PyObject {
    func repr(in vm: VM) -> String
}
