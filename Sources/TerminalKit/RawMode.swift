#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the terminal could not be put in raw mode.
public enum TerminalError: Error, Equatable, Sendable {
    /// The descriptor is not a terminal (a pipe or file): use line mode instead.
    case notATerminal
    /// `tcgetattr` or `tcsetattr` failed with this errno.
    case system(function: String, errno: Int32)
}

/// Raw mode for as long as this object lives: keys arrive one at a time,
/// unechoed, with Ctrl-C and Ctrl-Z as bytes. `restore()` (also run by
/// `deinit`) puts the saved settings back. While active, the saved settings
/// are also handed to `TerminalSignals`, so a crash restores them too.
///
/// Output processing (`OPOST`) is left on, so `\n` still starts a new line.
public final class RawMode {
    public let fd: Int32
    public let original: termios
    public private(set) var isActive = false

    /// Enters raw mode on `fd`.
    /// - Parameter keepSignals: keep `ISIG`, so Ctrl-C raises SIGINT instead of arriving as a byte.
    public init(fd: Int32 = STDIN_FILENO, keepSignals: Bool = false) throws(TerminalError) {
        guard isatty(fd) == 1 else { throw .notATerminal }
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { throw .system(function: "tcgetattr", errno: errno) }
        self.fd = fd
        self.original = saved
        var raw = Self.rawAttributes(from: saved, keepSignals: keepSignals)
        TerminalSignals.rememberForRestore(saved, fd: fd)
        guard tcsetattr(fd, TCSAFLUSH, &raw) == 0 else {
            TerminalSignals.forgetRestore()
            throw .system(function: "tcsetattr", errno: errno)
        }
        isActive = true
    }

    /// Restores the saved settings. Safe to call more than once.
    public func restore() {
        guard isActive else { return }
        var saved = original
        _ = tcsetattr(fd, TCSAFLUSH, &saved)
        TerminalSignals.forgetRestore()
        isActive = false
    }

    deinit { restore() }

    /// The raw version of `attributes` (what linenoise's `enableRawMode` does,
    /// minus clearing `OPOST`): no echo, no canonical lines, no CR→NL
    /// translation, no flow control, 8-bit characters, reads return after 1 byte.
    public static func rawAttributes(from attributes: termios, keepSignals: Bool = false) -> termios {
        var t = attributes
        t.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        t.c_cflag |= tcflag_t(CS8)
        var local = tcflag_t(ECHO | ICANON | IEXTEN)
        if !keepSignals { local |= tcflag_t(ISIG) }
        t.c_lflag &= ~local
        withUnsafeMutableBytes(of: &t.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        return t
    }
}
