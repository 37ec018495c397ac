#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal: reads one file descriptor, writes another.
public final class FileDescriptorTerminal: Terminal {
    public let inputFD: Int32
    public let outputFD: Int32

    public init(inputFD: Int32 = STDIN_FILENO, outputFD: Int32 = STDOUT_FILENO) {
        self.inputFD = inputFD
        self.outputFD = outputFD
    }

    public var isTTY: Bool { isatty(inputFD) == 1 && isatty(outputFD) == 1 }

    /// The window size from `TIOCGWINSZ`, else `LINES`/`COLUMNS`, else 24×80.
    public var size: TerminalSize {
        if let size = Self.windowSize(of: outputFD) ?? Self.windowSize(of: inputFD) { return size }
        let env = { (name: String) in getenv(name).flatMap { Int(String(cString: $0)) } }
        return TerminalSize(rows: env("LINES") ?? TerminalSize.fallback.rows,
                            columns: env("COLUMNS") ?? TerminalSize.fallback.columns)
    }

    /// Asks the kernel for a descriptor's window size; nil when it is not a
    /// terminal or reports zero.
    public static func windowSize(of fd: Int32) -> TerminalSize? {
        var ws = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_row > 0, ws.ws_col > 0 else { return nil }
        return TerminalSize(rows: Int(ws.ws_row), columns: Int(ws.ws_col))
    }

    /// Writes all of `text`, retrying after signals and short writes.
    public func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { posixWrite(outputFD, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return  // the terminal went away; nothing useful to do
            }
            bytes = bytes.dropFirst(written)
        }
    }

    public func read(timeoutMilliseconds: Int) -> TerminalRead {
        var pfd = pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0)
        let ready = poll(&pfd, 1, Int32(clamping: timeoutMilliseconds))
        if ready == 0 || (ready < 0 && errno == EINTR) { return .timeout }
        if ready < 0 { return .endOfInput }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { posixRead(inputFD, $0.baseAddress, $0.count) }
        if count > 0 { return .bytes(Array(buffer.prefix(count))) }
        if count < 0 && (errno == EINTR || errno == EAGAIN) { return .timeout }
        return .endOfInput
    }
}

// The methods above are named `write`/`read`, which hides the C functions
// inside the class; these reach them (also used by the signal handlers).
@inline(__always) func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}

@inline(__always) func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
