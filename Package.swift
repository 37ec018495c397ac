// swift-tools-version:6.0
// LoopLab: learn asyncio in the terminal.
//
// Data flows one way:
//   source text -> PySyntax (tokens, AST) -> PyEngine (bytecode, VM, event loop, trace)
//   lesson file -> LessonKit (model) -> MarkdownKit / TerminalKit (view) -> TutorApp
// The executable `looplab` wires the engine into the tutor.
import PackageDescription

let package = Package(
    name: "LoopLab",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "looplab", targets: ["looplab"]),
    ],
    targets: [
        // MARK: Engine
        /// String -> tokens -> AST.
        .target(name: "PySyntax"),
        /// Big integers and Python's number formatting rules.
        .target(name: "PyNumerics"),
        /// What the event loop did, as data: the trace schema and its JSON Lines form.
        .target(name: "LoopTrace", exclude: ["README.md"]),
        /// AST -> bytecode -> execution on a virtual clock. Swift 5 mode: the interpreter
        /// runs on one thread by design, and its object graph is deliberately not Sendable.
        .target(name: "PyEngine", dependencies: ["PySyntax", "PyNumerics", "LoopTrace"],
                swiftSettings: [
                    .swiftLanguageMode(.v5),
                    // The eval loop mutates frames and the VM on every instruction; it
                    // is single-threaded, so dynamic exclusivity checks only cost time.
                    .unsafeFlags(["-enforce-exclusivity=unchecked"]),
                    // Optimized even in debug builds: `swift run looplab` uses one, and
                    // learners' programs (and a runaway loop's budget) should run at speed.
                    .unsafeFlags(["-O"], .when(configuration: .debug)),
                ]),

        // MARK: Terminal UI
        /// Styles, widths, keys, line editing, cell buffers: no interpreter inside.
        .target(name: "TerminalKit"),
        /// Markdown -> styled terminal lines.
        .target(name: "MarkdownKit", dependencies: ["TerminalKit"]),
        /// Lesson files -> lessons, quizzes, exercises, progress (no rendering).
        .target(name: "LessonKit"),
        /// The top-level `Lessons/` folder, embedded into the binary at build time.
        .target(name: "BuiltinLessons", plugins: ["EmbedLessons"]),
        /// Build tool: lesson files -> a Swift source file holding their names and text.
        .executableTarget(name: "EmbedLessonsTool"),
        .plugin(name: "EmbedLessons", capability: .buildTool(), dependencies: ["EmbedLessonsTool"]),
        /// A trace -> the timeline: lanes per task, the static chart, diagnostics, playback.
        .target(name: "TimelineKit", dependencies: ["LoopTrace", "TerminalKit"], exclude: ["README.md"]),
        /// The tutor: state + event -> new state, view(state) -> text.
        .target(name: "TutorApp", dependencies: ["TerminalKit", "MarkdownKit", "LessonKit", "LoopTrace", "TimelineKit"]),

        // MARK: App
        .executableTarget(name: "looplab", dependencies: ["PyEngine", "LoopTrace", "TutorApp", "LessonKit", "BuiltinLessons", "TerminalKit", "TimelineKit"]),

        // MARK: Tests
        .testTarget(name: "PySyntaxTests", dependencies: ["PySyntax"], exclude: ["Oracle"]),
        .testTarget(name: "PyNumericsTests", dependencies: ["PyNumerics"], exclude: ["generate_vectors.py"]),
        .testTarget(name: "LoopTraceTests", dependencies: ["LoopTrace"]),
        .testTarget(name: "PyEngineTests", dependencies: ["PyEngine", "LoopTrace"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
        /// Golden-file comparison shared by the suites that keep expected text in files.
        .target(name: "GoldenFiles", path: "Tests/GoldenFiles"),
        .testTarget(name: "MarkdownKitTests", dependencies: ["MarkdownKit", "GoldenFiles"], exclude: ["Goldens"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit", "BuiltinLessons"]),
        .testTarget(name: "TimelineKitTests", dependencies: ["TimelineKit", "LoopTrace", "TerminalKit", "GoldenFiles"],
                    exclude: ["Goldens", "Fixtures", "tmux-play.sh"]),
        .testTarget(name: "TutorAppTests", dependencies: ["TutorApp", "LessonKit", "TerminalKit", "LoopTrace"], exclude: ["tmux-smoke.sh"]),
    ]
)
