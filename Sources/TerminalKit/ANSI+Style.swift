// MARK: - Styles as SGR

extension ANSI {
    /// The SGR sequence that switches from any style to `style`. It always
    /// starts with a reset (`0`), so it never depends on what came before.
    /// Returns "" in `.none` mode.
    public static func sgr(for style: Style, mode: ColorMode) -> String {
        guard mode != .none else { return "" }
        var codes = [0]
        if style.bold { codes.append(1) }
        if style.dim { codes.append(2) }
        if style.italic { codes.append(3) }
        if style.underline { codes.append(4) }
        if style.reverse { codes.append(7) }
        if let fg = style.foreground { codes += colorCodes(fg, background: false, mode: mode) }
        if let bg = style.background { codes += colorCodes(bg, background: true, mode: mode) }
        return sgr(codes)
    }

    /// Renders a line as text plus SGR sequences for `mode`. Style changes are
    /// emitted only between spans that differ, and the line ends in the
    /// default style. Span text is passed through `sanitize` first, so
    /// control characters in it cannot reach the terminal.
    public static func render(_ line: StyledLine, mode: ColorMode) -> String {
        var out = ""
        var current = Style.plain
        var column = 0
        for span in line.spans {
            let text = Sanitizer.sanitize(span.text, newlines: .visible, startColumn: column)
            column += DisplayWidth.of(text)
            if text.isEmpty { continue }
            if span.style != current && mode != .none {
                out += span.style.isPlain ? resetStyle : sgr(for: span.style, mode: mode)
                current = span.style
            }
            out += text
        }
        if !current.isPlain { out += resetStyle }
        return out
    }

    private static func colorCodes(_ color: TerminalColor, background: Bool, mode: ColorMode) -> [Int] {
        let base = background ? 40 : 30
        switch color {
        case .indexed(let n):
            if mode == .ansi256 { return [base + 8, 5, Int(n)] }
            return [basicCode(nearestBasic(n), background: background)]
        default:
            return [basicCode(basicIndex(color), background: background)]
        }
    }

    /// SGR code for basic colour 0–15.
    private static func basicCode(_ index: Int, background: Bool) -> Int {
        let base = background ? 40 : 30
        return index < 8 ? base + index : base + 60 + (index - 8)
    }

    private static func basicIndex(_ color: TerminalColor) -> Int {
        switch color {
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        case .brightBlack: 8
        case .brightRed: 9
        case .brightGreen: 10
        case .brightYellow: 11
        case .brightBlue: 12
        case .brightMagenta: 13
        case .brightCyan: 14
        case .brightWhite: 15
        case .indexed(let n): Int(n)
        }
    }

    /// The basic colour (0–15) closest to xterm palette entry `n`.
    static func nearestBasic(_ n: UInt8) -> Int {
        if n < 16 { return Int(n) }
        let (r, g, b) = paletteRGB(n)
        let basics: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        var best = 0
        var bestDistance = Int.max
        for (i, c) in basics.enumerated() {
            let d = (c.0 - r) * (c.0 - r) + (c.1 - g) * (c.1 - g) + (c.2 - b) * (c.2 - b)
            if d < bestDistance { best = i; bestDistance = d }
        }
        return best
    }

    /// RGB of xterm palette entries 16–255 (6×6×6 cube, then a grey ramp).
    private static func paletteRGB(_ n: UInt8) -> (Int, Int, Int) {
        if n >= 232 {
            let grey = 8 + Int(n - 232) * 10
            return (grey, grey, grey)
        }
        let i = Int(n) - 16
        let level = { (v: Int) in v == 0 ? 0 : 55 + v * 40 }
        return (level(i / 36), level((i / 6) % 6), level(i % 6))
    }
}
