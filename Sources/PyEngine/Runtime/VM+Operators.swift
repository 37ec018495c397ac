import PySyntax
import PyNumerics

/// Operators on any values: fast paths for built-in types, then the special
/// methods of classes written in Python, with CPython's reflection rules.
extension VM {
    func typeOf(_ v: Value) -> PyType {
        switch v {
        case .none: return BuiltinTypes.none
        case .bool: return BuiltinTypes.bool
        case .int: return BuiltinTypes.int
        case .float: return BuiltinTypes.float
        case .str: return BuiltinTypes.str
        case .object(let o): return o.type
        case .null: return BuiltinTypes.none
        }
    }

    func typeName(_ v: Value) -> String { typeOf(v).name }

    /// A special method defined in Python on v's class (not on built-in types,
    /// whose behaviour is native).
    func userMethod(_ v: Value, _ name: String) -> Value? {
        guard case .object(let o) = v, o.type.isHeapType else { return nil }
        return overriding(o.type.lookup(name))
    }

    /// As `userMethod(_:_:)`, for an interned name (a faster lookup).
    func userMethod(_ v: Value, _ name: PyStr) -> Value? {
        guard case .object(let o) = v, o.type.isHeapType else { return nil }
        return overriding(o.type.lookup(name))
    }

    /// A class attribute unless it is a built-in type's own slot (`object.__eq__`),
    /// which the VM handles natively.
    private func overriding(_ m: Value?) -> Value? {
        if case .object(let f) = m, let b = f as? PyBuiltinFunction, let owner = b.owner, !owner.isHeapType { return nil }
        return m
    }

    /// Calls special method `name` on v if its class defines one in Python.
    func callUserMethod(_ v: Value, _ name: String, _ args: [Value] = []) throws -> Value? {
        guard let m = userMethod(v, name) else { return nil }
        return try callMethod(m, receiver: v, CallArgs(args))
    }

    // MARK: Truth

    func isTrue(_ v: Value) throws -> Bool {
        switch v {
        case .bool(let b): return b
        case .none, .null: return false
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .str(let s): return !s.value.isEmpty
        case .object(let o):
            switch o {
            case let l as PyList: return !l.items.isEmpty
            case let t as PyTuple: return !t.items.isEmpty
            case let d as PyDict: return d.count > 0
            case let s as PySet: return s.count > 0
            case let r as PyRange: return !r.isEmpty
            case let v as PyDictView: return v.dict.count > 0
            case is PyBigInt: return true
            default: return try userTruth(v, o)
            }
        }
    }

    private func userTruth(_ v: Value, _ o: PyObject) throws -> Bool {
        if let m = userMethod(v, SpecialNames.bool) {
            let r = try callMethod(m, receiver: v, CallArgs())
            guard case .bool(let b) = r else {
                throw PyError.type("__bool__ should return bool, returned \(typeName(r))")
            }
            return b
        }
        if userMethod(v, SpecialNames.len) != nil { return try length(of: v) > 0 }
        return true
    }

    // MARK: Unary

    func unaryOperation(_ op: UnaryOperator, _ v: Value) throws -> Value {
        if op == .not { return .bool(!(try isTrue(v))) }
        switch (op, v) {
        case (.negate, .int(let i)):
            return i == .min ? value(.big(-BigInt(i))) : .int(-i)
        case (.negate, .float(let d)): return .float(-d)
        case (.plus, .int), (.plus, .float): return v
        case (.invert, .int(let i)): return .int(~i)
        case (.negate, .bool(let b)): return .int(b ? -1 : 0)
        case (.plus, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .bool(let b)): return .int(b ? -2 : -1)
        default: break
        }
        if let n = integer(v), case .big(let b) = n {
            switch op {
            case .negate: return .integer(-b)
            case .plus: return v
            case .invert: return .integer(~b)
            case .not: break
            }
        }
        let (method, symbol) = unaryMethod(op)
        if let r = try callUserMethod(v, method) { return r }
        throw PyError.type("bad operand type for unary \(symbol): '\(typeName(v))'")
    }

    private func unaryMethod(_ op: UnaryOperator) -> (String, String) {
        switch op {
        case .negate: return ("__neg__", "-")
        case .plus: return ("__pos__", "+")
        case .invert: return ("__invert__", "~")
        case .not: return ("__bool__", "not")
        }
    }

    // MARK: Binary

    func binaryOperation(_ op: BinaryOperator, _ a: Value, _ b: Value, inplace: Bool = false) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b { return try integerOperation(op, .small(x), .small(y)) }
        if case .float(let x) = a, case .float(let y) = b, let r = try floatOperation(op, x, y) { return r }
        // str + str (`s += part` included): nothing can override it.
        if op == .add, case .str(let x) = a, case .str(let y) = b { return .string(x.value + y.value) }
        if inplace, let r = try inplaceOperation(op, a, b) { return r }
        if let r = try numericOperation(op, a, b) { return r }
        if let r = try userBinary(op, a, b) { return r }
        if let r = try sequenceOperation(op, a, b) { return r }
        throw binaryTypeError(op, a, b, inplace: inplace)
    }

    /// `a op= b` where a can change in place: lists, sets, dicts, or `__iop__`.
    private func inplaceOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        if case .object(let o) = a {
            if let list = o as? PyList, !o.type.isHeapType || userMethod(a, "__iadd__") == nil {
                if op == .add {
                    list.items.append(contentsOf: try extendItems(b))
                    return a
                }
                if op == .multiply, let n = integer(b) {
                    list.items = try repeated(list.items, try repeatCount(n))
                    return a
                }
            }
            if let set = o as? PySet, !set.isFrozen, case .object(let ob) = b, let other = ob as? PySet {
                if let result = try setOperation(op, set, other) {
                    set.removeAll()
                    for v in result.elements { try set.add(v, self) }
                    return a
                }
            }
            if let dict = o as? PyDict, op == .bitOr {
                try dictUpdate(dict, with: b, mergingCall: nil)
                return a
            }
        }
        // Only classes written in Python have `__iop__` methods: name them only then.
        guard case .object(let o) = a, o.type.isHeapType else { return nil }
        let (_, _, imethod, _) = binaryMethods(op)
        if let r = try callUserMethod(a, imethod, [b]), !r.isNotImplemented { return r }
        return nil
    }

    /// Dispatches to `__op__` / `__rop__` defined in Python, trying the right
    /// operand first when its class is a subclass of the left's that overrides
    /// `__rop__` (as CPython does).
    private func userBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        // Two objects of one class (`v + w`): only `__op__` applies.
        if areObjectsOfOneClass(a, b) {
            guard let method = operatorMethod(typeOf(a), op, reflected: false) else { return nil }
            let r = try callMethod(method, receiver: a, argument: b)
            return r.isNotImplemented ? nil : r
        }
        let ta = typeOf(a), tb = typeOf(b)
        let left = operatorMethod(ta, op, reflected: false)
        let right = ta === tb ? nil : operatorMethod(tb, op, reflected: true)
        if left == nil && right == nil { return nil }
        if let right, tb.isSubtype(of: ta), operatorMethod(ta, op, reflected: true)?.isIdentical(to: right) != true {
            let r = try callMethod(right, receiver: b, argument: a)
            if !r.isNotImplemented { return r }
            if let left {
                let r = try callMethod(left, receiver: a, argument: b)
                if !r.isNotImplemented { return r }
            }
            return nil
        }
        if let left {
            let r = try callMethod(left, receiver: a, argument: b)
            if !r.isNotImplemented { return r }
        }
        if let right {
            let r = try callMethod(right, receiver: b, argument: a)
            if !r.isNotImplemented { return r }
        }
        return nil
    }

    /// Whether a and b are objects of the same class. Nothing here can release
    /// them, so Swift reads their classes without retaining anything.
    @inline(__always) private func areObjectsOfOneClass(_ a: Value, _ b: Value) -> Bool {
        guard case .object(let oa) = a, case .object(let ob) = b else { return false }
        return oa.type === ob.type
    }

    /// `userMethod` for a binary operator's `__op__` (or `__rop__`) on instances
    /// of `type`, through the class's slot cache: no name hashed on every operation.
    private func operatorMethod(_ type: PyType, _ op: BinaryOperator, reflected: Bool) -> Value? {
        guard type.isHeapType else { return nil }
        let slot = 2 * VM.binaryOperatorSlot(op) + (reflected ? 1 : 0)
        return overriding(type.lookup(VM.operatorMethodNames[slot], slot: slot))
    }

    /// str, list and tuple concatenation and repetition; str `%`; set and dict operators.
    private func sequenceOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        if let r = try dictViewOperation(op, a, b) { return r }
        switch (op, a, b) {
        case (.add, .str(let x), .str(let y)): return .string(x.value + y.value)
        case (.multiply, .str(let s), _):
            if let n = integer(b) { return .string(try repeatedText(s.value, try repeatCount(n))) }
        case (.multiply, _, .str(let s)):
            if let n = integer(a) { return .string(try repeatedText(s.value, try repeatCount(n))) }
        case (.modulo, .str(let s), _):
            return .string(try percentFormat(s.value, b))
        default: break
        }
        guard case .object(let oa) = a else {
            if op == .multiply, integer(a) != nil, case .object(let ob) = b { return try repeatSequence(ob, a) }
            return nil
        }
        switch oa {
        case let l as PyList:
            if op == .add, case .object(let ob) = b, let r = ob as? PyList { return .object(PyList(l.items + r.items)) }
            if op == .multiply, let n = integer(b) { return .object(PyList(try repeated(l.items, try repeatCount(n)))) }
        case let t as PyTuple:
            if op == .add, case .object(let ob) = b, let r = ob as? PyTuple { return .object(PyTuple(t.items + r.items)) }
            if op == .multiply, let n = integer(b) { return .object(PyTuple(try repeated(t.items, try repeatCount(n)))) }
        case let s as PySet:
            if case .object(let ob) = b, let other = ob as? PySet, let r = try setOperation(op, s, other) {
                return .object(r)
            }
        case is PyDict:
            if op == .bitOr, case .object(let ob) = b, ob is PyDict {
                let r = PyDict()
                try dictUpdate(r, with: a, mergingCall: nil)
                try dictUpdate(r, with: b, mergingCall: nil)
                return .object(r)
            }
        default: break
        }
        if op == .multiply, integer(b) == nil, integer(a) != nil, case .object(let ob) = b {
            return try repeatSequence(ob, a)
        }
        return nil
    }

    private func repeatSequence(_ o: PyObject, _ count: Value) throws -> Value? {
        guard let n = integer(count) else { return nil }
        if let l = o as? PyList { return .object(PyList(try repeated(l.items, try repeatCount(n)))) }
        if let t = o as? PyTuple { return .object(PyTuple(try repeated(t.items, try repeatCount(n)))) }
        return nil
    }

    private func repeatCount(_ n: PyInteger) throws -> Int {
        switch n {
        case .small(let i): return max(0, i)
        case .big(let b):
            if b.signum < 0 { return 0 }
            throw PyError.overflow("cannot fit 'int' into an index-sized integer")
        }
    }

    private func repeatedText(_ text: String, _ n: Int) throws -> String {
        let (bytes, overflow) = text.utf8.count.multipliedReportingOverflow(by: n)
        if overflow { throw PyBaseException(type: ExceptionTypes.memoryError) }
        try reserveMemory(bytes)
        return String(repeating: text, count: n)
    }

    private func repeated(_ items: [Value], _ n: Int) throws -> [Value] {
        if n == 0 || items.isEmpty { return [] }
        let (total, overflow) = items.count.multipliedReportingOverflow(by: n)
        if overflow { throw PyBaseException(type: ExceptionTypes.memoryError) }
        try checkMemory(total)
        try reserveMemory(total * MemoryLayout<Value>.stride)
        var out: [Value] = []
        out.reserveCapacity(items.count * n)
        for _ in 0..<n { out.append(contentsOf: items) }
        return out
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` on sets; the result has a's kind.
    func setOperation(_ op: BinaryOperator, _ a: PySet, _ b: PySet) throws -> PySet? {
        let result = PySet(frozen: a.isFrozen)
        switch op {
        case .bitOr:
            for v in a.elements { try result.add(v, self) }
            for v in b.elements { try result.add(v, self) }
        case .bitAnd:
            for v in a.elements where try b.contains(v, self) { try result.add(v, self) }
        case .subtract:
            for v in a.elements where !(try b.contains(v, self)) { try result.add(v, self) }
        case .bitXor:
            for v in a.elements where !(try b.contains(v, self)) { try result.add(v, self) }
            for v in b.elements where !(try a.contains(v, self)) { try result.add(v, self) }
        default:
            return nil
        }
        return result
    }

    private func binaryTypeError(_ op: BinaryOperator, _ a: Value, _ b: Value, inplace: Bool) -> PyBaseException {
        let (_, _, _, symbol) = binaryMethods(op)
        switch (op, a) {
        case (.add, .str): return PyError.type("can only concatenate str (not \"\(typeName(b))\") to str")
        case (.add, .object(let o)) where o is PyList || o is PyTuple:
            let name = o is PyList ? "list" : "tuple"
            return PyError.type("can only concatenate \(name) (not \"\(typeName(b))\") to \(name)")
        default: break
        }
        if op == .multiply, isSequence(a) || isSequence(b) {
            let other = isSequence(a) ? b : a
            return PyError.type("can't multiply sequence by non-int of type '\(typeName(other))'")
        }
        let shown = op == .power ? (inplace ? "**=" : "** or pow()") : symbol + (inplace ? "=" : "")
        return PyError.type("unsupported operand type(s) for \(shown): '\(typeName(a))' and '\(typeName(b))'")
    }

    private func isSequence(_ v: Value) -> Bool {
        if case .str = v { return true }
        if case .object(let o) = v { return o is PyList || o is PyTuple }
        return false
    }

    private static let binaryOperators: [BinaryOperator] = [
        .add, .subtract, .multiply, .divide, .floorDivide, .modulo, .power,
        .matrixMultiply, .leftShift, .rightShift, .bitOr, .bitXor, .bitAnd,
    ]

    /// Each operator's `__op__` then `__rop__`, interned, in `binaryOperators`'
    /// order: the slot numbers of `operatorMethod`'s cache.
    private static let operatorMethodNames: [PyStr] = binaryOperators.flatMap { op in
        let (m, r, _, _) = VM.binaryMethodNames(op)
        return [PyStr.intern(m), PyStr.intern(r)]
    }

    /// The operator's index in `binaryOperators`.
    private static func binaryOperatorSlot(_ op: BinaryOperator) -> Int {
        switch op {
        case .add: return 0
        case .subtract: return 1
        case .multiply: return 2
        case .divide: return 3
        case .floorDivide: return 4
        case .modulo: return 5
        case .power: return 6
        case .matrixMultiply: return 7
        case .leftShift: return 8
        case .rightShift: return 9
        case .bitOr: return 10
        case .bitXor: return 11
        case .bitAnd: return 12
        }
    }

    /// (`__op__`, `__rop__`, `__iop__`, symbol) for an operator.
    func binaryMethods(_ op: BinaryOperator) -> (String, String, String, String) { VM.binaryMethodNames(op) }

    static func binaryMethodNames(_ op: BinaryOperator) -> (String, String, String, String) {
        let (name, symbol): (String, String)
        switch op {
        case .add: (name, symbol) = ("add", "+")
        case .subtract: (name, symbol) = ("sub", "-")
        case .multiply: (name, symbol) = ("mul", "*")
        case .divide: (name, symbol) = ("truediv", "/")
        case .floorDivide: (name, symbol) = ("floordiv", "//")
        case .modulo: (name, symbol) = ("mod", "%")
        case .power: (name, symbol) = ("pow", "**")
        case .matrixMultiply: (name, symbol) = ("matmul", "@")
        case .leftShift: (name, symbol) = ("lshift", "<<")
        case .rightShift: (name, symbol) = ("rshift", ">>")
        case .bitOr: (name, symbol) = ("or", "|")
        case .bitXor: (name, symbol) = ("xor", "^")
        case .bitAnd: (name, symbol) = ("and", "&")
        }
        return ("__\(name)__", "__r\(name)__", "__i\(name)__", symbol)
    }

    // MARK: Comparison

    func compare(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b { return .bool(Order(x, y).satisfies(op)) }
        // Built-in behaviour applies unless a class written in Python overrides
        // this comparison (a namedtuple still compares like the tuple it is).
        let (method, reflected, _) = compareMethods(op)
        if userMethod(a, method) == nil && userMethod(b, reflected) == nil,
           let order = try nativeOrder(a, b, op) {
            return .bool(order.satisfies(op))
        }
        return try richCompare(op, a, b)
    }

    /// Comparison of built-in values, or nil to fall back to special methods.
    private func nativeOrder(_ a: Value, _ b: Value, _ op: CompareOperator) throws -> Order? {
        if let order = try compareNumbers(a, b) { return order }
        switch (a, b) {
        case let (.str(x), .str(y)): return x == y ? .equal : (x < y ? .less : .greater)
        case (.none, .none) where op == .equal || op == .notEqual: return .equal
        case (.object(let x), .object(let y)):
            return try containerOrder(x, y, op)
        default: return nil
        }
    }

    /// `list.__eq__`, `dict.__ne__`...: the built-in comparison of two containers
    /// even when a subclass overrides it (so the override can call its base).
    func containerComparison(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Value {
        guard case .object(let x) = a, case .object(let y) = b,
              let order = try containerOrder(x, y, op) else { return .notImplemented }
        return .bool(order.satisfies(op))
    }

    private func containerOrder(_ x: PyObject, _ y: PyObject, _ op: CompareOperator) throws -> Order? {
        switch (x, y) {
        case let (l as PyList, r as PyList): return try sequenceOrder(l.items, r.items, op)
        case let (l as PyTuple, r as PyTuple): return try sequenceOrder(l.items, r.items, op)
        case let (l as PyDict, r as PyDict):
            guard op == .equal || op == .notEqual else { return nil }
            return try dictsEqual(l, r) ? .equal : .less
        case let (l as PySet, r as PySet):
            return try setOrder(l, r, op)
        case let (l as PyRange, r as PyRange):
            guard op == .equal || op == .notEqual else { return nil }
            return rangesEqual(l, r) ? .equal : .less
        case let (l as PyBoundMethod, r as PyBoundMethod):
            guard op == .equal || op == .notEqual else { return nil }
            return l.receiver.isIdentical(to: r.receiver) && l.function.isIdentical(to: r.function) ? .equal : .less
        case let (l as PyHandle, r as PyHandle):
            return try l.timerOrder(r, self)
        default:
            return nil
        }
    }

    /// Lexicographic order, comparing the first differing items.
    private func sequenceOrder(_ a: [Value], _ b: [Value], _ op: CompareOperator) throws -> Order? {
        if (op == .equal || op == .notEqual) && a.count != b.count { return .less }
        for (x, y) in zip(a, b) {
            if x.isIdentical(to: y) { continue }
            if try equals(x, y) { continue }
            if op == .equal || op == .notEqual { return .less }
            if try isTrue(try compare(.less, x, y)) { return .less }
            if try isTrue(try compare(.greater, x, y)) { return .greater }
            return .unordered
        }
        return Order(a.count, b.count)
    }

    private func dictsEqual(_ a: PyDict, _ b: PyDict) throws -> Bool {
        guard a.count == b.count else { return false }
        for (k, v) in a.items {
            guard let w = try b.get(k, self) else { return false }
            if try !v.isIdentical(to: w) && !equals(v, w) { return false }
        }
        return true
    }

    /// Sets are ordered by inclusion.
    private func setOrder(_ a: PySet, _ b: PySet, _ op: CompareOperator) throws -> Order? {
        let aInB = try a.elements.allSatisfy { try b.contains($0, self) }
        let bInA = try b.elements.allSatisfy { try a.contains($0, self) }
        switch op {
        case .equal, .notEqual: return aInB && bInA ? .equal : .less
        case .less: return aInB && !bInA ? .less : .unordered
        case .lessEqual: return aInB ? .less : .unordered
        case .greater: return bInA && !aInB ? .greater : .unordered
        case .greaterEqual: return bInA ? .greater : .unordered
        default: return nil
        }
    }

    /// `__eq__`/`__lt__`/... with reflection, then identity for == and !=.
    private func richCompare(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Value {
        let (method, reflected, symbol) = compareMethods(op)
        let ta = typeOf(a), tb = typeOf(b)
        let reflectFirst = ta !== tb && tb.isSubtype(of: ta) && userMethod(b, reflected) != nil
        if reflectFirst, let r = try callUserMethod(b, reflected, [a]), !r.isNotImplemented { return r }
        if let r = try callUserMethod(a, method, [b]), !r.isNotImplemented { return r }
        if !reflectFirst, let r = try callUserMethod(b, reflected, [a]), !r.isNotImplemented { return r }
        switch op {
        case .equal: return .bool(a.isIdentical(to: b))
        case .notEqual:
            if let eq = try callUserMethod(a, "__eq__", [b]), !eq.isNotImplemented { return .bool(!(try isTrue(eq))) }
            return .bool(!a.isIdentical(to: b))
        default:
            throw PyError.type("'\(symbol)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
        }
    }

    private func compareMethods(_ op: CompareOperator) -> (String, String, String) {
        switch op {
        case .equal: return ("__eq__", "__eq__", "==")
        case .notEqual: return ("__ne__", "__ne__", "!=")
        case .less: return ("__lt__", "__gt__", "<")
        case .lessEqual: return ("__le__", "__ge__", "<=")
        case .greater: return ("__gt__", "__lt__", ">")
        case .greaterEqual: return ("__ge__", "__le__", ">=")
        default: return ("", "", "")
        }
    }

    /// `a == b` as a Swift Bool.
    func equals(_ a: Value, _ b: Value) throws -> Bool {
        if a.isIdentical(to: b) {
            if case .float(let d) = a, d.isNaN { return false }
            return true
        }
        switch (a, b) {
        case let (.int(x), .int(y)): return x == y
        case let (.str(x), .str(y)): return x == y
        default: return try isTrue(try compare(.equal, a, b))
        }
    }

    // MARK: Membership

    func contains(_ container: Value, _ item: Value) throws -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = item else {
                throw PyError.type("'in <string>' requires string as left operand, not \(typeName(item))")
            }
            return substringIndex(s.value, sub.value) != nil
        case .object(let o):
            switch o {
            case let l as PyList: return try l.items.contains { try $0.isIdentical(to: item) || equals($0, item) }
            case let t as PyTuple: return try t.items.contains { try $0.isIdentical(to: item) || equals($0, item) }
            case let d as PyDict where !o.type.isHeapType || userMethod(container, "__contains__") == nil:
                return try d.get(item, self) != nil
            case let s as PySet: return try s.contains(item, self)
            case let v as PyDictView: return try viewContains(v, item)
            case let r as PyRange:
                if let n = integer(item) { return rangeContains(r, n) }
            default: break
            }
            if let r = try callUserMethod(container, "__contains__", [item]) { return try isTrue(r) }
        default: break
        }
        guard isIterable(container) else {
            throw PyError.type("argument of type '\(typeName(container))' is not iterable")
        }
        let iterator = try getIterator(container)
        while let v = try nextItem(iterator) {
            if try v.isIdentical(to: item) || equals(v, item) { return true }
        }
        return false
    }

    /// The code-point offset of `needle` in `haystack` (exact, not canonical, matching).
    func substringIndex(_ haystack: String, _ needle: String, from start: Int = 0) -> Int? {
        let h = Array(haystack.unicodeScalars), n = Array(needle.unicodeScalars)
        if n.isEmpty { return start <= h.count ? start : nil }
        guard h.count >= n.count, start <= h.count - n.count else { return nil }
        for i in start...(h.count - n.count) where h[i] == n[0] {
            if h[i..<(i + n.count)].elementsEqual(n) { return i }
        }
        return nil
    }
}
