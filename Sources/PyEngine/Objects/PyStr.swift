import Foundation

/// A Python str: immutable Unicode text indexed by code point.
///
/// The hash is computed once and cached, and names used as attributes are
/// interned, so attribute lookups usually compare pointers, as in CPython.
final class PyStr {
    let value: String
    private var cachedHash: Int?
    private var cachedScalars: [Unicode.Scalar]?

    init(_ value: String) {
        self.value = value
    }

    /// The code points, for indexing and slicing.
    var scalars: [Unicode.Scalar] {
        if let s = cachedScalars { return s }
        let s = Array(value.unicodeScalars)
        cachedScalars = s
        return s
    }

    /// Length in code points, as `len()` counts.
    var count: Int {
        if let s = cachedScalars { return s.count }
        return value.unicodeScalars.count
    }

    /// A deterministic hash (FNV-1a over UTF-8). CPython randomizes str hashes per
    /// process; the engine picks one fixed order so every run is reproducible.
    var hash: Int {
        if let h = cachedHash { return h }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in value.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        var result = Int(bitPattern: UInt(h))
        if result == -1 { result = -2 }
        cachedHash = result
        return result
    }

    /// Code-point equality. (Swift's `==` on String treats canonically
    /// equivalent text as equal; Python does not.)
    static func == (a: PyStr, b: PyStr) -> Bool {
        a === b || a.value.utf8.elementsEqual(b.value.utf8)
    }

    /// Code-point order, which is UTF-8 byte order.
    static func < (a: PyStr, b: PyStr) -> Bool {
        a.value.utf8.lexicographicallyPrecedes(b.value.utf8)
    }

    // MARK: Interning

    nonisolated(unsafe) private static var interned: [String: PyStr] = [:]
    private static let internLock = NSLock()

    /// The shared instance for `text`: used for identifiers and attribute names.
    static func intern(_ text: String) -> PyStr {
        internLock.lock()
        defer { internLock.unlock() }
        if let s = interned[text] { return s }
        let s = PyStr(text)
        // Interned strings are shared between engines on different threads:
        // fill the caches now so nobody writes them later.
        _ = s.hash
        _ = s.scalars
        interned[text] = s
        return s
    }
}
