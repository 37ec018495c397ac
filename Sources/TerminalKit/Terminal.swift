/// Rows and columns of the terminal window.
public struct TerminalSize: Equatable, Sendable {
    public var rows: Int
    public var columns: Int
    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }
    /// What to assume when the size cannot be asked for.
    public static let fallback = TerminalSize(rows: 24, columns: 80)
}

/// The result of one read from the terminal.
public enum TerminalRead: Equatable, Sendable {
    /// Some bytes arrived (never empty).
    case bytes([UInt8])
    /// Nothing arrived before the timeout.
    case timeout
    /// Input is closed (end of a pipe, hung-up terminal).
    case endOfInput
}

/// The thin I/O edge: everything above it is pure and tested with
/// `FakeTerminal`; `FileDescriptorTerminal` is the real thing.
public protocol Terminal: AnyObject {
    /// Writes text as-is (callers build a whole frame and write it once).
    func write(_ text: String)
    /// Waits up to `timeoutMilliseconds` (negative: forever) for input.
    func read(timeoutMilliseconds: Int) -> TerminalRead
    /// Current window size.
    var size: TerminalSize { get }
    /// True when both input and output are a terminal (not a pipe or file).
    var isTTY: Bool { get }
}

/// A scripted terminal for tests: records what is written, replays queued
/// input chunk by chunk, and has a settable size.
public final class FakeTerminal: Terminal {
    /// Everything written, concatenated.
    public private(set) var output = ""
    /// Each `write` call separately, to check that a frame is one write.
    public private(set) var writes: [String] = []
    /// Reads still to be returned, in order.
    public var input: [TerminalRead]
    public var size: TerminalSize
    public var isTTY: Bool
    /// What `read` returns once `input` runs out.
    public var whenInputRunsOut: TerminalRead

    public init(input: [TerminalRead] = [], size: TerminalSize = .fallback, isTTY: Bool = true,
                whenInputRunsOut: TerminalRead = .endOfInput) {
        self.input = input
        self.size = size
        self.isTTY = isTTY
        self.whenInputRunsOut = whenInputRunsOut
    }

    /// Queues text as one chunk of input bytes.
    public func type(_ text: String) { input.append(.bytes(Array(text.utf8))) }

    /// Forgets recorded output.
    public func clearOutput() {
        output = ""
        writes = []
    }

    public func write(_ text: String) {
        output += text
        writes.append(text)
    }

    public func read(timeoutMilliseconds: Int) -> TerminalRead {
        input.isEmpty ? whenInputRunsOut : input.removeFirst()
    }
}

/// Reads key events from a terminal: bytes go through a `KeyDecoder`, and
/// a pending lone Esc is resolved once input stays quiet for `escapeDelay`.
public struct KeyReader: Sendable {
    public var decoder = KeyDecoder()
    /// How long to wait for the rest of an escape sequence, in milliseconds.
    public var escapeDelayMilliseconds: Int

    public init(escapeDelayMilliseconds: Int = 50) {
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
    }

    /// Waits up to `timeoutMilliseconds` for keys. Returns [] on timeout, nil
    /// at end of input (after returning any keys still pending).
    public mutating func readKeys(from terminal: Terminal, timeoutMilliseconds: Int) -> [KeyEvent]? {
        let wait = decoder.hasPending ? escapeDelayMilliseconds : timeoutMilliseconds
        switch terminal.read(timeoutMilliseconds: wait) {
        case .bytes(let bytes):
            return decoder.feed(bytes)
        case .timeout:
            return decoder.hasPending ? decoder.flush() : []
        case .endOfInput:
            let rest = decoder.flush()
            return rest.isEmpty ? nil : rest
        }
    }
}
