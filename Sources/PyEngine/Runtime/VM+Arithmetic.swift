import PyNumerics
import PySyntax

/// Numeric operators on int, bool and float, with Python's semantics: ints never
/// overflow (they become `BigInt`), `//` and `%` floor, `/` always gives a float.
extension VM {
    /// Runs a numeric computation, turning its error value into a Python exception.
    func numeric<T>(_ body: () throws(NumericError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw pythonException(error)
        }
    }

    /// The Python exception for an error from PyNumerics.
    func pythonException(_ error: NumericError) -> PyBaseException {
        switch error {
        case .valueError(let m): return PyError.value(m)
        case .overflowError(let m): return PyError.overflow(m)
        case .zeroDivisionError(let m): return PyError.zeroDivision(m)
        case .typeError(let m): return PyError.type(m)
        case .complexResult: return PyError.notImplemented(error.message)
        }
    }

    /// The value as an integer, if it is an int or bool.
    func integer(_ v: Value) -> PyInteger? {
        switch v {
        case .int(let i): return .small(i)
        case .bool(let b): return .small(b ? 1 : 0)
        case .object(let o):
            if let big = o as? PyBigInt { return .big(big.value) }
            return nil
        default: return nil
        }
    }

    /// An integer as a Value: `.int` when it fits, a PyBigInt otherwise.
    func value(_ n: PyInteger) -> Value {
        switch n {
        case .small(let i): return .int(i)
        case .big(let b): return .object(PyBigInt(b))
        }
    }

    /// The value as a float, for mixed int/float arithmetic.
    func floatValue(_ v: Value) throws -> Double? {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let big = o as? PyBigInt { return try numeric { () throws(NumericError) in try big.value.toDouble() } }
            return nil
        default: return nil
        }
    }

    /// `a op b` for two integers.
    func integerOperation(_ op: BinaryOperator, _ a: PyInteger, _ b: PyInteger) throws -> Value {
        if case .small(let x) = a, case .small(let y) = b {
            return try smallIntegerOperation(op, x, y)
        }
        let x = a.bigValue, y = b.bigValue
        if op == .power, let e = y.asInt, e > 0 { try reservePowerResult(bits: x.bitLength, exponent: e) }
        return try numeric { () throws(NumericError) -> Value in
            switch op {
            case .add: return .integer(x + y)
            case .subtract: return .integer(x - y)
            case .multiply: return .integer(x * y)
            case .divide: return .float(try BigInt.trueDivide(x, y))
            case .floorDivide: return .integer(try x.floorDiv(y))
            case .modulo: return .integer(try x.mod(y))
            case .power: return try integerPower(x, y)
            case .leftShift: return .integer(try x.shiftedLeft(by: y))
            case .rightShift: return .integer(try x.shiftedRight(by: y))
            case .bitAnd: return .integer(x & y)
            case .bitOr: return .integer(x | y)
            case .bitXor: return .integer(x ^ y)
            case .matrixMultiply: throw NumericError.typeError("unsupported operand type(s) for @: 'int' and 'int'")
            }
        }
    }

    private func smallIntegerOperation(_ op: BinaryOperator, _ x: Int, _ y: Int) throws -> Value {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? value(IntMath.add(x, y)) : .int(r)
        case .subtract:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? value(IntMath.subtract(x, y)) : .int(r)
        case .multiply:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? value(IntMath.multiply(x, y)) : .int(r)
        case .divide: return .float(try numeric { () throws(NumericError) in try IntMath.trueDivide(x, y) })
        case .floorDivide: return value(try numeric { () throws(NumericError) in try IntMath.floorDiv(x, y) })
        case .modulo: return .int(try numeric { () throws(NumericError) in try IntMath.mod(x, y) })
        case .power:
            if y < 0 { return .float(try numeric { () throws(NumericError) in try FloatMath.pow(Double(x), Double(y)) }) }
            try reservePowerResult(bits: Int.bitWidth - x.magnitude.leadingZeroBitCount, exponent: y)
            return value(IntMath.pow(x, y))
        case .leftShift: return value(try numeric { () throws(NumericError) in try IntMath.shiftLeft(x, y) })
        case .rightShift: return .int(try numeric { () throws(NumericError) in try IntMath.shiftRight(x, y) })
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .matrixMultiply: throw PyError.type("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    /// `x ** e` has about bits(x) * e bits: refuse results past the memory ceiling
    /// rather than computing for minutes.
    private func reservePowerResult(bits: Int, exponent: Int) throws {
        guard bits > 1 else { return }
        let (total, overflow) = bits.multipliedReportingOverflow(by: exponent)
        if overflow { throw PyBaseException(type: ExceptionTypes.memoryError) }
        try reserveMemory(total / 8)
    }

    private func integerPower(_ x: BigInt, _ y: BigInt) throws(NumericError) -> Value {
        if y.signum < 0 {
            return .float(try FloatMath.pow(try x.toDouble(), try y.toDouble()))
        }
        guard let e = y.asInt else { throw NumericError.overflowError("exponent too large") }
        return .integer(x.pow(exponent: e))
    }

    /// `a op b` where at least one side is a float and both are numbers.
    func floatOperation(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value? {
        try numeric { () throws(NumericError) -> Value? in
            switch op {
            case .add: return .float(x + y)
            case .subtract: return .float(x - y)
            case .multiply: return .float(x * y)
            case .divide: return .float(try FloatMath.trueDivide(x, y))
            case .floorDivide: return .float(try FloatMath.floorDiv(x, y))
            case .modulo: return .float(try FloatMath.mod(x, y))
            case .power: return .float(try FloatMath.pow(x, y))
            default: return nil
            }
        }
    }

    /// Numeric `a op b`, or nil when either side is not a number.
    func numericOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        if case .bool(let x) = a, case .bool(let y) = b {
            switch op {
            case .bitAnd: return .bool(x && y)
            case .bitOr: return .bool(x || y)
            case .bitXor: return .bool(x != y)
            default: break
            }
        }
        if let x = integer(a), let y = integer(b) { return try integerOperation(op, x, y) }
        guard isNumber(a), isNumber(b), let x = try floatValue(a), let y = try floatValue(b) else { return nil }
        return try floatOperation(op, x, y)
    }

    func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .float, .bool: return true
        case .object(let o): return o is PyBigInt
        default: return false
        }
    }

    /// Compares two numbers exactly (an int and a float compare by value, not
    /// after rounding the int), or nil when either is not a number.
    func compareNumbers(_ a: Value, _ b: Value) throws -> Order? {
        if case .int(let x) = a, case .int(let y) = b { return Order(x, y) }
        if let x = integer(a), let y = integer(b) { return Order(x.bigValue, y.bigValue) }
        guard isNumber(a), isNumber(b) else { return nil }
        if case .float(let x) = a, case .float(let y) = b {
            return x.isNaN || y.isNaN ? .unordered : Order(x, y)
        }
        if case .float(let x) = a, let y = integer(b) { return floatVersusInteger(x, y) }
        if let x = integer(a), case .float(let y) = b { return floatVersusInteger(y, x).reversed }
        return nil
    }

    private func floatVersusInteger(_ x: Double, _ n: PyInteger) -> Order {
        if x.isNaN { return .unordered }
        if x.isInfinite { return x < 0 ? .less : .greater }
        let floor = x.rounded(.down)
        guard let whole = try? BigInt(truncating: floor) else { return .unordered }
        let big = n.bigValue
        if whole < big { return .less }
        if whole > big { return .greater }
        return x > floor ? .greater : .equal
    }
}

/// The outcome of comparing two values.
enum Order {
    case less, equal, greater, unordered

    init<T: Comparable>(_ a: T, _ b: T) {
        self = a < b ? .less : (a == b ? .equal : .greater)
    }

    var reversed: Order {
        switch self {
        case .less: return .greater
        case .greater: return .less
        default: return self
        }
    }

    /// Whether this order satisfies a rich comparison.
    func satisfies(_ op: CompareOperator) -> Bool {
        switch (op, self) {
        case (.equal, .equal), (.lessEqual, .equal), (.greaterEqual, .equal): return true
        case (.less, .less), (.lessEqual, .less), (.notEqual, .less): return true
        case (.greater, .greater), (.greaterEqual, .greater), (.notEqual, .greater): return true
        case (.notEqual, .unordered): return true
        default: return false
        }
    }
}
