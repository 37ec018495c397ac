import PySyntax

/// Human-readable listings of code objects, like CPython's `dis`: the test
/// oracle for the compiler.
///
/// ```
/// code f (f.<locals>.g) args=1 posonly=0 kwonly=0 stack=2 flags=optimized,nested
///   varnames: x
///   1      0 loadFast 0 (x)
///   >>     1 returnValue
/// ```
enum Disassembler {
    /// Lists `code` and then every code object among its constants, depth first.
    static func dump(_ code: CodeObject) -> String {
        var out = ""
        dump(code, into: &out)
        return out
    }

    private static func dump(_ code: CodeObject, into out: inout String) {
        out += header(code)
        let targets = Set(code.instructions.compactMap(\.jumpTarget))
        var lastLine = -1
        for (i, instruction) in code.instructions.enumerated() {
            let line = code.spans[i].start.line
            let lineText = line == lastLine ? "" : String(line)
            lastLine = line
            let marker = targets.contains(i) ? ">>" : ""
            let text = describe(instruction, code)
            out += pad(lineText, 4) + " " + pad(marker, 2) + pad(String(i), 4) + " " + text + "\n"
        }
        for case .object(let nested as CodeObject) in code.constants {
            out += "\n"
            dump(nested, into: &out)
        }
    }

    private static func header(_ code: CodeObject) -> String {
        var s = "code \(code.name) (\(code.qualifiedName)) args=\(code.argumentCount) "
        s += "posonly=\(code.positionalOnlyCount) kwonly=\(code.keywordOnlyCount) stack=\(code.stackSize)"
        s += " flags=\(flagNames(code.flags))\n"
        if !code.varnames.isEmpty { s += "  varnames: \(code.varnames.joined(separator: ", "))\n" }
        if !code.cellvars.isEmpty { s += "  cellvars: \(code.cellvars.joined(separator: ", "))\n" }
        if !code.freevars.isEmpty { s += "  freevars: \(code.freevars.joined(separator: ", "))\n" }
        return s
    }

    private static func flagNames(_ f: CodeFlags) -> String {
        let all: [(CodeFlags, String)] = [
            (.optimized, "optimized"), (.nested, "nested"), (.varargs, "varargs"), (.varkeywords, "varkeywords"),
            (.generator, "generator"), (.coroutine, "coroutine"), (.asyncGenerator, "async_generator"),
            (.interactive, "interactive"),
        ]
        let names = all.filter { f.contains($0.0) }.map(\.1)
        return names.isEmpty ? "-" : names.joined(separator: ",")
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    /// `loadConst 1 ('x')`: the case name, its operands and what they refer to.
    static func describe(_ i: Instruction, _ code: CodeObject) -> String {
        func name(_ n: Int) -> String { "\(n) (\(code.names[n].value))" }
        func cell(_ n: Int) -> String { "\(n) (\((code.cellvars + code.freevars)[n]))" }
        if let (first, second) = i.parts { return describe(first, code) + " + " + describe(second, code) }
        switch i {
        case .loadConst(let n): return "loadConst \(n) (\(constantRepr(code.constants[n])))"
        case .loadFast(let n): return "loadFast \(n) (\(code.varnames[n]))"
        case .storeFast(let n): return "storeFast \(n) (\(code.varnames[n]))"
        case .deleteFast(let n): return "deleteFast \(n) (\(code.varnames[n]))"
        case .loadDeref(let n): return "loadDeref \(cell(n))"
        case .storeDeref(let n): return "storeDeref \(cell(n))"
        case .deleteDeref(let n): return "deleteDeref \(cell(n))"
        case .loadClosure(let n): return "loadClosure \(cell(n))"
        case .loadClassDeref(let n, let c): return "loadClassDeref \(name(n)) cell \(cell(c))"
        case .loadName(let n): return "loadName \(name(n))"
        case .storeName(let n): return "storeName \(name(n))"
        case .deleteName(let n): return "deleteName \(name(n))"
        case .loadGlobal(let n): return "loadGlobal \(name(n))"
        case .storeGlobal(let n): return "storeGlobal \(name(n))"
        case .deleteGlobal(let n): return "deleteGlobal \(name(n))"
        case .loadAttr(let n): return "loadAttr \(name(n))"
        case .storeAttr(let n): return "storeAttr \(name(n))"
        case .deleteAttr(let n): return "deleteAttr \(name(n))"
        case .loadMethod(let n): return "loadMethod \(name(n))"
        case .importName(let n): return "importName \(name(n))"
        case .importFrom(let n): return "importFrom \(name(n))"
        case .callKw(let n, let names): return "callKw \(n) \(constantRepr(code.constants[names]))"
        case .binary(let op, let inplace): return "binary \(op)\(inplace ? " inplace" : "")"
        case .compare(let op): return "compare \(op)"
        case .unary(let op): return "unary \(op)"
        case .makeFunction(let f): return "makeFunction \(makeFunctionFlags(f))"
        case .formatValue(let conv, let hasSpec):
            return "formatValue" + (conv.map { " !\($0.character)" } ?? "") + (hasSpec ? " spec" : "")
        default: return plainDescription(i)
        }
    }

    /// Cases with only numbers or simple enums: Swift's own rendering, tidied.
    private static func plainDescription(_ i: Instruction) -> String {
        var s = String(describing: i)
        guard let open = s.firstIndex(of: "(") else { return s }
        let args = s[s.index(after: open)..<s.index(before: s.endIndex)]
        s = String(s[..<open]) + " " + args.replacingOccurrences(of: "PySyntax.", with: "")
        return s
    }

    private static func makeFunctionFlags(_ f: MakeFunctionFlags) -> String {
        let all: [(MakeFunctionFlags, String)] = [
            (.defaults, "defaults"), (.keywordDefaults, "kwdefaults"), (.annotations, "annotations"), (.closure, "closure"),
        ]
        let names = all.filter { f.contains($0.0) }.map(\.1)
        return names.isEmpty ? "0" : names.joined(separator: ",")
    }

    /// A constant as Python's `repr` would show it (enough for listings).
    static func constantRepr(_ v: Value) -> String {
        switch v {
        case .null: return "NULL"
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let n): return String(n)
        case .float(let d): return String(d)
        case .str(let s): return "'\(s.value)'"
        case .object(let o):
            if let code = o as? CodeObject { return "<code \(code.qualifiedName)>" }
            if let t = o as? PyTuple {
                let items = t.items.map(constantRepr)
                return "(" + items.joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
            }
            if let b = o as? PyBigInt { return b.value.description }
            if o === PySingleton.ellipsis { return "Ellipsis" }
            if let b = o as? PyBytes { return "b'\(String(decoding: b.bytes, as: UTF8.self))'" }
            return "<\(o.type.name)>"
        }
    }
}
