// TerminalKit: everything between the tutor and the terminal, with no
// interpreter or lesson code. Pure state machines driven by values; I/O only
// behind the `Terminal` protocol.
//
// Important files (SwiftPM would warn about a README.md in this folder):
//   ANSI.swift, ANSI+Style.swift   the escape-sequence catalog; Style -> SGR
//   ColorMode.swift                colour mode and UTF-8 locale detection
//   Sanitizer.swift                neutralise control characters in untrusted text
//   Style.swift, DisplayWidth.swift  styled text and wcwidth-like column widths
//   KeyEvent.swift, KeyDecoder*.swift  bytes -> key events, incrementally
//   LineEditor*.swift, History.swift   the REPL's line editor and its history file
//   Cell.swift, ScreenBuffer*.swift    cell grid and minimal frame diff
//   Pager.swift                    less-style paging state machine
//   Terminal.swift                 the I/O protocol, FakeTerminal, KeyReader
//   FileDescriptorTerminal.swift, RawMode.swift, TerminalSignals.swift  the real edge
//
// A typical REPL loop:
//   TerminalSignals.install()
//   let raw = try RawMode()            // restored on deinit, or by a fatal signal
//   var reader = KeyReader(); var editor = LineEditor(history: .load(from: path))
//   while let keys = reader.readKeys(from: terminal, timeoutMilliseconds: 100) {
//       if TerminalSignals.takeResize() { /* redraw at terminal.size */ }
//       for key in keys { switch editor.handle(key) { … } }
//   }
