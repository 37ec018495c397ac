/// `str.format` and `str.format_map`: the replacement-field grammar of
/// CPython's `Objects/stringlib/unicode_format.h`.
extension Builtins {
    static func installStrFormat() {
        strMethod("format") { vm, s, args in
            var call = FormatCall(vm: vm, positional: args.positional) { key in
                guard let v = args.keyword(key) else { throw PyError.key(.string(key)) }
                return v
            }
            return .string(try call.render(s.scalars, depth: 2))
        }
        strMethod("format_map") { vm, s, args in
            try expectArguments(args, "format_map", min: 1, max: 1)
            let mapping = args[0]
            var call = FormatCall(vm: vm, positional: nil) { key in try vm.getItem(mapping, .string(key)) }
            return .string(try call.render(s.scalars, depth: 2))
        }
    }
}

/// One `format` call: its arguments and the automatic-numbering state shared
/// by all fields, including those nested in format specs.
struct FormatCall {
    let vm: VM
    /// nil for `format_map`, which takes no positional arguments.
    let positional: [Value]?
    let keyword: (String) throws -> Value
    private var numbering = Numbering.unknown
    private var nextIndex = 0

    private enum Numbering { case unknown, automatic, manual }

    init(vm: VM, positional: [Value]?, keyword: @escaping (String) throws -> Value) {
        self.vm = vm
        self.positional = positional
        self.keyword = keyword
    }

    /// The format string with every replacement field substituted.
    mutating func render(_ s: [Unicode.Scalar], depth: Int) throws -> String {
        if depth <= 0 { throw PyError.value("Max string recursion exceeded") }
        var out = "", i = 0
        while i < s.count {
            let (literal, fieldFollows) = try FormatCall.literal(s, &i)
            out += literal
            if fieldFollows { out += try replace(try FormatField(s, &i), depth: depth) }
        }
        return out
    }

    /// Literal text up to the next field, with `{{`/`}}` unescaped; true when a
    /// field starts at `i`.
    private static func literal(_ s: [Unicode.Scalar], _ i: inout Int) throws -> (String, Bool) {
        let start = i
        var brace: Unicode.Scalar?
        while i < s.count {
            let c = s[i]
            i += 1
            if c == "{" || c == "}" { brace = c; break }
        }
        guard let brace else { return (PyStr.text(s[start..<i]), false) }
        let atEnd = i >= s.count
        if brace == "}" && (atEnd || s[i] != "}") { throw PyError.value("Single '}' encountered in format string") }
        if atEnd { throw PyError.value("Single '{' encountered in format string") }
        let text = PyStr.text(s[start..<(i - 1)])
        if s[i] == brace {
            i += 1
            return (text + String(brace), false)
        }
        return (text, true)
    }

    /// One field, formatted. The argument is fetched before nested fields in
    /// the spec are expanded, which matters for automatic numbering.
    private mutating func replace(_ field: FormatField, depth: Int) throws -> String {
        let value = try convert(try object(for: field.name), field.conversion)
        var spec = PyStr.text(field.spec)
        if field.specHasFields { spec = try render(Array(field.spec), depth: depth - 1) }
        return try vm.format(value, spec)
    }

    private func convert(_ v: Value, _ conversion: Unicode.Scalar?) throws -> Value {
        switch conversion {
        case nil: return v
        case "r": return .string(try vm.repr(v))
        case "s": return .string(try vm.str(v))
        case "a": return .string(vm.asciiRepr(try vm.repr(v)))
        case let c?:
            let shown = c.isASCII ? String(c) : "\\x" + String(c.value, radix: 16)
            throw PyError.value("Unknown conversion specifier \(shown)")
        }
    }

    /// The argument a field name selects, then its `.attribute` and `[key]` parts.
    private mutating func object(for name: ArraySlice<Unicode.Scalar>) throws -> Value {
        let firstEnd = name.firstIndex { $0 == "." || $0 == "[" } ?? name.endIndex
        var value = try argument(name[name.startIndex..<firstEnd])
        var i = firstEnd
        while i < name.endIndex {
            let opener = name[i]
            i += 1
            if opener == "." {
                let end = name[i...].firstIndex { $0 == "." || $0 == "[" } ?? name.endIndex
                if end == i { throw PyError.value("Empty attribute in format string") }
                value = try vm.getAttribute(value, PyStr.intern(PyStr.text(name[i..<end])))
                i = end
            } else {
                guard let close = name[i...].firstIndex(of: "]") else { throw PyError.value("Missing ']' in format string") }
                if close == i { throw PyError.value("Empty attribute in format string") }
                let key = name[i..<close]
                value = try vm.getItem(value, FormatCall.index(key).map { .int($0) } ?? .string(PyStr.text(key)))
                i = close + 1
                if i < name.endIndex && name[i] != "." && name[i] != "[" {
                    throw PyError.value("Only '.' or '[' may follow ']' in format field specifier")
                }
            }
        }
        return value
    }

    /// The positional or keyword argument named by the first part of a field.
    private mutating func argument(_ first: ArraySlice<Unicode.Scalar>) throws -> Value {
        let index: Int
        if first.isEmpty {
            if numbering == .manual {
                throw PyError.value("cannot switch from manual field specification to automatic field numbering")
            }
            numbering = .automatic
            index = nextIndex
            nextIndex += 1
        } else if let given = FormatCall.index(first) {
            if numbering == .automatic {
                throw PyError.value("cannot switch from automatic field numbering to manual field specification")
            }
            numbering = .manual
            index = given
        } else {
            return try keyword(PyStr.text(first))
        }
        guard let positional else { throw PyError.value("Format string contains positional fields") }
        guard index < positional.count else {
            throw PyError.index("Replacement index \(index) out of range for positional args tuple")
        }
        return positional[index]
    }

    /// A field part made only of digits, as an int.
    private static func index(_ part: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !part.isEmpty, part.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(PyStr.text(part))
    }
}

/// A replacement field's parts: `name[!conversion][:spec]`.
struct FormatField {
    var name: ArraySlice<Unicode.Scalar>
    var conversion: Unicode.Scalar?
    var spec: ArraySlice<Unicode.Scalar> = []
    var specHasFields = false

    /// Parses the field starting at `i` (after its `{`), leaving `i` after its `}`.
    init(_ s: [Unicode.Scalar], _ i: inout Int) throws {
        let start = i
        var terminator: Unicode.Scalar = "{"
        scan: while i < s.count {
            let c = s[i]
            i += 1
            switch c {
            case "{": throw PyError.value("unexpected '{' in field name")
            case "[": while i < s.count && s[i] != "]" { i += 1 }
            case "}", ":", "!":
                terminator = c
                break scan
            default: break
            }
        }
        guard terminator != "{" else { throw PyError.value("expected '}' before end of string") }
        name = s[start..<(i - 1)]
        if terminator == "}" { return }
        if terminator == "!" {
            guard i < s.count else { throw PyError.value("end of string while looking for conversion specifier") }
            conversion = s[i]
            i += 1
            if i < s.count {
                let c = s[i]
                i += 1
                if c == "}" { return }
                if c != ":" { throw PyError.value("expected ':' after conversion specifier") }
            }
        }
        try readSpec(s, &i)
    }

    /// The spec runs to the `}` that balances the field's `{`.
    private mutating func readSpec(_ s: [Unicode.Scalar], _ i: inout Int) throws {
        let start = i
        var depth = 1
        while i < s.count {
            let c = s[i]
            i += 1
            if c == "{" {
                specHasFields = true
                depth += 1
            } else if c == "}" {
                depth -= 1
                if depth == 0 {
                    spec = s[start..<(i - 1)]
                    return
                }
            }
        }
        throw PyError.value("unmatched '{' in format spec")
    }
}
