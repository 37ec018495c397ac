import PyNumerics
import PySyntax

/// int, float and bool: constructors, methods, and the special methods that
/// explicit calls such as `(3).__add__(4)` reach.
extension Builtins {
    static func installNumbers() {
        installInt()
        installFloat()
        installBool()
        for type in [BuiltinTypes.int, BuiltinTypes.float] {
            installArithmeticSlots(type)
            installComparisonSlots(type)
            installUnarySlots(type)
        }
        installNumericBuiltins()
    }

    private static func installBool() {
        let bool = BuiltinTypes.bool
        bool.isFinal = true
        bool.constructor = { vm, _, args in
            try args.expect("bool", min: 0, max: 1)
            return .bool(args.count == 1 ? try vm.isTrue(args[0]) : false)
        }
    }

    /// The stem of each operator's special methods (`__add__`, `__radd__`).
    private static let slotNames: [BinaryOperator: String] = [
        .add: "add", .subtract: "sub", .multiply: "mul", .divide: "truediv", .floorDivide: "floordiv",
        .modulo: "mod", .power: "pow", .leftShift: "lshift", .rightShift: "rshift",
        .bitAnd: "and", .bitOr: "or", .bitXor: "xor",
    ]

    /// The binary operators each type implements itself, with their reflections.
    private static func operators(_ type: PyType) -> [BinaryOperator] {
        let common: [BinaryOperator] = [.add, .subtract, .multiply, .divide, .floorDivide, .modulo, .power]
        if type === BuiltinTypes.float { return common }
        return common + [.leftShift, .rightShift, .bitAnd, .bitOr, .bitXor]
    }

    /// `__add__`/`__radd__` and friends: NotImplemented for operands the type
    /// does not handle (an int does not add a float; the float's `__radd__` does).
    private static func installArithmeticSlots(_ type: PyType) {
        for op in operators(type) {
            let name = slotNames[op]!
            let (method, reflected) = ("__\(name)__", "__r\(name)__")
            type.addMethod(method) { vm, args in
                let (a, b) = try slotOperands(vm, type, method, args)
                guard accepts(vm, type, b) else { return .notImplemented }
                return try vm.binaryOperation(op, a, b)
            }
            type.addMethod(reflected) { vm, args in
                let (a, b) = try slotOperands(vm, type, reflected, args)
                guard accepts(vm, type, b) else { return .notImplemented }
                return try vm.binaryOperation(op, b, a)
            }
        }
    }

    private static func installComparisonSlots(_ type: PyType) {
        let comparisons: [(String, CompareOperator)] = [
            ("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less),
            ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual),
        ]
        for (method, op) in comparisons {
            type.addMethod(method) { vm, args in
                let (a, b) = try slotOperands(vm, type, method, args)
                guard accepts(vm, type, b) else { return .notImplemented }
                return try vm.compare(op, a, b)
            }
        }
    }

    private static func installUnarySlots(_ type: PyType) {
        var unary: [(String, (VM, Value) throws -> Value)] = [
            ("__neg__", { vm, v in try vm.unaryOperation(.negate, v) }),
            ("__pos__", { vm, v in try vm.unaryOperation(.plus, v) }),
            ("__abs__", { vm, v in try vm.absoluteValue(v) }),
            ("__bool__", { vm, v in .bool(try vm.isTrue(v)) }),
            ("__hash__", { vm, v in .int(try vm.hash(v)) }),
            ("__int__", { vm, v in try vm.toInt(v) }),
            ("__float__", { vm, v in .float(try vm.toFloat(v)) }),
            ("__trunc__", { vm, v in try vm.toInt(v) }),
            ("__repr__", { vm, v in .string(try vm.repr(v)) }),
        ]
        if type === BuiltinTypes.int {
            unary.append(("__invert__", { vm, v in try vm.unaryOperation(.invert, v) }))
            unary.append(("__index__", { vm, v in try vm.toInt(v) }))
        }
        for (method, body) in unary {
            type.addMethod(method) { vm, args in
                try args.expect(method, min: 1, max: 1)
                return try body(vm, try receiver(vm, type, method, args[0]))
            }
        }
        type.addMethod("__round__") { vm, args in
            try args.expect("__round__", min: 1, max: 2)
            let number = try receiver(vm, type, "__round__", args[0])
            return try vm.round(number, args.count == 2 ? args[1] : .none)
        }
        type.addMethod("__format__") { vm, args in
            try args.expect("__format__", min: 2, max: 2)
            guard case .str(let spec) = args[1] else {
                throw PyError.type("__format__() argument must be str, not \(vm.typeName(args[1]))")
            }
            return .string(try vm.format(try receiver(vm, type, "__format__", args[0]), spec.value))
        }
    }

    /// Checks that a slot called through the class got an instance of it.
    static func receiver(_ vm: VM, _ type: PyType, _ method: String, _ v: Value) throws -> Value {
        guard vm.typeOf(v).isSubtype(of: type) else {
            // Special methods are slot wrappers in CPython, the others method descriptors.
            if method.hasPrefix("__") {
                throw PyError.descriptorRequires(method, owner: type.name, got: vm.typeName(v))
            }
            throw PyError.descriptorMismatch(method, owner: type.name, got: vm.typeName(v))
        }
        return v
    }

    private static func slotOperands(_ vm: VM, _ type: PyType, _ method: String,
                                     _ args: CallArgs) throws -> (Value, Value) {
        try args.expect(method, min: 2, max: 2)
        return (try receiver(vm, type, method, args[0]), args[1])
    }

    /// Whether a slot of `type` handles `other`: ints take ints, floats take both.
    private static func accepts(_ vm: VM, _ type: PyType, _ other: Value) -> Bool {
        if vm.integer(other) != nil { return true }
        if case .float = other { return type === BuiltinTypes.float }
        return false
    }
}

