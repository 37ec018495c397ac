/// The builtins that belong to text: `ord`, `chr`, `format`, `ascii`.
extension Builtins {
    static func installTextBuiltins() {
        define("ord") { vm, args in
            try args.expect("ord", min: 1, max: 1)
            guard case .str(let s) = args[0] else {
                throw PyError.type("ord() expected string of length 1, but \(vm.typeName(args[0])) found")
            }
            guard s.count == 1 else {
                throw PyError.type("ord() expected a character, but string of length \(s.count) found")
            }
            return .int(Int(s.scalars[0].value))
        }
        define("chr") { vm, args in
            try args.expect("chr", min: 1, max: 1)
            guard let i = vm.integer(args[0]) else {
                throw PyError.notAnInteger(vm.typeName(args[0]))
            }
            switch i {
            case .big: throw PyError.overflow("Python int too large to convert to C int")
            case .small(let n):
                guard (0..<0x110000).contains(n) else { throw PyError.value("chr() arg not in range(0x110000)") }
                return .string(character(n))
            }
        }
        define("format") { vm, args in
            try args.expect("format", min: 1, max: 2)
            guard args.count == 2 else { return .string(try vm.format(args[0], "")) }
            guard case .str(let spec) = args[1] else {
                throw PyError.type("format() argument 2 must be str, not \(vm.typeName(args[1]))")
            }
            return .string(try vm.format(args[0], spec.value))
        }
        define("ascii") { vm, args in
            try args.expect("ascii", min: 1, max: 1)
            return .string(vm.asciiRepr(try vm.repr(args[0])))
        }
    }

    /// Code point `n` as text. Swift strings cannot hold lone surrogates
    /// (`chr(0xD800)`); the engine substitutes U+FFFD.
    static func character(_ n: Int) -> String {
        Unicode.Scalar(UInt32(n)).map(String.init) ?? "\u{FFFD}"
    }
}
