/// Splitting and joining: `split`, `rsplit`, `splitlines`, `join`, and `strip`.
extension Builtins {
    static func installStrSplit() {
        strMethod("split") { vm, s, args in try split(vm, "split", s, args, reverse: false) }
        strMethod("rsplit") { vm, s, args in try split(vm, "rsplit", s, args, reverse: true) }
        strMethod("splitlines") { vm, s, args in
            let values = try keywordArguments("splitlines", args, ["keepends"])
            let keep = try values[0].map { try vm.isTrue($0) } ?? false
            return .object(PyList(TextSplit.lines(s.scalars, keepEnds: keep).map { .string($0) }))
        }
        strMethod("join", join)
        for (name, leading, trailing) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            strMethod(name) { vm, s, args in
                try expectArguments(args, name, min: 0, max: 1)
                var strip: (Unicode.Scalar) -> Bool = TextCase.isSpace
                if args.count == 1, !args[0].isNone {
                    guard case .str(let chars) = args[0] else { throw PyError.type("\(name) arg must be None or str") }
                    let set = Set(chars.scalars)
                    strip = { set.contains($0) }
                }
                return .string(TextSplit.strip(s.scalars, leading: leading, trailing: trailing, strip))
            }
        }
    }

    /// Positional-or-keyword arguments by name, CPython-style errors; nil where omitted.
    static func keywordArguments(_ name: String, _ args: CallArgs, _ names: [String]) throws -> [Value?] {
        let given = args.count + args.keywords.count
        if given > names.count {
            throw PyError.type("\(name)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(given) given)")
        }
        var values: [Value?] = args.positional.map { $0 } + Array(repeating: nil, count: names.count - args.count)
        for (key, value) in args.keywords {
            guard let i = names.firstIndex(of: key) else {
                throw PyError.type("'\(key)' is an invalid keyword argument for \(name)()")
            }
            if values[i] != nil {
                throw PyError.type("argument for \(name)() given by name ('\(key)') and position (\(i + 1))")
            }
            values[i] = value
        }
        return values
    }

    private static func split(_ vm: VM, _ name: String, _ s: PyStr, _ args: CallArgs, reverse: Bool) throws -> Value {
        let values = try keywordArguments(name, args, ["sep", "maxsplit"])
        var limit = try values[1].map { try vm.intArgument($0) } ?? -1
        if limit < 0 { limit = Int.max }
        let parts: [String]
        if let sep = values[0], !sep.isNone {
            guard case .str(let sepText) = sep else { throw PyError.type("must be str or None, not \(vm.typeName(sep))") }
            if sepText.value.isEmpty { throw PyError.value("empty separator") }
            if !reverse && limit == Int.max {
                parts = TextSplit.splitUTF8(s.value, by: sepText.value)
            } else {
                parts = TextSplit.split(s.scalars, by: sepText.scalars, limit: limit, reverse: reverse)
            }
        } else if !reverse && limit == Int.max, let ascii = TextSplit.splitASCIIWhitespace(s) {
            parts = ascii
        } else {
            parts = TextSplit.splitWhitespace(s.scalars, limit: limit, reverse: reverse)
        }
        return .object(PyList(parts.map { .string($0) }))
    }

    /// `sep.join(iterable)`: every item must be a str.
    private static func join(_ vm: VM, _ s: PyStr, _ args: CallArgs) throws -> Value {
        try expectArguments(args, "join", min: 1, max: 1)
        var parts: [PyStr] = []
        func add(_ item: Value) throws {
            guard case .str(let text) = item else {
                throw PyError.type("sequence item \(parts.count): expected str instance, \(vm.typeName(item)) found")
            }
            parts.append(text)
        }
        // An exact list or tuple is read in place, as CPython's PySequence_Fast does.
        if case .object(let o) = args[0], o.type === BuiltinTypes.list || o.type === BuiltinTypes.tuple,
           let items = (o as? PyList)?.items ?? (o as? PyTuple)?.items {
            parts.reserveCapacity(items.count)
            for item in items { try add(item) }
        } else {
            let iterator: Value
            do {
                iterator = try vm.getIterator(args[0])
            } catch let e as PyBaseException where e.type === ExceptionTypes.typeError {
                throw PyError.type("can only join an iterable")
            }
            while let item = try vm.nextItem(iterator) { try add(item) }
        }
        return .string(TextSplit.joined(parts, separator: s))
    }
}

/// Splitting code points, after CPython's `stringlib/split.h`.
enum TextSplit {
    /// `separator.join(parts)`: the UTF-8 bytes copied once into a string of
    /// the final size (appending string by string grows it many times).
    static func joined(_ parts: [PyStr], separator: PyStr) -> String {
        guard parts.count > 1 else { return parts.first?.value ?? "" }
        var size = separator.value.utf8.count * (parts.count - 1)
        for part in parts { size += part.value.utf8.count }
        return String(unsafeUninitializedCapacity: size) { buffer in
            var end = 0
            func append(_ bytes: UnsafeBufferPointer<UInt8>) {
                guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
                (target + end).initialize(from: source, count: bytes.count)
                end += bytes.count
            }
            for (i, part) in parts.enumerated() {
                if i > 0 { separator.withUTF8(append) }
                part.withUTF8(append)
            }
            return end
        }
    }

    /// `text.split(sep)` on UTF-8 bytes, without building code-point arrays (a
    /// match of whole encodings is a match of code points).
    static func splitUTF8(_ text: String, by sep: String) -> [String] {
        var text = text, sep = sep
        return text.withUTF8 { h in
            sep.withUTF8 { n in
                var parts: [String] = []
                var start = 0, i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == n[0] && UnsafeBufferPointer(rebasing: h[i..<(i + n.count)]).sameBytes(n) {
                        parts.append(String(decoding: UnsafeBufferPointer(rebasing: h[start..<i]), as: UTF8.self))
                        i += n.count
                        start = i
                    } else {
                        i += 1
                    }
                }
                parts.append(String(decoding: UnsafeBufferPointer(rebasing: h[start...]), as: UTF8.self))
                return parts
            }
        }
    }

    /// `text.split()` for pure-ASCII text, byte by byte; nil for other text.
    static func splitASCIIWhitespace(_ text: PyStr) -> [String]? {
        guard text.isASCII else { return nil }
        let space = asciiSpace
        return text.withUTF8 { h in
            var parts: [String] = []
            var i = 0
            while true {
                while i < h.count && space[Int(h[i])] { i += 1 }
                if i == h.count { break }
                var j = i
                while j < h.count && !space[Int(h[j])] { j += 1 }
                parts.append(String(decoding: UnsafeBufferPointer(rebasing: h[i..<j]), as: UTF8.self))
                i = j
            }
            return parts
        }
    }

    /// `TextCase.isSpace` for each ASCII code.
    private static let asciiSpace: [Bool] = (0..<128).map { TextCase.isSpace(Unicode.Scalar(UInt8($0))) }

    static func splitWhitespace(_ h: [Unicode.Scalar], limit: Int, reverse: Bool) -> [String] {
        let text = reverse ? Array(h.reversed()) : h
        var parts: [[Unicode.Scalar]] = [], i = 0, remaining = limit
        while remaining > 0 {
            while i < text.count && TextCase.isSpace(text[i]) { i += 1 }
            if i == text.count { break }
            let j = i
            while i < text.count && !TextCase.isSpace(text[i]) { i += 1 }
            parts.append(Array(text[j..<i]))
            remaining -= 1
        }
        while i < text.count && TextCase.isSpace(text[i]) { i += 1 }
        if i < text.count { parts.append(Array(text[i...])) }
        if reverse { return parts.reversed().map { PyStr.text($0.reversed()) } }
        return parts.map { PyStr.text($0) }
    }

    static func split(_ h: [Unicode.Scalar], by sep: [Unicode.Scalar], limit: Int, reverse: Bool) -> [String] {
        var parts: [String] = [], remaining = limit
        if reverse {
            var end = h.count
            while remaining > 0, let at = TextSearch.find(h, sep, in: 0..<end, reverse: true) {
                parts.append(PyStr.text(h[(at + sep.count)..<end]))
                end = at
                remaining -= 1
            }
            parts.append(PyStr.text(h[..<end]))
            return parts.reversed()
        }
        var start = 0
        while remaining > 0, let at = TextSearch.find(h, sep, in: start..<h.count, reverse: false) {
            parts.append(PyStr.text(h[start..<at]))
            start = at + sep.count
            remaining -= 1
        }
        parts.append(PyStr.text(h[start...]))
        return parts
    }

    /// Line boundaries: \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, U+2028, U+2029.
    static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func lines(_ h: [Unicode.Scalar], keepEnds: Bool) -> [String] {
        var lines: [String] = [], i = 0
        while i < h.count {
            let start = i
            while i < h.count && !isLineBreak(h[i]) { i += 1 }
            var end = i
            if i < h.count {
                i += (h[i] == "\r" && i + 1 < h.count && h[i + 1] == "\n") ? 2 : 1
                if keepEnds { end = i }
            }
            lines.append(PyStr.text(h[start..<end]))
        }
        return lines
    }

    static func strip(_ h: [Unicode.Scalar], leading: Bool, trailing: Bool, _ strip: (Unicode.Scalar) -> Bool) -> String {
        var start = 0, end = h.count
        if leading { while start < end && strip(h[start]) { start += 1 } }
        if trailing { while end > start && strip(h[end - 1]) { end -= 1 } }
        return PyStr.text(h[start..<end])
    }
}
