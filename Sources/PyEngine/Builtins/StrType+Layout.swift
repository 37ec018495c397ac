/// Padding and layout: `ljust`, `rjust`, `center`, `zfill`, `expandtabs`.
extension Builtins {
    static func installStrLayout() {
        for name in ["ljust", "rjust", "center"] {
            strMethod(name) { vm, s, args in
                try expectArguments(args, name, min: 1, max: 2)
                let width = try vm.intArgument(args[0])
                let fill = try args.count > 1 ? fillCharacter(vm, args[1]) : " "
                let margin = width - s.count
                if margin <= 0 { return .str(s) }
                let left: Int
                switch name {
                case "ljust": left = 0
                case "rjust": left = margin
                default: left = margin / 2 + (margin & width & 1)
                }
                let pad = { (n: Int) in String(repeating: String(fill), count: n) }
                return .string(pad(left) + s.value + pad(margin - left))
            }
        }
        strMethod("zfill") { vm, s, args in
            try expectArguments(args, "zfill", min: 1, max: 1)
            let margin = try vm.intArgument(args[0]) - s.count
            if margin <= 0 { return .str(s) }
            var scalars = s.scalars
            let signed = scalars.first == "+" || scalars.first == "-"
            scalars.insert(contentsOf: Array(repeating: "0", count: margin), at: signed ? 1 : 0)
            return .string(PyStr.text(scalars))
        }
        strMethod("expandtabs") { vm, s, args in
            let values = try keywordArguments("expandtabs", args, ["tabsize"])
            let size = try values[0].map { try vm.intArgument($0) } ?? 8
            return .string(expandTabs(s.scalars, size))
        }
    }

    private static func fillCharacter(_ vm: VM, _ v: Value) throws -> Unicode.Scalar {
        guard case .str(let s) = v else {
            throw PyError.type("The fill character must be a unicode character, not \(vm.typeName(v))")
        }
        guard s.count == 1 else { throw PyError.type("The fill character must be exactly one character long") }
        return s.scalars[0]
    }

    /// Tabs become spaces up to the next multiple of `size`; columns restart after \n and \r.
    private static func expandTabs(_ h: [Unicode.Scalar], _ size: Int) -> String {
        var out = String.UnicodeScalarView(), column = 0
        for c in h {
            switch c {
            case "\t":
                if size > 0 {
                    let n = size - column % size
                    out.append(contentsOf: Array(repeating: " ", count: n))
                    column += n
                }
            case "\n", "\r":
                out.append(c)
                column = 0
            default:
                out.append(c)
                column += 1
            }
        }
        return String(out)
    }
}
