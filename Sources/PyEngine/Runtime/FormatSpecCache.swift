import PyNumerics

/// Parsed format specs, found by the str object that holds the spec. An
/// f-string's spec is a constant, so the same object comes back each time the
/// f-string runs and its spec is parsed once. An entry holds its str, so the
/// object's identity cannot pass to another str while it is cached.
struct FormatSpecCache {
    private struct Entry {
        let text: PyStr
        let subject: FormatSpec.Subject
        let spec: FormatSpec
    }

    /// Direct-mapped by address: a clash just replaces the older entry.
    private var entries = [Entry?](repeating: nil, count: 64)

    private func slot(_ text: PyStr) -> Int {
        Int((UInt(bitPattern: ObjectIdentifier(text)) >> 4) % UInt(entries.count))
    }

    func spec(for text: PyStr, _ subject: FormatSpec.Subject) -> FormatSpec? {
        guard let entry = entries[slot(text)], entry.text === text, entry.subject == subject else { return nil }
        return entry.spec
    }

    mutating func store(_ spec: FormatSpec, for text: PyStr, _ subject: FormatSpec.Subject) {
        entries[slot(text)] = Entry(text: text, subject: subject, spec: spec)
    }
}
