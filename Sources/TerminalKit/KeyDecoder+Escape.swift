// MARK: - Escape sequences

extension KeyDecoder {
    private enum Byte {
        static let esc: UInt8 = 0x1B
        static let bracket: UInt8 = 0x5B   // [
        static let letterO: UInt8 = 0x4F   // O
    }

    /// Decodes something starting with ESC: a CSI or SS3 sequence, Alt+key,
    /// or a lone Esc.
    func decodeEscapeSequence(_ bytes: ArraySlice<UInt8>, final: Bool) -> (KeyEvent, Int)? {
        let s = bytes.startIndex
        guard bytes.count >= 2 else { return final ? (.escape, 1) : nil }
        let second = bytes[s + 1]
        switch second {
        case Byte.bracket:
            if let (event, used) = Self.parseCSI(bytes.dropFirst(2)) { return (event, used + 2) }
            if final { return bytes.count == 2 ? (.alt("["), 2) : (.unknown(Array(bytes)), bytes.count) }
            return nil
        case Byte.letterO:
            guard bytes.count >= 3 else { return final ? (.alt("O"), 2) : nil }
            return (Self.ss3(bytes[s + 2]), 3)
        case Byte.esc:
            // ESC ESC [ A style Alt+arrow, or Esc pressed twice.
            guard bytes.count >= 3 else { return final ? (.escape, 1) : nil }
            if bytes[s + 2] == Byte.bracket || bytes[s + 2] == Byte.letterO {
                guard let (inner, used) = decodeEscapeSequence(bytes.dropFirst(), final: final) else { return nil }
                if inner != .escape, !isPasteStart(inner) { return (.modified(inner, .alt), used + 1) }
            }
            return (.escape, 1)
        case 0x80...:
            // Alt + a UTF-8 character.
            var rest = KeyDecoder()
            let events = rest.feed(Array(bytes.dropFirst().prefix(4)))
            guard case .character(let c)? = events.first else { return final ? (.escape, 1) : nil }
            return (.alt(c), 1 + String(c).utf8.count)
        default:
            let key = Self.singleByte(second)
            if case .character(let c) = key { return (.alt(c), 2) }
            return (.modified(key, .alt), 2)
        }
    }

    private func isPasteStart(_ event: KeyEvent) -> Bool { event == .paste("") }

    /// Parses the body of a CSI sequence (after `ESC [`). Returns the key and
    /// the number of bytes used, or nil if the sequence is not complete yet.
    /// `.paste("")` marks the start of a bracketed paste.
    static func parseCSI(_ body: ArraySlice<UInt8>) -> (KeyEvent, Int)? {
        guard let first = body.first else { return nil }
        if first == 0x5B {
            // Linux console: ESC [ [ A … ESC [ [ E are F1–F5.
            guard body.count >= 2 else { return nil }
            let c = body[body.startIndex + 1]
            if (0x41...0x45).contains(c) { return (.function(Int(c) - 0x40), 2) }
            return (.unknown([0x1B, 0x5B, 0x5B, c]), 2)
        }
        var index = body.startIndex
        while index < body.endIndex, (0x20...0x3F).contains(body[index]) { index += 1 }
        guard index < body.endIndex else { return nil }
        let finalByte = body[index]
        let used = index - body.startIndex + 1
        guard (0x40...0x7E).contains(finalByte) else {
            return (.unknown([0x1B, 0x5B] + body.prefix(used)), used)
        }
        let parameterText = String(decoding: body[body.startIndex..<index], as: UTF8.self)
        let numbers = parameterText.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let modifiers = numbers.count >= 2 ? Self.modifiers(numbers[1] ?? 1) : []
        let key: KeyEvent?
        switch finalByte {
        case 0x41: key = .up
        case 0x42: key = .down
        case 0x43: key = .right
        case 0x44: key = .left
        case 0x48: key = .home
        case 0x46: key = .end
        case 0x5A: key = .backTab
        case 0x50...0x53: key = .function(Int(finalByte) - 0x4F)
        case 0x7E: key = tildeKey(numbers.first.flatMap { $0 } ?? 0)
        default: key = nil
        }
        guard let key else { return (.unknown([0x1B, 0x5B] + body.prefix(used)), used) }
        if key == .paste("") || modifiers.isEmpty { return (key, used) }
        return (.modified(key, modifiers), used)
    }

    /// VT220-style `ESC [ n ~` keys.
    private static func tildeKey(_ n: Int) -> KeyEvent? {
        switch n {
        case 1, 7: .home
        case 2: .insert
        case 3: .delete
        case 4, 8: .end
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(n - 10)
        case 17...21: .function(n - 11)
        case 23, 24: .function(n - 12)
        case 200: .paste("")
        default: nil
        }
    }

    /// xterm's modifier parameter: 1 + (shift 1 | alt 2 | control 4).
    private static func modifiers(_ parameter: Int) -> KeyModifiers {
        guard parameter > 1 else { return [] }
        return KeyModifiers(rawValue: UInt8(truncatingIfNeeded: (parameter - 1) & 7))
    }

    /// SS3 (`ESC O x`) keys, sent by terminals in application cursor mode.
    private static func ss3(_ c: UInt8) -> KeyEvent {
        switch c {
        case 0x41: .up
        case 0x42: .down
        case 0x43: .right
        case 0x44: .left
        case 0x48: .home
        case 0x46: .end
        case 0x4D: .enter
        case 0x50...0x53: .function(Int(c) - 0x4F)
        default: .unknown([0x1B, 0x4F, c])
        }
    }
}
