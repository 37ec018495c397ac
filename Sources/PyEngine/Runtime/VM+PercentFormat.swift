import PyNumerics

/// `format % values`, printf style: the VM parses the format and handles
/// `%s %r %a %%`; PyNumerics formats the numbers.
extension VM {
    func percentFormat(_ format: String, _ values: Value) throws -> String {
        var parser = PercentParser(scalars: Array(format.unicodeScalars))
        let mapping = (values.asObject as? PyDict).flatMap { _ in values }
        let args: [Value]
        if case .object(let o) = values, let t = o as? PyTuple { args = t.items } else { args = [values] }
        var next = 0
        func nextArg() throws -> Value {
            guard next < args.count else { throw PyError.type("not enough arguments for format string") }
            defer { next += 1 }
            return args[next]
        }
        var out = ""
        while let piece = try parser.next() {
            switch piece {
            case .literal(let text):
                out += text
            case .conversion(var spec, let key, let starWidth, let starPrecision):
                if starWidth { spec.width = try starValue(try nextArg(), &spec) }
                if starPrecision { spec.precision = max(0, try indexValue(try nextArg()) ?? 0) }
                let arg: Value
                if let key {
                    guard let mapping else { throw PyError.type("format requires a mapping") }
                    arg = try getItem(mapping, .string(key))
                } else if spec.type == "%" {
                    out += "%"
                    continue
                } else {
                    arg = try nextArg()
                }
                out += try convert(arg, spec)
            }
        }
        if mapping == nil && next < args.count && !(args.count == 1 && isMappingLike(values)) {
            throw PyError.type("not all arguments converted during string formatting")
        }
        return out
    }

    private func isMappingLike(_ v: Value) -> Bool { v.asObject is PyDict }

    private func starValue(_ v: Value, _ spec: inout PercentSpec) throws -> Int {
        guard let n = try indexValue(v) else { throw PyError.type("* wants int") }
        if n < 0 { spec.leftAlign = true }
        return abs(n)
    }

    private func convert(_ arg: Value, _ spec: PercentSpec) throws -> String {
        switch spec.type {
        case "s", "r", "a":
            var text = spec.type == "s" ? try str(arg) : try repr(arg)
            if spec.type == "a" { text = asciiRepr(text) }
            if let p = spec.precision { text = String(text.unicodeScalars.prefix(p).map(Character.init)) }
            return pad(text, spec)
        case "c":
            if case .str(let s) = arg {
                guard s.count == 1 else { throw PyError.type("%c requires int or char") }
                return pad(s.value, spec)
            }
            return try numeric { () throws(NumericError) in try PercentFormat.format(.int(BigInt(try self.percentInt(arg, spec))), spec) }
        default:
            let value: PercentValue
            if let n = integer(arg) {
                value = .int(n.bigValue)
            } else if case .float(let d) = arg {
                value = .float(d)
            } else {
                if "oxX".contains(spec.type) {
                    throw PyError.type("%\(spec.type) format: an integer is required, not \(typeName(arg))")
                }
                throw PyError.type("%\(spec.type) format: a real number is required, not \(typeName(arg))")
            }
            return try numeric { () throws(NumericError) in try PercentFormat.format(value, spec) }
        }
    }

    private func percentInt(_ arg: Value, _ spec: PercentSpec) throws(NumericError) -> Int {
        if case .int(let i) = arg { return i }
        throw NumericError.typeError("%c requires int or char")
    }

    private func pad(_ text: String, _ spec: PercentSpec) -> String {
        let length = text.unicodeScalars.count
        guard spec.width > length else { return text }
        let fill = String(repeating: " ", count: spec.width - length)
        return spec.leftAlign ? text + fill : fill + text
    }
}

/// Splits a %-format string into literal text and conversion specs.
private struct PercentParser {
    enum Piece {
        case literal(String)
        case conversion(PercentSpec, key: String?, starWidth: Bool, starPrecision: Bool)
    }

    let scalars: [Unicode.Scalar]
    var i = 0

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func next() throws -> Piece? {
        guard i < scalars.count else { return nil }
        if scalars[i] != "%" {
            var text = ""
            while i < scalars.count && scalars[i] != "%" {
                text.unicodeScalars.append(scalars[i])
                i += 1
            }
            return .literal(text)
        }
        i += 1
        var key: String?
        if peek == "(" {
            i += 1
            var depth = 1, name = ""
            while i < scalars.count {
                if scalars[i] == "(" { depth += 1 }
                if scalars[i] == ")" { depth -= 1; if depth == 0 { break } }
                name.unicodeScalars.append(scalars[i])
                i += 1
            }
            guard i < scalars.count else { throw PyError.value("incomplete format key") }
            i += 1
            key = name
        }
        var spec = PercentSpec(type: "s")
        flags: while let c = peek {
            switch c {
            case "-": spec.leftAlign = true
            case "+": spec.plusSign = true
            case " ": spec.spaceSign = true
            case "#": spec.alternate = true
            case "0": spec.zeroPad = true
            default: break flags
            }
            i += 1
        }
        var starWidth = false, starPrecision = false
        if peek == "*" { starWidth = true; i += 1 } else { spec.width = digits() ?? 0 }
        if peek == "." {
            i += 1
            if peek == "*" { starPrecision = true; i += 1 } else { spec.precision = digits() ?? 0 }
        }
        while let c = peek, "hlL".unicodeScalars.contains(c) { i += 1 }
        guard let type = peek else { throw PyError.value("incomplete format") }
        i += 1
        guard "diouxXeEfFgGcrsa%".unicodeScalars.contains(type) else {
            throw PyError.value("unsupported format character '\(Character(type))' (0x\(String(type.value, radix: 16))) at index \(i - 1)")
        }
        spec.type = Character(type)
        return .conversion(spec, key: key, starWidth: starWidth, starPrecision: starPrecision)
    }

    private var peek: Unicode.Scalar? { i < scalars.count ? scalars[i] : nil }

    private mutating func digits() -> Int? {
        var n: Int?
        while let c = peek, let d = Int(String(c)), c.isASCII {
            n = (n ?? 0) * 10 + d
            i += 1
        }
        return n
    }
}
