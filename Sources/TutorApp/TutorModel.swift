import LessonKit
import MarkdownKit
import LoopTrace
import TerminalKit

/// One block of the tutor's scrolling transcript. Entries keep their meaning, not their
/// layout, so a resize re-renders them at the new width.
public enum TranscriptEntry: Equatable, Sendable {
    /// Markdown text (pages, quiz feedback, help).
    case markdown(String)
    /// One line of plain text in a tone.
    case text(String, Tone)
    /// Lines shown verbatim under a label (a demo's stdout or stderr).
    case output(label: String, text: String, tone: Tone)
    /// A demo's event-loop timeline, drawn from its trace at the current width.
    case timeline(Trace)
    /// The command the learner typed, echoed after the prompt (interactive mode only).
    case echo(prompt: String, line: String)
    /// An empty line.
    case blank

    /// How a line of text should look.
    public enum Tone: Equatable, Sendable {
        case normal, dim, heading, success, failure, notice, stdout, stderr
    }
}

/// Everything the tutor knows, as a value (the Model of the Elm architecture).
public struct TutorModel: Equatable, Sendable {
    /// What the prompt is waiting for.
    public enum Mode: Equatable, Sendable {
        /// A command (`next`, `run`, `answer b`, ...).
        case command
        /// Lines of a predict-the-output answer for the demo at `demo` on the current page.
        case predicting(demo: Int, lines: [String])
        /// A demo is running; `token` tells its result from a cancelled one's.
        case running(token: Int, demo: Int)
        /// "Reset all progress? [y/N]".
        case confirmingReset
        /// A long page is shown by the pager (interactive mode only).
        case paging(Pager)
    }

    public var course: Course
    public var progress: Progress
    /// Index into `course.lessons` and into that lesson's pages; nil before a lesson is open.
    public var lessonIndex: Int?
    public var pageIndex = 0
    public var mode: Mode = .command
    /// The line being typed, and the command history (kept across runs).
    public var editor = LineEditState()
    public var history: History
    /// Transcript entries, oldest first; only the newest `transcriptLimit` are kept.
    public var transcript: [TranscriptEntry] = []
    /// How many entries were dropped from the front (so line mode knows what is new).
    public var droppedEntries = 0
    /// What the pager shows, kept so a resize can lay it out again.
    public var pagedEntries: [TranscriptEntry] = []
    /// Hints revealed per exercise id in this session.
    public var hintsShown: [String: Int] = [:]
    /// The next demo run's token.
    public var nextRunToken = 1
    /// True for a terminal (pager, echo of commands); false when driven line by line.
    public var interactive: Bool
    /// ASCII marks instead of ✓ and friends.
    public var ascii: Bool
    public var size: TerminalSize
    /// Set once the learner has asked to leave.
    public var quitting = false
    /// Whether a demo runner (the engine) is available.
    public var canRunDemos: Bool
    /// `.plain` for NO_COLOR, pipes and screen readers.
    public var theme: Theme = .standard

    public static let transcriptLimit = 400

    public init(course: Course, progress: Progress = Progress(), history: History = History(),
                interactive: Bool = true, ascii: Bool = false, canRunDemos: Bool = true,
                size: TerminalSize = .fallback) {
        self.course = course
        self.progress = progress
        self.history = history
        self.interactive = interactive
        self.ascii = ascii
        self.canRunDemos = canRunDemos
        self.size = size
    }

    // MARK: - Derived

    public var lesson: Lesson? { lessonIndex.map { course.lessons[$0] } }
    public var page: Page? {
        guard let lesson, lesson.pages.indices.contains(pageIndex) else { return nil }
        return lesson.pages[pageIndex]
    }

    /// Total number of entries ever added (dropped ones included).
    public var entryCount: Int { droppedEntries + transcript.count }

    /// The prompt for the current mode.
    public var prompt: String {
        switch mode {
        case .command, .paging: "looplab> "
        case .predicting: "predict> "
        case .running: "(running... Ctrl-C cancels) "
        case .confirmingReset: "Reset all progress? [y/N] "
        }
    }

    mutating func add(_ entries: TranscriptEntry...) { add(entries) }

    mutating func add(_ entries: [TranscriptEntry]) {
        transcript += entries
        if transcript.count > Self.transcriptLimit {
            let extra = transcript.count - Self.transcriptLimit
            transcript.removeFirst(extra)
            droppedEntries += extra
        }
    }

    public var renderer: TranscriptRenderer {
        TranscriptRenderer(width: size.columns, theme: theme, glyphs: ascii ? .ascii : .unicode)
    }

    func mark(_ unicode: String, _ ascii: String) -> String { self.ascii ? ascii : unicode }
}
