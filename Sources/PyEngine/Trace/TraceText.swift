import PyNumerics

/// Words for trace labels and details. Nothing here may run the program's
/// code where it could be seen: reprs are computed quietly (no output, no
/// virtual time), and callback arguments are named without calling `repr`.
extension VM {
    /// The file name the asyncio library's Python parts are compiled under.
    static let asyncioFilename = "<asyncio>"

    /// The longest detail or label argument kept; longer ones end in "...".
    static let traceTextLimit = 200

    /// `repr(v)` for a task's result or exception, computed quietly, without
    /// memory addresses (they change from run to run) and clipped.
    func traceRepr(_ v: Value) -> String {
        let text = tracer?.quietly { try? repr(v) } ?? nil
        return Self.clip(Self.withoutAddresses(text ?? "<\(typeName(v)) object>"), Self.traceTextLimit)
    }

    /// `<C object at 0x7f3a...>` as `<C object>`.
    static func withoutAddresses(_ text: String) -> String {
        guard text.contains(" at 0x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: " at 0x") {
            let digits = rest[range.upperBound...].prefix { $0.isHexDigit }
            out += rest[..<range.lowerBound]
            if digits.isEmpty { out += rest[range] }
            rest = rest[digits.endIndex...]
        }
        return out + rest
    }

    /// `print('hi')`, `on_done(Task-2)`: a callback and its arguments, for a handle label.
    func traceCallText(_ fn: Value, _ args: [Value]) -> String {
        traceCallableName(fn) + "(" + args.map(traceArgument).joined(separator: ", ") + ")"
    }

    func traceCallableName(_ fn: Value) -> String {
        switch fn.asObject {
        case let f as PyFunction: return f.qualifiedName
        case let b as PyBuiltinFunction: return b.name
        case let m as PyBoundMethod: return traceCallableName(m.function)
        default: return typeName(fn)
        }
    }

    /// A short, repr-free text for a value: scalars as Python writes them, tasks by name.
    func traceArgument(_ v: Value) -> String {
        switch v {
        case .null: return "?"
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return FloatFormat.repr(d)
        case .str(let s): return Self.clip(PythonRepr.string(s.value), 40)
        case .object(let o):
            if let task = o as? PyTask { return task.name }
            if let f = o as? PyFunction { return f.qualifiedName }
            return "<\(o.type.name)>"
        }
    }

    /// `text` cut to at most `limit` characters.
    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 3)) + "..."
    }
}

/// Loop seconds as trace nanoseconds, rounded up as the clock advances to a deadline.
func traceNanos(_ seconds: Double) -> Int64 {
    let nanos = (seconds * 1e9).rounded(.up)
    // An infinite (or NaN) deadline, `asyncio.sleep(float("inf"))`: past every time.
    return nanos < 9.2e18 ? (nanos > -9.2e18 ? Int64(nanos) : .min) : .max
}

extension Frame {
    /// A variable's current value by name (fast local, cell or free variable),
    /// for reading what a suspended asyncio call is doing; nil when unbound.
    func traceLocal(_ name: String) -> Value? {
        var value: Value?
        if let i = code.cellvars.firstIndex(of: name), i < cells.count {
            value = cells[i].contents
        } else if let i = code.freevars.firstIndex(of: name), code.cellvars.count + i < cells.count {
            value = cells[code.cellvars.count + i].contents
        } else if let i = code.varnames.firstIndex(of: name), i < localCount {
            value = slots[i]
        }
        guard let value, !value.isNull else { return nil }
        return value
    }
}

extension PyFunction {
    /// The value a closure variable of this function holds, by name.
    func traceClosureValue(_ name: String) -> Value? {
        guard let i = code.freevars.firstIndex(of: name), i < closure.count, !closure[i].contents.isNull else { return nil }
        return closure[i].contents
    }
}
