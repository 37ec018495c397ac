/// Makes untrusted text (lesson files, output of the learner's programs)
/// safe to print: nothing it contains can move the cursor, change colours,
/// retitle the window or otherwise talk to the terminal.
///
/// The choice, per character:
/// - Tab becomes spaces up to the next tab stop (columns are tracked, so
///   alignment survives).
/// - Line feed is kept (or shown as `^J` when `newlines` is `.visible`);
///   CR LF becomes LF. A lone CR is a control character like the rest.
/// - In `.visible` mode (the default) every other control character is
///   replaced by a placeholder, like `cat -v`: C0 as caret notation (`^[`
///   for ESC, `^G` for BEL), DEL as `^?`, C1 and bidirectional overrides as
///   `<U+009B>`. The printable rest of an escape sequence stays, so
///   `"\e[31mred"` reads `^[[31mred`: the learner sees what the program sent.
/// - In `.strip` mode whole escape sequences (CSI, OSC, DCS, two-byte ESC
///   sequences, and their C1 forms) are removed, and other control
///   characters are dropped.
public enum Sanitizer {
    /// What to do with control characters and escape sequences.
    public enum Mode: Sendable { case visible, strip }
    /// What to do with line feeds.
    public enum Newlines: Sendable { case keep, visible }

    /// Returns `text` with every control character neutralised (see the type docs).
    /// - Parameters:
    ///   - tabWidth: distance between tab stops.
    ///   - startColumn: the column the text starts at, for tab stops.
    public static func sanitize(_ text: String, mode: Mode = .visible, newlines: Newlines = .keep,
                                tabWidth: Int = 4, startColumn: Int = 0) -> String {
        // Fast path: most text has nothing to do.
        if !text.unicodeScalars.contains(where: needsWork) { return text }
        var out = String.UnicodeScalarView()
        var column = startColumn
        var scalars = Array(text.unicodeScalars)[...]
        while let s = scalars.popFirst() {
            let v = s.value
            if v == 0x09 {
                let spaces = tabWidth - (column % max(tabWidth, 1))
                out.append(contentsOf: String(repeating: " ", count: spaces).unicodeScalars)
                column += spaces
            } else if v == 0x0A && newlines == .keep {
                out.append(s)
                column = 0
            } else if v == 0x0D && newlines == .keep && scalars.first == "\n" {
                continue
            } else if mode == .strip && (v == 0x1B || isC1Introducer(v)) {
                skipEscapeSequence(introducer: v, in: &scalars)
            } else if isControl(v) || isBidiControl(v) {
                if mode == .visible {
                    let placeholder = Self.placeholder(for: v)
                    out.append(contentsOf: placeholder.unicodeScalars)
                    column += placeholder.count
                }
            } else {
                out.append(s)
                column += DisplayWidth.of(s)
            }
        }
        return String(out)
    }

    /// The visible stand-in for control character `v`: `^[`, `^?`, `<U+009B>`.
    public static func placeholder(for v: UInt32) -> String {
        if v < 0x20 { return "^" + String(UnicodeScalar(UInt8(v + 0x40))) }
        if v == 0x7F { return "^?" }
        let hex = String(v, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    // MARK: - Classification

    private static func needsWork(_ s: Unicode.Scalar) -> Bool {
        isControl(s.value) || isBidiControl(s.value)
    }

    private static func isControl(_ v: UInt32) -> Bool {
        v < 0x20 || (v >= 0x7F && v <= 0x9F)
    }

    /// Explicit bidi embeddings, overrides and isolates ("Trojan Source").
    private static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// C1 controls that open a sequence: DCS, SOS, CSI, OSC, PM, APC.
    private static func isC1Introducer(_ v: UInt32) -> Bool {
        [0x90, 0x98, 0x9B, 0x9D, 0x9E, 0x9F].contains(v)
    }

    // MARK: - Escape sequence skipping (strip mode)

    /// Drops the rest of the sequence that `introducer` (ESC or a C1) opened.
    private static func skipEscapeSequence(introducer: UInt32, in scalars: inout ArraySlice<Unicode.Scalar>) {
        var kind = introducer
        if introducer == 0x1B {
            guard let next = scalars.first else { return }
            switch next {
            case "[": kind = 0x9B
            case "]": kind = 0x9D
            case "P": kind = 0x90
            case "X": kind = 0x98
            case "^": kind = 0x9E
            case "_": kind = 0x9F
            default:
                // ESC intermediates* final, e.g. ESC ( B or ESC 7.
                while let s = scalars.first, (0x20...0x2F).contains(s.value) { scalars.removeFirst() }
                if let s = scalars.first, (0x30...0x7E).contains(s.value) { scalars.removeFirst() }
                return
            }
            scalars.removeFirst()
        }
        if kind == 0x9B {
            // CSI parameters and intermediates, then one final byte.
            while let s = scalars.first, (0x20...0x3F).contains(s.value) { scalars.removeFirst() }
            if let s = scalars.first, (0x40...0x7E).contains(s.value) { scalars.removeFirst() }
            return
        }
        // String sequences end with BEL (OSC habit), ST (ESC \) or C1 ST.
        while let s = scalars.popFirst() {
            if s.value == 0x07 || s.value == 0x9C { return }
            if s.value == 0x1B {
                if scalars.first == "\\" { scalars.removeFirst() }
                return
            }
        }
    }
}

/// Shorthand for `Sanitizer.sanitize(text)` with the default, visible placeholders.
public func sanitize(_ text: String) -> String {
    Sanitizer.sanitize(text)
}
