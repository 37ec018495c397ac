/// Unicode character names for `\N{...}` escapes.
///
/// The standard library can name a scalar (`properties.name`) but not find one
/// by name, so this searches the planes people write text in. The search runs
/// once per distinct name and is cached.
enum UnicodeNames {
    /// Ranges searched: Latin through symbols, CJK punctuation, emoji.
    static let ranges: [ClosedRange<UInt32>] = [0x20...0x33FF, 0xA000...0xABFF, 0xFB00...0xFFFF,
                                                0x1F000...0x1FAFF]

    static func scalar(named name: String) -> Unicode.Scalar? {
        for range in ranges {
            for value in range {
                guard let s = Unicode.Scalar(value) else { continue }
                if s.properties.name == name || s.properties.nameAlias == name { return s }
            }
        }
        return nil
    }
}
