import PyNumerics

/// `float(...)` and the methods and attributes of floats.
extension Builtins {
    static func installFloat() {
        let float = BuiltinTypes.float
        float.constructor = { vm, _, args in
            try args.expect("float", min: 0, max: 1)
            return .float(args.count == 1 ? try vm.toFloat(args[0]) : 0)
        }
        float.addMethod("is_integer") { vm, args in
            try args.expect("is_integer", min: 1, max: 1)
            return .bool(FloatMath.isInteger(try floatSelf(vm, "is_integer", args)))
        }
        float.addMethod("as_integer_ratio") { vm, args in
            try args.expect("as_integer_ratio", min: 1, max: 1)
            let x = try floatSelf(vm, "as_integer_ratio", args)
            let (n, d) = try vm.numeric { () throws(NumericError) in try FloatMath.asIntegerRatio(x) }
            return .object(PyTuple([.integer(n), .integer(d)]))
        }
        float.addMethod("conjugate") { vm, args in
            try args.expect("conjugate", min: 1, max: 1)
            return .float(try floatSelf(vm, "conjugate", args))
        }
        float.addMethod("hex") { vm, args in
            try args.expect("hex", min: 1, max: 1)
            return .string(hexText(try floatSelf(vm, "hex", args)))
        }
        let fromhex = PyBuiltinFunction("fromhex", owner: float) { vm, args in
            try args.expect("fromhex", min: 2, max: 2)
            guard case .str(let text) = args[1] else {
                throw PyError.type("fromhex() argument must be str, not \(vm.typeName(args[1]))")
            }
            return .float(try parseHexFloat(text.value))
        }
        float.dict.set("fromhex", .object(PyMethodWrapper(function: .object(fromhex), isClassMethod: true)))
        float.addGetter("real") { _, v in v }
        float.addGetter("imag") { _, _ in .float(0) }
    }

    private static func floatSelf(_ vm: VM, _ method: String, _ args: CallArgs) throws -> Double {
        guard case .float(let x) = try receiver(vm, BuiltinTypes.float, method, args[0]) else { return 0 }
        return x
    }

    /// `float.fromhex(text)`: `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' exponent]`, or inf/nan.
    private static func parseHexFloat(_ text: String) throws -> Double {
        let invalid = PyError.value("invalid hexadecimal floating-point string")
        var s = Substring(text.lowercased())
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        var negative = false
        if let f = s.first, f == "+" || f == "-" { negative = f == "-"; s = s.dropFirst() }
        if ["inf", "infinity", "nan"].contains(s) {
            let special = s == "nan" ? Double.nan : Double.infinity
            return negative ? -special : special
        }
        if s.hasPrefix("0x") { s = s.dropFirst(2) }
        let body = s.prefix { $0 != "p" }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = parts.joined()
        guard !digits.isEmpty, digits.allSatisfy(\.isHexDigit),
              let mantissa = BigInt(parsing: digits, radix: 16) else { throw invalid }
        var exponent = 0
        if body.count < s.count {
            guard let e = Int(s.dropFirst(body.count + 1)) else { throw invalid }
            exponent = e
        }
        exponent -= 4 * (parts.count == 2 ? parts[1].count : 0)
        let magnitude = try hexMagnitude(mantissa, exponent)
        return negative ? -magnitude : magnitude
    }

    /// `mantissa * 2 ** exponent`, correctly rounded.
    private static func hexMagnitude(_ mantissa: BigInt, _ exponent: Int) throws -> Double {
        if mantissa.isZero || exponent + mantissa.bitLength < -1100 { return 0 }
        let tooLarge = PyError.overflow("hexadecimal value too large to represent as a float")
        if exponent + mantissa.bitLength > 1100 { throw tooLarge }
        let numerator = exponent > 0 ? mantissa << exponent : mantissa
        let denominator = exponent < 0 ? BigInt.one << -exponent : BigInt.one
        guard let d = try? BigInt.trueDivide(numerator, denominator), d.isFinite else { throw tooLarge }
        return d
    }

    /// `float.hex()`: `0x1.8000000000000p+1`, with C's spelling of the specials.
    private static func hexText(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let sign = x.sign == .minus ? "-" : ""
        if x == 0 { return sign + "0x0.0p+0" }
        let fraction = String(x.significandBitPattern, radix: 16).leftPadded(to: 13)
        let leading = x.isSubnormal ? "0" : "1"
        let exponent = x.isSubnormal ? -1022 : Int(x.exponent)
        return "\(sign)0x\(leading).\(fraction)p\(exponent < 0 ? "-" : "+")\(abs(exponent))"
    }
}

extension VM {
    /// `float(x)`: converts numbers, parses str, or asks `__float__`/`__index__`.
    func toFloat(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .str(let s): return try numeric { () throws(NumericError) in try NumberParsing.parseFloat(s.value) }
        case .object(let o) where !(o is PyBigInt):
            if let r = try callUserMethod(v, "__float__") {
                guard case .float(let d) = r else {
                    throw PyError.type("\(typeName(v)).__float__ returned non-float (type \(typeName(r)))")
                }
                return d
            }
            if userMethod(v, "__index__") != nil { return try floatValue(value(try indexInteger(v))) ?? 0 }
        default:
            if let d = try floatValue(v) { return d }
        }
        throw PyError.type("float() argument must be a string or a real number, not '\(typeName(v))'")
    }
}
