/// Turns the raw body of a string literal into its value: escape sequences,
/// line continuations, raw and bytes literals.
enum StringDecoder {
    /// Decodes a `str` body (not raw) or returns it unchanged if raw.
    static func decode(_ body: ArraySlice<Unicode.Scalar>, isRaw: Bool) throws(DecodeError) -> String {
        var out = String.UnicodeScalarView()
        if isRaw {
            out.append(contentsOf: body)
            return String(out)
        }
        var i = body.startIndex
        while i < body.endIndex {
            let c = body[i]
            i += 1
            guard c == "\\", i < body.endIndex else {
                out.append(c)
                continue
            }
            try decodeEscape(body, &i, into: &out)
        }
        return String(out)
    }

    /// Decodes a bytes body: ASCII only, with the escapes bytes allow.
    static func decodeBytes(_ body: ArraySlice<Unicode.Scalar>, isRaw: Bool) throws(DecodeError) -> [UInt8] {
        guard body.allSatisfy({ $0.isASCII }) else {
            throw DecodeError(message: "bytes can only contain ASCII literal characters")
        }
        if isRaw { return body.map { UInt8($0.value) } }
        var out: [UInt8] = []
        var i = body.startIndex
        while i < body.endIndex {
            let c = body[i]
            i += 1
            if c != "\\" || i == body.endIndex {
                out.append(UInt8(c.value))
                continue
            }
            let e = body[i]
            if e == "u" || e == "U" || e == "N" {
                out += [0x5C, UInt8(e.value)]
                i += 1
                continue
            }
            var scalars = String.UnicodeScalarView()
            try decodeEscape(body, &i, into: &scalars, isBytes: true)
            out += scalars.map { UInt8(truncatingIfNeeded: $0.value) }
        }
        return out
    }

    /// Decodes the escape after a backslash at `i - 1`; `i` points at the escape letter.
    static func decodeEscape(_ body: ArraySlice<Unicode.Scalar>, _ i: inout Int,
                             into out: inout String.UnicodeScalarView, isBytes: Bool = false) throws(DecodeError) {
        let e = body[i]
        i += 1
        switch e {
        case "\n": break
        case "\\", "'", "\"": out.append(e)
        case "a": out.append("\u{07}")
        case "b": out.append("\u{08}")
        case "f": out.append("\u{0C}")
        case "n": out.append("\n")
        case "r": out.append("\r")
        case "t": out.append("\t")
        case "v": out.append("\u{0B}")
        case "0"..."7":
            var value = e.value - 48
            var count = 1
            while count < 3, i < body.endIndex, ("0"..."7").contains(body[i]) {
                value = value * 8 + body[i].value - 48
                i += 1
                count += 1
            }
            out.append(Unicode.Scalar(value)!)
        case "x": try out.append(hexEscape(body, &i, digits: 2, name: "\\xXX", isBytes: isBytes))
        case "u": try out.append(hexEscape(body, &i, digits: 4, name: "\\uXXXX", isBytes: isBytes))
        case "U": try out.append(hexEscape(body, &i, digits: 8, name: "\\UXXXXXXXX", isBytes: isBytes))
        case "N": try out.append(namedEscape(body, &i))
        default:
            // Unknown escapes keep their backslash (CPython warns, then does the same).
            out.append("\\")
            out.append(e)
        }
    }

    static func hexEscape(_ body: ArraySlice<Unicode.Scalar>, _ i: inout Int, digits: Int, name: String,
                          isBytes: Bool) throws(DecodeError) -> Unicode.Scalar {
        var value: UInt32 = 0
        for n in 0..<digits {
            guard i < body.endIndex, body[i].isHexDigit else {
                let codec = isBytes ? "(value error) invalid \\x escape at position 0"
                    : "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-\(n + 1): truncated \(name) escape"
                throw DecodeError(message: codec)
            }
            value = value * 16 + UInt32(Int(String(body[i]), radix: 16)!)
            i += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw DecodeError(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-\(digits + 1): illegal Unicode character")
        }
        return scalar
    }

    /// `\N{NAME}`: looked up in Unicode's name table.
    static func namedEscape(_ body: ArraySlice<Unicode.Scalar>, _ i: inout Int) throws(DecodeError) -> Unicode.Scalar {
        let failure = DecodeError(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape")
        guard i < body.endIndex, body[i] == "{" else { throw failure }
        guard let close = body[i...].firstIndex(of: "}") else {
            throw DecodeError(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-\(body.endIndex - i + 1): malformed \\N character escape")
        }
        let name = String(String.UnicodeScalarView(body[(i + 1)..<close])).uppercased()
        i = close + 1
        guard let scalar = UnicodeNames.scalar(named: name) else {
            throw DecodeError(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-\(name.count + 3): unknown Unicode character name")
        }
        return scalar
    }

    struct DecodeError: Error {
        var message: String
    }
}
