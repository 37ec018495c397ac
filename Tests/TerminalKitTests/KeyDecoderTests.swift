import Testing
@testable import TerminalKit

@Suite struct KeyDecoderTests {
    /// Feeds `bytes` one at a time and collects every event, then flushes.
    private func decodeByteByByte(_ bytes: [UInt8]) -> [KeyEvent] {
        var decoder = KeyDecoder()
        var events: [KeyEvent] = []
        for b in bytes { events += decoder.feed([b]) }
        return events + decoder.flush()
    }

    private func decode(_ text: String) -> [KeyEvent] {
        var decoder = KeyDecoder()
        return decoder.feed(text) + decoder.flush()
    }

    @Test func printableAndControlBytes() {
        #expect(decode("aZ\r\n\t\u{7F}\u{08}\u{01}\u{03}\u{1A}") == [
            .character("a"), .character("Z"), .enter, .enter, .tab, .backspace, .backspace,
            .control("a"), .control("c"), .control("z"),
        ])
    }

    @Test func utf8MultibyteSplitAcrossFeeds() {
        var decoder = KeyDecoder()
        let bytes = Array("é中🙂".utf8)
        var events: [KeyEvent] = []
        for b in bytes {
            events += decoder.feed([b])
        }
        #expect(events == [.character("é"), .character("中"), .character("🙂")])
        #expect(!decoder.hasPending)
    }

    @Test func partialCSIWaitsForTheFinalByte() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.feed([0x5B]) == [])
        #expect(decoder.hasPending)
        #expect(decoder.feed([0x41, 0x78]) == [.up, .character("x")])
    }

    @Test func arrowsInBothCursorModes() {
        #expect(decode("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D") == [.up, .down, .right, .left])
        #expect(decode("\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD") == [.up, .down, .right, .left])
    }

    @Test(arguments: ["\u{1B}[H", "\u{1B}[1~", "\u{1B}[7~", "\u{1B}OH"])
    func homeEncodings(_ sequence: String) {
        #expect(decodeByteByByte(Array(sequence.utf8)) == [.home])
    }

    @Test(arguments: ["\u{1B}[F", "\u{1B}[4~", "\u{1B}[8~", "\u{1B}OF"])
    func endEncodings(_ sequence: String) {
        #expect(decodeByteByByte(Array(sequence.utf8)) == [.end])
    }

    @Test func tildeKeysAndFunctionKeys() {
        #expect(decode("\u{1B}[3~\u{1B}[2~\u{1B}[5~\u{1B}[6~") == [.delete, .insert, .pageUp, .pageDown])
        #expect(decode("\u{1B}OP\u{1B}[15~\u{1B}[24~\u{1B}[[A") == [.function(1), .function(5), .function(12), .function(1)])
        #expect(decode("\u{1B}[Z") == [.backTab])
    }

    @Test func modifiedSpecialKeys() {
        #expect(decode("\u{1B}[1;5C\u{1B}[1;3D\u{1B}[3;2~") == [
            .modified(.right, .control), .modified(.left, .alt), .modified(.delete, .shift),
        ])
        #expect(decode("\u{1B}\u{1B}[D") == [.modified(.left, .alt)])
    }

    @Test func altPlusCharacter() {
        #expect(decode("\u{1B}b\u{1B}f") == [.alt("b"), .alt("f")])
        #expect(decode("\u{1B}\u{7F}") == [.modified(.backspace, .alt)])
        #expect(decode("\u{1B}é") == [.alt("é")])
    }

    @Test func loneEscapeOnlyAfterFlush() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]) == [])
        #expect(decoder.hasPending)
        #expect(decoder.flush() == [.escape])
        #expect(!decoder.hasPending)
    }

    @Test func doubleEscapeIsTwoEscapes() {
        #expect(decode("\u{1B}\u{1B}") == [.escape, .escape])
    }

    @Test func bracketedPasteArrivesWholeEvenWhenSplit() {
        let bytes = Array("x\u{1B}[200~print(1)\r\n\u{1B}[A\u{1B}[201~y".utf8)
        #expect(decodeByteByByte(bytes) == [.character("x"), .paste("print(1)\r\n\u{1B}[A"), .character("y")])
        var decoder = KeyDecoder()
        #expect(decoder.feed(Array(bytes.prefix(12))) == [.character("x")])
        #expect(decoder.flush() == [], "a paste keeps waiting across quiet periods")
        #expect(decoder.feed(Array(bytes.dropFirst(12))) == [.paste("print(1)\r\n\u{1B}[A"), .character("y")])
    }

    @Test func unknownAndInvalidInput() {
        #expect(decode("\u{1B}[99x") == [.unknown(Array("\u{1B}[99x".utf8))])
        var decoder = KeyDecoder()
        #expect(decoder.feed([0xFF, 0x61]) == [.character("\u{FFFD}"), .character("a")])
        #expect(decoder.feed([0xE4, 0xB8]) == [])
        #expect(decoder.flush() == [.character("\u{FFFD}")])
    }
}
