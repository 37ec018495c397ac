import PyNumerics
import PySyntax

/// `abs`, `round`, `divmod`, `pow`, `hex`, `oct`, `bin` and `format`.
extension Builtins {
    static func installNumericBuiltins() {
        define("abs") { vm, args in
            try args.expect("abs", min: 1, max: 1)
            return try vm.absoluteValue(args[0])
        }
        define("round") { vm, args in
            let values = try parameters("round", args, ["number", "ndigits"], required: 1)
            return try vm.round(values[0]!, values[1] ?? .none)
        }
        define("divmod") { vm, args in
            try args.expect("divmod", min: 2, max: 2)
            return try vm.divmod(args[0], args[1])
        }
        define("pow") { vm, args in
            let values = try parameters("pow", args, ["base", "exp", "mod"], required: 2)
            guard let modulus = values[2], !modulus.isNone else {
                return try vm.binaryOperation(.power, values[0]!, values[1]!)
            }
            return try vm.modularPower(values[0]!, values[1]!, modulus)
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            define(name) { vm, args in
                try args.expect(name, min: 1, max: 1)
                let n = try vm.indexInteger(args[0]).bigValue
                let digits = n.magnitude.toString(radix: radix)
                return .string((n.isNegative ? "-" : "") + prefix + digits)
            }
        }
    }

    /// Positional-or-keyword arguments by name; nil for those not given.
    private static func parameters(_ function: String, _ args: CallArgs, _ names: [String],
                                   required: Int) throws -> [Value?] {
        if args.count > names.count {
            throw PyError.type("\(function)() takes at most \(names.count) arguments (\(args.count) given)")
        }
        var values: [Value?] = names.indices.map { $0 < args.count ? args[$0] : nil }
        for (name, value) in args.keywords {
            guard let i = names.firstIndex(of: name) else {
                throw PyError.type("\(function)() got an unexpected keyword argument '\(name)'")
            }
            if values[i] != nil {
                throw PyError.type("argument for \(function)() given by name ('\(name)') and position (\(i + 1))")
            }
            values[i] = value
        }
        for i in 0..<required where values[i] == nil {
            throw PyError.type("\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return values
    }
}

extension VM {
    /// `abs(x)`.
    func absoluteValue(_ v: Value) throws -> Value {
        switch v {
        case .float(let d): return .float(Swift.abs(d))
        default:
            if let n = integer(v) {
                if case .small(let i) = n, i != .min { return .int(Swift.abs(i)) }
                return .integer(n.bigValue.magnitude)
            }
        }
        if let r = try callUserMethod(v, "__abs__") { return r }
        throw PyError.type("bad operand type for abs(): '\(typeName(v))'")
    }

    /// `round(number, ndigits)`; ndigits is None when not given.
    func round(_ v: Value, _ ndigits: Value) throws -> Value {
        let digits = ndigits.isNone ? nil : try indexInteger(ndigits)
        if case .float(let x) = v {
            guard let digits else { return .integer(try numeric { () throws(NumericError) in try FloatMath.round(x) }) }
            guard case .small(let n) = digits else { return .float(digits.bigValue.isNegative ? 0.0 * x : x) }
            return .float(try numeric { () throws(NumericError) in try FloatMath.round(x, digits: n) })
        }
        if let n = integer(v) {
            guard let digits, digits.bigValue.isNegative else { return value(n) }
            return .integer(try roundInteger(n.bigValue, digits: digits.bigValue))
        }
        let args = ndigits.isNone ? [] : [ndigits]
        if let r = try callUserMethod(v, "__round__", args) { return r }
        throw PyError.type("type \(typeName(v)) doesn't define __round__ method")
    }

    /// An int rounded to a multiple of `10 ** -digits` (digits < 0), ties to even.
    private func roundInteger(_ n: BigInt, digits: BigInt) throws -> BigInt {
        guard let places = (-digits).asInt, places < 5000 else { return .zero }
        let scale = BigInt(10).pow(exponent: places)
        let (q, r) = try numeric { () throws(NumericError) in try n.floorDivMod(scale) }
        let twice = r + r
        var rounded = q
        if scale < twice || (twice == scale && !(q & .one).isZero) { rounded = q + .one }
        return rounded * scale
    }

    /// `divmod(a, b)`.
    func divmod(_ a: Value, _ b: Value) throws -> Value {
        if let x = integer(a), let y = integer(b) {
            let q = try integerOperation(.floorDivide, x, y)
            let r = try integerOperation(.modulo, x, y)
            return .object(PyTuple([q, r]))
        }
        if isNumber(a), isNumber(b), let x = try floatValue(a), let y = try floatValue(b) {
            let (q, r) = try numeric { () throws(NumericError) in try FloatMath.divMod(x, y) }
            return .object(PyTuple([.float(q), .float(r)]))
        }
        if let r = try callUserMethod(a, "__divmod__", [b]), !r.isNotImplemented { return r }
        if let r = try callUserMethod(b, "__rdivmod__", [a]), !r.isNotImplemented { return r }
        throw PyError.type("unsupported operand type(s) for divmod(): '\(typeName(a))' and '\(typeName(b))'")
    }

    /// `pow(base, exp, mod)`.
    func modularPower(_ base: Value, _ exponent: Value, _ modulus: Value) throws -> Value {
        guard let b = integer(base), let e = integer(exponent), let m = integer(modulus) else {
            if let r = try callUserMethod(base, "__pow__", [exponent, modulus]), !r.isNotImplemented { return r }
            throw PyError.type("pow() 3rd argument not allowed unless all arguments are integers")
        }
        return .integer(try numeric { () throws(NumericError) in
            try b.bigValue.modPow(exponent: e.bigValue, modulus: m.bigValue)
        })
    }
}
