/// `str.maketrans` and `str.translate`.
extension Builtins {
    static func installStrTranslate() {
        let maketrans = PyBuiltinFunction("maketrans", owner: BuiltinTypes.str) { vm, args in try makeTranslation(vm, args) }
        BuiltinTypes.str.dict.set("maketrans", .object(PyMethodWrapper(function: .object(maketrans), isClassMethod: false)))
        strMethod("translate") { vm, s, args in
            try expectArguments(args, "translate", min: 1, max: 1)
            var out = ""
            for c in s.scalars {
                out += try translated(vm, c, args[0])
            }
            return .string(out)
        }
    }

    /// `str.maketrans(mapping)` or `str.maketrans(from, to[, delete])`: a dict of code points.
    private static func makeTranslation(_ vm: VM, _ args: CallArgs) throws -> Value {
        try args.expect("maketrans", min: 1, max: 3)
        let table = PyDict()
        if args.count == 1 {
            guard case .object(let o) = args[0], let mapping = o as? PyDict else {
                throw PyError.type("if you give only one argument to maketrans it must be a dict")
            }
            for (key, value) in mapping.items {
                switch key {
                case .int: try table.set(key, value, vm)
                case .str(let k) where k.count == 1: try table.set(.int(Int(k.scalars[0].value)), value, vm)
                case .str: throw PyError.value("string keys in translate table must be of length 1")
                default: throw PyError.type("keys in translate table must be strings or integers")
                }
            }
            return .object(table)
        }
        guard case .str(let from) = args[0] else {
            throw PyError.type("maketrans() argument 1 must be str, not \(vm.typeName(args[0]))")
        }
        guard case .str(let to) = args[1] else {
            throw PyError.type("maketrans() argument 2 must be str, not \(vm.typeName(args[1]))")
        }
        guard from.count == to.count else {
            throw PyError.value("the first two maketrans arguments must have equal length")
        }
        for (a, b) in zip(from.scalars, to.scalars) { try table.set(.int(Int(a.value)), .int(Int(b.value)), vm) }
        if args.count == 3 {
            let deleted = try vm.strArgument(args[2])
            for c in deleted.scalars { try table.set(.int(Int(c.value)), .none, vm) }
        }
        return .object(table)
    }

    /// One character through a translation table; characters it lacks stay.
    private static func translated(_ vm: VM, _ c: Unicode.Scalar, _ table: Value) throws -> String {
        let mapped: Value
        do {
            mapped = try vm.getItem(table, .int(Int(c.value)))
        } catch let e as PyBaseException where e.isInstance(of: ExceptionTypes.lookupError) {
            return String(c)
        }
        switch mapped {
        case .none: return ""
        case .str(let s): return s.value
        case .int(let i):
            guard (0..<0x110000).contains(i) else { throw PyError.value("character mapping must be in range(0x110000)") }
            return character(i)
        default: throw PyError.type("character mapping must return integer, None or str")
        }
    }
}
