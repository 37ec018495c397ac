/// Turns the raw bytes read from a terminal into `KeyEvent`s.
///
/// It is incremental: `feed` may receive any split of the stream (half an
/// escape sequence, one byte of a UTF-8 character) and keeps what is
/// incomplete for the next call. A lone Esc is ambiguous until time passes,
/// so the caller calls `flush()` when a read times out with `hasPending` set.
///
/// Recognised encodings: CSI (`ESC [`), SS3 (`ESC O`), the Linux console's
/// `ESC [[A` function keys, xterm modifier parameters (`ESC [1;5C`), VT220
/// tilde keys (`ESC [1~` … `ESC [24~`), rxvt's `ESC [7~`/`ESC [8~`, Alt as an
/// ESC prefix, and bracketed paste (`ESC [200~` … `ESC [201~`).
public struct KeyDecoder: Sendable {
    private var buffer: [UInt8] = []
    /// Bytes of a bracketed paste collected so far, when one is open.
    private var paste: [UInt8]?

    public init() {}

    /// True when bytes are waiting for the rest of a sequence (or a paste end).
    public var hasPending: Bool { !buffer.isEmpty || paste != nil }

    /// Adds bytes and returns every key they complete.
    public mutating func feed(_ bytes: [UInt8]) -> [KeyEvent] {
        buffer += bytes
        return drain(final: false)
    }

    /// Adds a string's UTF-8 bytes (handy in tests).
    public mutating func feed(_ text: String) -> [KeyEvent] { feed(Array(text.utf8)) }

    /// Call when input went quiet: a waiting ESC becomes `.escape`, a cut-off
    /// sequence becomes `.unknown`, a cut-off UTF-8 character becomes U+FFFD.
    /// An open bracketed paste keeps waiting for its end marker.
    public mutating func flush() -> [KeyEvent] { drain(final: true) }

    // MARK: - Decoding loop

    private enum Step {
        case event(KeyEvent, consumed: Int)
        case skip(consumed: Int)
        case needMore
    }

    private mutating func drain(final: Bool) -> [KeyEvent] {
        var events: [KeyEvent] = []
        var start = 0
        while start < buffer.count {
            if paste != nil {
                guard let used = collectPaste(from: start, into: &events) else { return events }
                start += used
                continue
            }
            let bytes = buffer[start...]
            switch decode(bytes, final: final) {
            case .event(let event, let consumed):
                start += consumed
                if event == .paste("") && paste == nil { paste = [] } else { events.append(event) }
            case .skip(let consumed):
                start += consumed
            case .needMore:
                buffer.removeFirst(start)
                return events
            }
        }
        buffer.removeAll()
        return events
    }

    /// Copies paste bytes up to the `ESC [201~` end marker. Returns how many
    /// bytes were used, or nil when the marker has not arrived yet (the
    /// bytes stay buffered, minus a possible partial marker).
    private mutating func collectPaste(from start: Int, into events: inout [KeyEvent]) -> Int? {
        let end: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]
        let rest = Array(buffer[start...])
        if let range = rest.firstRange(of: end) {
            paste! += rest[..<range.lowerBound]
            events.append(.paste(String(decoding: paste!, as: UTF8.self)))
            paste = nil
            return range.upperBound
        }
        // Keep a tail that could be the start of the end marker.
        var keep = 0
        for k in stride(from: min(end.count - 1, rest.count), through: 1, by: -1)
        where Array(rest.suffix(k)) == Array(end.prefix(k)) { keep = k; break }
        paste! += rest.dropLast(keep)
        buffer = Array(rest.suffix(keep))
        return nil
    }

    // MARK: - One key

    private func decode(_ bytes: ArraySlice<UInt8>, final: Bool) -> Step {
        let b = bytes[bytes.startIndex]
        if b == 0x1B {
            guard let (event, used) = decodeEscapeSequence(bytes, final: final) else { return .needMore }
            return .event(event, consumed: used)
        }
        if b < 0x80 { return .event(Self.singleByte(b), consumed: 1) }
        return decodeUTF8(bytes, final: final)
    }

    /// Keys that are one ASCII byte.
    static func singleByte(_ b: UInt8) -> KeyEvent {
        switch b {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x00: return .control("@")
        case 0x01...0x1A: return .control(Character(UnicodeScalar(b + 0x60)))
        case 0x1C...0x1F: return .control(Character(UnicodeScalar(b + 0x40)))
        default: return .character(Character(UnicodeScalar(b)))
        }
    }

    private func decodeUTF8(_ bytes: ArraySlice<UInt8>, final: Bool) -> Step {
        let lead = bytes[bytes.startIndex]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return .event(.character("\u{FFFD}"), consumed: 1)
        }
        var count = 1
        for byte in bytes.dropFirst().prefix(length - 1) {
            guard byte & 0xC0 == 0x80 else { return .event(.character("\u{FFFD}"), consumed: count) }
            count += 1
        }
        if count < length {
            return final ? .event(.character("\u{FFFD}"), consumed: count) : .needMore
        }
        let text = String(decoding: bytes.prefix(length), as: UTF8.self)
        guard let scalar = text.unicodeScalars.first else { return .skip(consumed: length) }
        if (0x80...0x9F).contains(scalar.value) { return .event(.unknown(Array(bytes.prefix(length))), consumed: length) }
        return .event(.character(Character(scalar)), consumed: length)
    }
}
