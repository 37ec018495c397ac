import Foundation

/// A Python str: immutable Unicode text indexed by code point.
///
/// The hash is computed once and cached, and names used as attributes are
/// interned, so attribute lookups usually compare pointers, as in CPython.
final class PyStr {
    let value: String
    /// -1 until computed: a str's hash is never -1.
    private var cachedHash = -1
    /// -1 until computed.
    private var cachedCount = -1
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
        if cachedCount < 0 { cachedCount = withUTF8 { PyStr.scalarCount($0) } }
        return cachedCount
    }

    /// All code points ASCII, so one byte each: byte offsets are code-point
    /// offsets, and byte-wise algorithms apply.
    var isASCII: Bool { count == value.utf8.count }

    /// The text's UTF-8 bytes, without copying them.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var text = value
        return try text.withUTF8(body)
    }

    /// Code points in valid UTF-8: the bytes that start one.
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for byte in bytes where byte & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// A deterministic hash (FNV-1a over UTF-8). CPython randomizes str hashes per
    /// process; the engine picks one fixed order so every run is reproducible.
    var hash: Int {
        if cachedHash != -1 { return cachedHash }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        withUTF8 { bytes in
            for byte in bytes {
                h ^= UInt64(byte)
                h = h &* 0x0000_0100_0000_01B3
            }
        }
        var result = Int(bitPattern: UInt(h))
        if result == -1 { result = -2 }
        cachedHash = result
        return result
    }

    /// Code-point equality. (Swift's `==` on String treats canonically
    /// equivalent text as equal; Python does not.)
    static func == (a: PyStr, b: PyStr) -> Bool {
        if a === b { return true }
        guard a.value.utf8.count == b.value.utf8.count else { return false }
        return a.withUTF8 { x in b.withUTF8 { y in x.sameBytes(y) } }
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
        _ = s.count
        _ = s.scalars
        interned[text] = s
        return s
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Byte equality with `memcmp` (the generic `elementsEqual` steps iterators,
    /// many times slower on the short texts that dict keys usually are).
    func sameBytes(_ other: Self) -> Bool {
        count == other.count && (count == 0 || memcmp(baseAddress!, other.baseAddress!, count) == 0)
    }
}
