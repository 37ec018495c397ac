import LessonKit
import TerminalKit

/// Something that happened: the tutor's input (the Msg of the Elm architecture).
public enum TutorMessage: Equatable, Sendable {
    /// The program started: show the welcome screen. `notice` is a progress-file problem to report.
    case start(notice: String?)
    /// A key pressed in interactive mode.
    case key(KeyEvent)
    /// A whole line, read in line-by-line mode (or typed in tests).
    case line(String)
    /// The window changed size.
    case resize(TerminalSize)
    /// A demo run finished.
    case demoFinished(token: Int, DemoRun)
    /// Input ended (Ctrl-D in line mode, the end of a pipe).
    case endOfInput
    /// A side effect went wrong (the progress file could not be written…): tell the learner.
    case notice(String)
}

/// A side effect for the program to carry out, as a value (the Cmd of the Elm architecture).
public enum TutorCommand: Equatable, Sendable {
    /// Write the progress file.
    case saveProgress(Progress)
    /// Delete the progress file.
    case resetProgress
    /// Run a demo, then send `.demoFinished(token:…)`.
    case runDemo(token: Int, code: String)
    /// Write the command history file.
    case saveHistory(History)
    /// Ring the bell.
    case bell
    /// Redraw the whole screen (Ctrl-L).
    case clearScreen
    /// Leave the program.
    case quit
}
