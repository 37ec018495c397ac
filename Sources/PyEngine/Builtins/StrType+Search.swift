/// Searching: `find`, `index`, `count`, `startswith`, `partition`, `replace`, ...
extension Builtins {
    static func installStrSearch() {
        for (name, reverse) in [("find", false), ("rfind", true), ("index", false), ("rindex", true)] {
            let raises = name.hasSuffix("index")
            strMethod(name) { vm, s, args in
                let (sub, range) = try searchArguments(vm, name, s, args)
                if let at = TextSearch.find(s.scalars, sub.scalars, in: range, reverse: reverse) { return .int(at) }
                if raises { throw PyError.value("substring not found") }
                return .int(-1)
            }
        }
        strMethod("count") { vm, s, args in
            let (sub, range) = try searchArguments(vm, "count", s, args)
            return .int(TextSearch.count(s.scalars, sub.scalars, in: range))
        }
        affix("startswith", atStart: true) { text, affix in text.starts(with: affix) }
        affix("endswith", atStart: false) { text, affix in text.reversed().starts(with: affix.reversed()) }
        strMethod("partition") { vm, s, args in try partition(vm, "partition", s, args, reverse: false) }
        strMethod("rpartition") { vm, s, args in try partition(vm, "rpartition", s, args, reverse: true) }
        strMethod("replace", replace)
        strMethod("removeprefix") { vm, s, args in
            try expectArguments(args, "removeprefix", min: 1, max: 1)
            let prefix = try argument(vm, "removeprefix", args[0], nil)
            guard s.scalars.starts(with: prefix.scalars) else { return .str(s) }
            return .string(PyStr.text(s.scalars.dropFirst(prefix.count)))
        }
        strMethod("removesuffix") { vm, s, args in
            try expectArguments(args, "removesuffix", min: 1, max: 1)
            let suffix = try argument(vm, "removesuffix", args[0], nil)
            guard !suffix.value.isEmpty, s.scalars.reversed().starts(with: suffix.scalars.reversed()) else { return .str(s) }
            return .string(PyStr.text(s.scalars.dropLast(suffix.count)))
        }
    }

    /// `sub[, start[, end]]` of the find family.
    private static func searchArguments(_ vm: VM, _ name: String, _ s: PyStr, _ args: CallArgs) throws -> (PyStr, Range<Int>) {
        try expectSearchArguments(args, name)
        let sub = try vm.strArgument(args[0])
        return (sub, try sliceRange(vm, args, from: 1, count: s.count))
    }

    /// The find family's argument checks (CPython parses these without the clinic).
    private static func expectSearchArguments(_ args: CallArgs, _ name: String) throws {
        if !args.keywords.isEmpty { throw PyError.type("str.\(name)() takes no keyword arguments") }
        if args.count < 1 { throw PyError.type("\(name)() takes at least 1 argument (0 given)") }
        if args.count > 3 { throw PyError.type("\(name)() takes at most 3 arguments (\(args.count) given)") }
    }

    /// The `start`/`end` arguments at `from` and `from + 1`, clamped like slice bounds.
    /// A window that can hold nothing is returned past the end of the text.
    static func sliceRange(_ vm: VM, _ args: CallArgs, from: Int, count: Int) throws -> Range<Int> {
        func bound(_ i: Int, _ defaultValue: Int) throws -> Int {
            guard i < args.count, !args[i].isNone else { return defaultValue }
            guard let v = try vm.indexValue(args[i]) else {
                throw PyError.type("slice indices must be integers or None or have an __index__ method")
            }
            if v < 0 { return max(v + count, 0) }
            return min(v, count)
        }
        let start = try bound(from, 0), end = try bound(from + 1, count)
        // A start past the end (or past the text) finds nothing, not even "".
        let rawStart = try from < args.count ? vm.indexValue(args[from]) ?? 0 : 0
        if end < start || rawStart > count { return (count + 1)..<(count + 1) }
        return start..<end
    }

    /// A str argument; `position` is nil for a method's only argument.
    private static func argument(_ vm: VM, _ name: String, _ v: Value, _ position: Int?) throws -> PyStr {
        guard case .str(let s) = v else {
            let which = position.map { "argument \($0)" } ?? "argument"
            throw PyError.type("\(name)() \(which) must be str, not \(vm.typeName(v))")
        }
        return s
    }

    /// `startswith`/`endswith`: a str or a tuple of str, with optional start/end.
    private static func affix(_ name: String, atStart: Bool,
                              _ test: @escaping (ArraySlice<Unicode.Scalar>, [Unicode.Scalar]) -> Bool) {
        strMethod(name) { vm, s, args in
            try expectSearchArguments(args, name)
            if args.count == 1, case .str(let affix) = args[0] {
                // No bounds: compare UTF-8 bytes, which agree with code points at either end.
                return .bool(s.withUTF8 { text in
                    affix.withUTF8 { bytes in
                        bytes.count <= text.count
                            && UnsafeBufferPointer(rebasing: atStart ? text.prefix(bytes.count)
                                                                     : text.suffix(bytes.count)).sameBytes(bytes)
                    }
                })
            }
            let range = try sliceRange(vm, args, from: 1, count: s.count)
            let candidates: [Value]
            if case .object(let o) = args[0], let t = o as? PyTuple { candidates = t.items } else { candidates = [args[0]] }
            for candidate in candidates {
                guard case .str(let affix) = candidate else {
                    if args[0].asObject is PyTuple {
                        throw PyError.type("tuple for \(name) must only contain str, not \(vm.typeName(candidate))")
                    }
                    throw PyError.type("\(name) first arg must be str or a tuple of str, not \(vm.typeName(candidate))")
                }
                if range.lowerBound > s.count { continue }
                if test(s.scalars[range], affix.scalars) { return .bool(true) }
            }
            return .bool(false)
        }
    }

    private static func partition(_ vm: VM, _ name: String, _ s: PyStr, _ args: CallArgs, reverse: Bool) throws -> Value {
        try expectArguments(args, name, min: 1, max: 1)
        let sep = try vm.strArgument(args[0])
        if sep.value.isEmpty { throw PyError.value("empty separator") }
        if let (head, tail) = TextSearch.split(s.value, at: sep.value, reverse: reverse) {
            return .object(PyTuple([.string(head), .str(sep), .string(tail)]))
        }
        let scalars = s.scalars
        guard let at = TextSearch.find(scalars, sep.scalars, in: 0..<scalars.count, reverse: reverse) else {
            let parts: [Value] = reverse ? [.string(""), .string(""), .str(s)] : [.str(s), .string(""), .string("")]
            return .object(PyTuple(parts))
        }
        let head = PyStr.text(scalars[..<at]), tail = PyStr.text(scalars[(at + sep.count)...])
        return .object(PyTuple([.string(head), .str(sep), .string(tail)]))
    }

    /// `replace(old, new[, count])`; an empty `old` inserts `new` around every character.
    private static func replace(_ vm: VM, _ s: PyStr, _ args: CallArgs) throws -> Value {
        try expectArguments(args, "replace", min: 2, max: 3)
        let old = try argument(vm, "replace", args[0], 1), new = try argument(vm, "replace", args[1], 2)
        var limit = try args.count > 2 ? vm.intArgument(args[2]) : -1
        if limit < 0 { limit = Int.max }
        let h = s.scalars, n = old.scalars
        var out = String.UnicodeScalarView(), i = 0, done = 0
        while done < limit {
            if n.isEmpty {
                out.append(contentsOf: new.value.unicodeScalars)
                done += 1
                if i >= h.count { break }
                out.append(h[i])
                i += 1
                continue
            }
            guard let at = TextSearch.find(h, n, in: i..<h.count, reverse: false) else { break }
            out.append(contentsOf: h[i..<at])
            out.append(contentsOf: new.value.unicodeScalars)
            i = at + n.count
            done += 1
        }
        if i < h.count { out.append(contentsOf: h[i...]) }
        return .string(String(out))
    }
}

/// Substring search over code points.
enum TextSearch {
    /// The text before and after the first (or last) occurrence of `needle`,
    /// found by comparing UTF-8 bytes (a match of whole encodings is a match of
    /// code points); nil when there is none.
    static func split(_ text: String, at needle: String, reverse: Bool) -> (String, String)? {
        var text = text, needle = needle
        return text.withUTF8 { h in
            needle.withUTF8 { n -> (String, String)? in
                guard !n.isEmpty, n.count <= h.count else { return nil }
                let last = h.count - n.count
                var i = reverse ? last : 0
                while i >= 0 && i <= last {
                    if h[i] == n[0] && UnsafeBufferPointer(rebasing: h[i..<(i + n.count)]).sameBytes(n) {
                        return (String(decoding: UnsafeBufferPointer(rebasing: h[..<i]), as: UTF8.self),
                                String(decoding: UnsafeBufferPointer(rebasing: h[(i + n.count)...]), as: UTF8.self))
                    }
                    i += reverse ? -1 : 1
                }
                return nil
            }
        }
    }

    /// The first (or last) offset of `needle` lying wholly inside `range`.
    static func find(_ h: [Unicode.Scalar], _ n: [Unicode.Scalar], in range: Range<Int>, reverse: Bool) -> Int? {
        if range.lowerBound > h.count { return nil }
        guard range.count >= n.count else { return nil }
        let last = range.upperBound - n.count
        func matches(at i: Int) -> Bool {
            n.isEmpty || (h[i] == n[0] && h[i..<(i + n.count)].elementsEqual(n))
        }
        if reverse {
            for i in stride(from: last, through: range.lowerBound, by: -1) where matches(at: i) { return i }
        } else {
            for i in range.lowerBound...last where matches(at: i) { return i }
        }
        return nil
    }

    /// Non-overlapping occurrences inside `range`; the empty string occurs between every character.
    static func count(_ h: [Unicode.Scalar], _ n: [Unicode.Scalar], in range: Range<Int>) -> Int {
        if range.lowerBound > h.count { return 0 }
        if n.isEmpty { return range.count + 1 }
        var total = 0, i = range.lowerBound
        while let at = find(h, n, in: i..<range.upperBound, reverse: false) {
            total += 1
            i = at + n.count
        }
        return total
    }
}
