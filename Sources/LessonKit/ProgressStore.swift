import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads and saves `Progress` as JSON in one file, by default
/// `$XDG_STATE_HOME/looplab/progress.json` or `~/.local/state/looplab/progress.json`.
///
/// Writes are atomic (a temporary file in the same folder, then `rename`), so a crash never
/// leaves half a file. A file that cannot be read, or was written by a newer LoopLab, is moved
/// aside and reported in `LoadResult.notice`; loading never throws and never crashes.
public struct ProgressStore: Sendable {
    /// What `load()` found.
    public struct LoadResult: Sendable {
        public var progress: Progress
        /// A message for the learner when the file was set aside (nil when all went well).
        public var notice: String?
        /// Where a bad file was moved to, if it was.
        public var setAsideURL: URL?
    }

    /// The progress file.
    public let url: URL
    /// Current time, injectable so tests get predictable set-aside names.
    private let now: @Sendable () -> Date

    public init(url: URL, now: @escaping @Sendable () -> Date = { Date() }) {
        self.url = url
        self.now = now
    }

    /// A store at the default path for `environment`; nil when neither
    /// `XDG_STATE_HOME` nor `HOME` is set.
    public init?(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let url = Self.defaultURL(environment: environment) else { return nil }
        self.init(url: url)
    }

    /// `$XDG_STATE_HOME/looplab/progress.json` (when set and absolute), else
    /// `$HOME/.local/state/looplab/progress.json`.
    public static func defaultURL(environment: [String: String]) -> URL? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("looplab/progress.json")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/looplab/progress.json")
    }

    // MARK: - Load

    /// Reads the progress file. A missing file is fresh progress; a corrupt or newer one
    /// is moved aside and fresh progress is returned with a notice.
    public func load() -> LoadResult {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return LoadResult(progress: Progress())
        }
        let decoder = JSONDecoder()
        guard let probe = try? decoder.decode(VersionProbe.self, from: data) else {
            return setAside(reason: "could not be read")
        }
        if probe.version > Progress.currentVersion {
            return setAside(reason: "was written by a newer LoopLab (format \(probe.version), this one reads \(Progress.currentVersion))")
        }
        guard let progress = try? decoder.decode(Progress.self, from: data) else {
            return setAside(reason: "could not be read")
        }
        return LoadResult(progress: progress)
    }

    /// Just the version field, to tell "newer format" from "damaged".
    private struct VersionProbe: Decodable { var version: Int }

    private func setAside(reason: String) -> LoadResult {
        let stamp = Self.timestamp(now())
        let aside = url.deletingLastPathComponent().appendingPathComponent("\(url.lastPathComponent).corrupt-\(stamp)")
        if rename(url.path, aside.path) == 0 {
            return LoadResult(progress: Progress(),
                              notice: "Your progress file \(reason), so LoopLab moved it to \(aside.path) and started fresh.",
                              setAsideURL: aside)
        }
        return LoadResult(progress: Progress(),
                          notice: "Your progress file \(url.path) \(reason) and could not be moved aside; LoopLab started fresh and will overwrite it.")
    }

    /// `20260121T163755Z`: sortable and safe in file names.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    // MARK: - Save and reset

    /// Writes `progress` atomically, creating the folder if needed.
    public func save(_ progress: Progress) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        var data = try encoder.encode(progress)
        data.append(0x0A)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw ProgressStoreError.cannotWrite(temporary.path)
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw ProgressStoreError.cannotWrite(url.path)
        }
    }

    /// Deletes the progress file (the app asks for confirmation first). No file is fine.
    public func reset() throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        try FileManager.default.removeItem(at: url)
    }
}

/// Why saving progress failed.
public enum ProgressStoreError: Error, Equatable, CustomStringConvertible {
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .cannotWrite(let path): "cannot write the progress file \(path)"
        }
    }
}
