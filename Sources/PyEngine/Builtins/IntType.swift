import PyNumerics

/// `int(...)` and the methods and attributes of ints (bools inherit them).
extension Builtins {
    static func installInt() {
        let int = BuiltinTypes.int
        int.constructor = { vm, _, args in try makeInt(vm, args) }
        int.addMethod("bit_length") { vm, args in
            try args.expect("bit_length", min: 1, max: 1)
            return .int(try integerSelf(vm, "bit_length", args).bigValue.bitLength)
        }
        int.addMethod("bit_count") { vm, args in
            try args.expect("bit_count", min: 1, max: 1)
            let n = try integerSelf(vm, "bit_count", args).bigValue
            return .int(n.magnitude.limbs.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        int.addMethod("conjugate") { vm, args in
            try args.expect("conjugate", min: 1, max: 1)
            return vm.value(try integerSelf(vm, "conjugate", args))
        }
        int.addMethod("as_integer_ratio") { vm, args in
            try args.expect("as_integer_ratio", min: 1, max: 1)
            return .object(PyTuple([vm.value(try integerSelf(vm, "as_integer_ratio", args)), .int(1)]))
        }
        for name in ["real", "numerator"] {
            int.addGetter(name) { vm, v in vm.integer(v).map(vm.value) ?? v }
        }
        int.addGetter("imag") { _, _ in .int(0) }
        int.addGetter("denominator") { _, _ in .int(1) }
    }

    /// The receiver of an int method, checked.
    private static func integerSelf(_ vm: VM, _ method: String, _ args: CallArgs) throws -> PyInteger {
        let v = try receiver(vm, BuiltinTypes.int, method, args[0])
        return vm.integer(v)!
    }

    /// `int()`, `int(x)`, `int(text, base)`.
    private static func makeInt(_ vm: VM, _ args: CallArgs) throws -> Value {
        var base: Value?
        for (name, value) in args.keywords {
            guard name == "base" else { throw PyError.type("'\(name)' is an invalid keyword argument for int()") }
            base = value
        }
        if args.count > 2 { throw PyError.type("int() takes at most 2 arguments (\(args.count) given)") }
        if args.count == 2 {
            if base != nil { throw PyError.type("argument for int() given by name ('base') and position (2)") }
            base = args[1]
        }
        guard args.count > 0 else {
            if base != nil { throw PyError.type("int() missing string argument") }
            return .int(0)
        }
        guard let base else { return try vm.toInt(args[0]) }
        guard let radix = try vm.indexValue(base) else {
            throw PyError.notAnInteger(vm.typeName(base))
        }
        guard case .str(let text) = args[0] else {
            throw PyError.type("int() can't convert non-string with explicit base")
        }
        return .integer(try vm.numeric { () throws(NumericError) in try NumberParsing.parseInt(text.value, base: radix) })
    }
}

extension VM {
    /// `int(x)`: truncates floats, parses str, or asks `__int__`/`__index__`.
    func toInt(_ v: Value) throws -> Value {
        switch v {
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .integer(try numeric { () throws(NumericError) in try BigInt(truncating: d) })
        case .str(let s):
            if let small = NumberParsing.shortDecimal(s.value) {
                return .int(small)  // a short plain decimal, the common case
            }
            return .integer(try numeric { () throws(NumericError) in try NumberParsing.parseInt(s.value) })
        case .object(let o):
            if o is PyBigInt { return v }
            for method in ["__int__", "__index__"] {
                guard let r = try callUserMethod(v, method) else { continue }
                guard integer(r) != nil else {
                    throw PyError.type("\(method) returned non-int (type \(typeName(r)))")
                }
                return r
            }
        default: break
        }
        throw PyError.type("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(v))'")
    }

    /// An int argument of a built-in (`hex(x)`, `round(x, n)`): ints, bools and
    /// objects with `__index__`.
    func indexInteger(_ v: Value) throws -> PyInteger {
        if let n = try integerOrIndex(v) { return n }
        throw PyError.notAnInteger(typeName(v))
    }

    /// An int, bool or `__index__` result as an integer; nil if `v` is none of these.
    func integerOrIndex(_ v: Value) throws -> PyInteger? {
        if let n = integer(v) { return n }
        guard let r = try callUserMethod(v, "__index__") else { return nil }
        guard let n = integer(r) else { throw PyError.type("__index__ returned non-int (type \(typeName(r)))") }
        return n
    }
}
