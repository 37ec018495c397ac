#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signal handling that keeps the terminal usable:
/// - fatal signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS,
///   SIGFPE, SIGILL) restore the termios settings `RawMode` saved and write
///   `ANSI.restoreAll` (show cursor, leave the alternate screen…), then
///   re-raise the signal with its default action, so the exit status is honest;
/// - SIGWINCH sets a flag the app polls with `takeResize()`.
///
/// Handlers only call async-signal-safe functions (`tcsetattr`, `write`,
/// `signal`, `raise`) on memory allocated before they were installed.
public enum TerminalSignals {
    /// The signals after which the process dies and the terminal must be restored.
    public static let fatalSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL]

    /// Installs the handlers. `outputFD` receives the restore bytes.
    /// Call once at start-up, before entering raw mode.
    public static func install(outputFD: Int32 = STDOUT_FILENO) {
        prepareStorage(outputFD: outputFD)
        for sig in fatalSignals { signal(sig, restoreAndReraise) }
        signal(SIGWINCH, noteResize)
    }

    /// True once after each window resize (SIGWINCH) since the last call.
    public static func takeResize() -> Bool {
        prepareStorage(outputFD: nil)
        let pending = SignalShared.flags[Flag.resize] != 0
        SignalShared.flags[Flag.resize] = 0
        return pending
    }

    /// Runs the restore a fatal signal would run, without dying: for an app's
    /// own error exits.
    public static func emergencyRestore() {
        prepareStorage(outputFD: nil)
        restoreTerminal()
    }

    // MARK: - Shared with RawMode

    static func rememberForRestore(_ attributes: termios, fd: Int32) {
        prepareStorage(outputFD: nil)
        SignalShared.termiosCopy.pointee = attributes
        SignalShared.flags[Flag.termiosFD] = fd
    }

    static func forgetRestore() {
        prepareStorage(outputFD: nil)
        SignalShared.flags[Flag.termiosFD] = -1
    }

    // MARK: - Storage

    private enum Flag {
        static let termiosFD = 0   // -1 when there is nothing to restore
        static let outputFD = 1
        static let resize = 2      // non-zero after SIGWINCH
    }

    /// Touches the shared storage so its lazy initialisation happens here,
    /// never inside a handler.
    private static func prepareStorage(outputFD: Int32?) {
        SignalShared.touch()
        if let outputFD { SignalShared.flags[Flag.outputFD] = outputFD }
    }

    fileprivate static func restoreTerminal() {
        let fd = SignalShared.flags[Flag.termiosFD]
        if fd >= 0 { _ = tcsetattr(fd, TCSAFLUSH, SignalShared.termiosCopy) }
        let bytes = SignalShared.restoreBytes
        _ = posixWrite(SignalShared.flags[Flag.outputFD], bytes.baseAddress, bytes.count)
    }
}

/// Memory the signal handlers read. Signal handlers run outside Swift's
/// concurrency model, interrupting whatever thread was running, so this
/// cannot be actor-isolated; it is `nonisolated(unsafe)` on purpose. The
/// globals are `let` pointers to manually allocated memory so a handler
/// never triggers exclusivity checks, allocation or lazy initialisation
/// (`TerminalSignals.install` touches them first). The Int32 flags are
/// written whole, like C's `volatile sig_atomic_t`.
private enum SignalShared {
    nonisolated(unsafe) static let termiosCopy: UnsafeMutablePointer<termios> = {
        let p = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        p.initialize(to: termios())
        return p
    }()

    /// [termios fd, output fd, resize pending].
    nonisolated(unsafe) static let flags: UnsafeMutablePointer<Int32> = {
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: 3)
        p.initialize(from: [-1, STDOUT_FILENO, 0], count: 3)
        return p
    }()

    nonisolated(unsafe) static let restoreBytes: UnsafeMutableBufferPointer<UInt8> = {
        let bytes = Array(ANSI.restoreAll.utf8)
        let p = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = p.initialize(from: bytes)
        return p
    }()

    static func touch() {
        _ = termiosCopy
        _ = flags
        _ = restoreBytes
    }
}

private func restoreAndReraise(_ sig: Int32) {
    TerminalSignals.restoreTerminal()
    signal(sig, SIG_DFL)
    raise(sig)
}

private func noteResize(_ sig: Int32) {
    SignalShared.flags[2] = 1
}
