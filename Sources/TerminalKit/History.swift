import Foundation

/// The REPL's command history: oldest entry first, no blank entries, no two
/// equal entries in a row, at most `maxSize` entries (the oldest go first).
///
/// On disk it is UTF-8 text, one entry per line, with `\` written as `\\`
/// and a line break inside an entry as `\n`.
public struct History: Equatable, Sendable {
    /// Entries, oldest first.
    public private(set) var entries: [String]
    /// The most entries kept; adding more drops the oldest.
    public let maxSize: Int

    public init(entries: [String] = [], maxSize: Int = 1000) {
        self.maxSize = max(0, maxSize)
        self.entries = []
        for entry in entries { add(entry) }
    }

    /// Appends `line` unless it is blank or equal to the newest entry.
    public mutating func add(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line != entries.last, maxSize > 0 else { return }
        entries.append(line)
        if entries.count > maxSize { entries.removeFirst(entries.count - maxSize) }
    }

    // MARK: - Files

    /// Reads a history file. A missing or unreadable file gives an empty
    /// history; invalid UTF-8 is replaced, not rejected, and lines holding
    /// NUL bytes (a binary file, a torn write) are skipped.
    public static func load(from path: String, maxSize: Int = 1000) -> History {
        guard let data = FileManager.default.contents(atPath: path) else {
            return History(maxSize: maxSize)
        }
        let text = String(decoding: data, as: UTF8.self)
        let entries = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .filter { !$0.contains("\0") }
            .map { unescape(String($0)) }
        return History(entries: entries, maxSize: maxSize)
    }

    /// Writes the history atomically: to a temporary file in the same
    /// directory, then `rename` over `path`, so a crash never leaves half a
    /// file. Creates the directory if needed.
    public func save(to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let text = entries.map(Self.escape).map { $0 + "\n" }.joined()
        do {
            try Data(text.utf8).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    static func escape(_ entry: String) -> String {
        entry.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func unescape(_ line: String) -> String {
        var out = ""
        var escaping = false
        for c in line {
            if escaping {
                out.append(c == "n" ? "\n" : c == "\\" ? "\\" : c)
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                out.append(c)
            }
        }
        if escaping { out.append("\\") }
        return out
    }
}
