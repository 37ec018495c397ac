import PySyntax

/// Int fast paths the eval loop tries before the general operators: the common
/// cases of small-int arithmetic and comparison, inline, with nil meaning "take
/// the general path" (overflow to big ints, errors, anything not simple).
extension VM {
    @inline(__always) static func smallIntBinary(_ op: BinaryOperator, _ x: Int, _ y: Int) -> Value? {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? nil : .int(r)
        case .subtract:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? nil : .int(r)
        case .multiply:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? nil : .int(r)
        case .modulo:
            // A positive divisor: the result is in 0..<y, as Python floors.
            guard y > 0 else { return nil }
            let r = x % y
            return .int(r < 0 ? r + y : r)
        case .floorDivide:
            guard y > 0 else { return nil }
            let q = x / y
            return .int(x % y < 0 ? q - 1 : q)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        default: return nil
        }
    }

    @inline(__always) static func smallIntCompare(_ op: CompareOperator, _ x: Int, _ y: Int) -> Bool? {
        switch op {
        case .less: return x < y
        case .lessEqual: return x <= y
        case .greater: return x > y
        case .greaterEqual: return x >= y
        case .equal: return x == y
        case .notEqual: return x != y
        default: return nil
        }
    }
}
