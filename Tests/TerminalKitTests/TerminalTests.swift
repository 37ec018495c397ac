#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import TerminalKit

@Suite struct FakeTerminalTests {
    @Test func recordsWritesAndReplaysInput() {
        let terminal = FakeTerminal(size: TerminalSize(rows: 10, columns: 40))
        terminal.type("hi")
        terminal.write("a")
        terminal.write("b")
        #expect(terminal.output == "ab")
        #expect(terminal.writes == ["a", "b"])
        #expect(terminal.read(timeoutMilliseconds: 0) == .bytes(Array("hi".utf8)))
        #expect(terminal.read(timeoutMilliseconds: 0) == .endOfInput)
        #expect(terminal.size.columns == 40)
    }

    @Test func keyReaderResolvesALoneEscapeAfterAQuietRead() {
        let terminal = FakeTerminal(input: [.bytes([0x1B]), .timeout, .bytes([0x1B, 0x5B]), .bytes([0x44])])
        var reader = KeyReader()
        #expect(reader.readKeys(from: terminal, timeoutMilliseconds: 1000) == [])
        #expect(reader.readKeys(from: terminal, timeoutMilliseconds: 1000) == [.escape])
        #expect(reader.readKeys(from: terminal, timeoutMilliseconds: 1000) == [])
        #expect(reader.readKeys(from: terminal, timeoutMilliseconds: 1000) == [.left])
        #expect(reader.readKeys(from: terminal, timeoutMilliseconds: 1000) == nil)
    }

    @Test func keyReaderDeliversPendingKeysBeforeEndOfInput() {
        let terminal = FakeTerminal(input: [.bytes([0x61, 0x1B])])
        var reader = KeyReader()
        #expect(reader.readKeys(from: terminal, timeoutMilliseconds: 0) == [.character("a")])
        #expect(reader.readKeys(from: terminal, timeoutMilliseconds: 0) == [.escape])
        #expect(reader.readKeys(from: terminal, timeoutMilliseconds: 0) == nil)
    }

    @Test func editorDrivenThroughTheFakeTerminalWritesOneRefreshPerKey() {
        let terminal = FakeTerminal(size: TerminalSize(rows: 5, columns: 12))
        terminal.type("中文ab\u{1B}[D")
        var reader = KeyReader()
        var editor = LineEditor()
        while let keys = reader.readKeys(from: terminal, timeoutMilliseconds: 0) {
            for key in keys where editor.handle(key) == .redraw {
                terminal.write(editor.state.render(prompt: "> ", width: terminal.size.columns).refreshSequence(mode: .none))
            }
        }
        #expect(terminal.writes.count == 5)
        #expect(terminal.writes.last == "\r> 中文ab\u{1B}[K\r\u{1B}[7C")
    }
}

@Suite struct FileDescriptorTerminalTests {
    @Test func readsBytesTimesOutAndSeesEndOfInput() {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let terminal = FileDescriptorTerminal(inputFD: fds[0], outputFD: fds[1])
        #expect(!terminal.isTTY)
        #expect(terminal.read(timeoutMilliseconds: 10) == .timeout)
        terminal.write("héllo")
        #expect(terminal.read(timeoutMilliseconds: 100) == .bytes(Array("héllo".utf8)))
        close(fds[1])
        #expect(terminal.read(timeoutMilliseconds: 100) == .endOfInput)
        close(fds[0])
    }
}

/// A pseudo-terminal pair, so raw mode and window size can be tested for real.
private struct PseudoTerminal {
    let controller: Int32
    let device: Int32

    /// Opens `/dev/ptmx` by hand (Glibc's module map hides `posix_openpt`):
    /// unlock with TIOCSPTLCK, find the device number with TIOCGPTN.
    init?() {
        #if os(Linux)
        let tiocsptlck: UInt = 0x4004_5431
        let tiocgptn: UInt = 0x8004_5430
        let controller = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard controller >= 0 else { return nil }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(controller, tiocsptlck, &unlock) == 0, ioctl(controller, tiocgptn, &number) == 0 else {
            _ = Glibc.close(controller)
            return nil
        }
        let device = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard device >= 0 else { _ = Glibc.close(controller); return nil }
        self.controller = controller
        self.device = device
        #else
        return nil
        #endif
    }

    func close() {
        _ = Glibc.close(device)
        _ = Glibc.close(controller)
    }
}

@Suite struct RawModeTests {
    @Test func rawAttributesTurnOffLineDisciplineButKeepOutputProcessing() {
        var cooked = termios()
        cooked.c_lflag = tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        cooked.c_iflag = tcflag_t(ICRNL | IXON)
        cooked.c_oflag = tcflag_t(OPOST)
        let raw = RawMode.rawAttributes(from: cooked)
        #expect(raw.c_lflag & tcflag_t(ECHO | ICANON | ISIG | IEXTEN) == 0)
        #expect(raw.c_iflag & tcflag_t(ICRNL | IXON) == 0)
        #expect(raw.c_oflag & tcflag_t(OPOST) != 0)
        let withSignals = RawMode.rawAttributes(from: cooked, keepSignals: true)
        #expect(withSignals.c_lflag & tcflag_t(ISIG) != 0)
    }

    @Test func notATerminalIsRefused() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        #expect(throws: TerminalError.notATerminal) { try RawMode(fd: fds[0]) }
    }

    @Test func entersRawModeAndRestoresOnDeinit() throws {
        let pty = try #require(PseudoTerminal())
        defer { pty.close() }
        var before = termios()
        tcgetattr(pty.device, &before)
        #expect(before.c_lflag & tcflag_t(ICANON) != 0)
        do {
            let raw = try RawMode(fd: pty.device)
            var during = termios()
            tcgetattr(pty.device, &during)
            #expect(during.c_lflag & tcflag_t(ICANON | ECHO) == 0)
            #expect(raw.isActive)
        }
        var after = termios()
        tcgetattr(pty.device, &after)
        #expect(after.c_lflag == before.c_lflag)
        #expect(after.c_iflag == before.c_iflag)
    }

    @Test func explicitRestoreIsIdempotent() throws {
        let pty = try #require(PseudoTerminal())
        defer { pty.close() }
        let raw = try RawMode(fd: pty.device)
        raw.restore()
        raw.restore()
        #expect(!raw.isActive)
        var now = termios()
        tcgetattr(pty.device, &now)
        #expect(now.c_lflag & tcflag_t(ICANON) != 0)
    }

    @Test func windowSizeComesFromTheKernel() throws {
        let pty = try #require(PseudoTerminal())
        defer { pty.close() }
        var ws = winsize(ws_row: 33, ws_col: 101, ws_xpixel: 0, ws_ypixel: 0)
        #expect(ioctl(pty.controller, UInt(TIOCSWINSZ), &ws) == 0)
        let terminal = FileDescriptorTerminal(inputFD: pty.device, outputFD: pty.device)
        #expect(terminal.isTTY)
        #expect(terminal.size == TerminalSize(rows: 33, columns: 101))
    }

}

/// Signal dispositions are process-wide, so these tests must not overlap.
@Suite(.serialized) struct TerminalSignalsTests {
    @Test func emergencyRestoreResetsTheSavedSettingsAndWritesRestoreBytes() throws {
        let pty = try #require(PseudoTerminal())
        defer { pty.close() }
        var before = termios()
        tcgetattr(pty.device, &before)
        var raw = RawMode.rawAttributes(from: before)
        TerminalSignals.rememberForRestore(before, fd: pty.device)
        tcsetattr(pty.device, TCSAFLUSH, &raw)
        TerminalSignals.install(outputFD: pty.device)
        defer {
            for sig in TerminalSignals.fatalSignals + [SIGWINCH] { signal(sig, SIG_DFL) }
            TerminalSignals.forgetRestore()
        }
        TerminalSignals.emergencyRestore()
        var after = termios()
        tcgetattr(pty.device, &after)
        #expect(after.c_lflag == before.c_lflag)
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = read(pty.controller, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).contains(ANSI.showCursor))
    }

    @Test func sigwinchSetsTheResizeFlagOnce() {
        TerminalSignals.install(outputFD: -1)
        defer { for sig in TerminalSignals.fatalSignals + [SIGWINCH] { signal(sig, SIG_DFL) } }
        _ = TerminalSignals.takeResize()
        // kill, not raise: test threads block signals, so the process-directed
        // signal is handled by another thread, a moment later.
        kill(getpid(), SIGWINCH)
        var seen = false
        for _ in 0..<200 where !seen {
            seen = TerminalSignals.takeResize()
            if !seen { usleep(5_000) }
        }
        #expect(seen)
        #expect(!TerminalSignals.takeResize())
    }
}
