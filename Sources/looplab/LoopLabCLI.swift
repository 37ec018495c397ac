import BuiltinLessons
import Foundation
import LessonKit
import TerminalKit
import TutorApp

/// The command line: a small hand-written parser and one function per subcommand.
enum LoopLabCLI {
    static let version = "looplab 0.1.0"

    static let usage = """
    usage: looplab [options] [command]

    Learn Python's asyncio in your terminal.

    commands:
      (none)             start the tutor; it resumes where you left off
      run FILE.py        run a Python program on LoopLab's engine (see `looplab run --help`);
                         --timeline charts what its event loop did, --play animates it
      lint [PATH...]     check lesson files; prints file:line:col: message, exits 1 on errors
                         (default: ./Lessons if present, else the built-in lessons, plus --lessons)
      lessons            list the lessons with your progress
      progress           print your progress
      reset [--yes]      forget all progress (asks first unless --yes)

    options:
      --lessons DIR      also load lessons from DIR (repeatable; same id replaces a built-in lesson)
      --no-color         no colours or styles (NO_COLOR does the same)
      --ascii            ASCII marks and borders only
      -h, --help         show this help
      --version          print the version

    Progress lives in $XDG_STATE_HOME/looplab/ (or ~/.local/state/looplab/).
    """

    /// What the command line asked for.
    struct Invocation {
        var command: String?
        var arguments: [String] = []
        var lessonDirectories: [String] = []
        var noColor = false
        var ascii = false
        var yes = false
    }

    /// A problem with the command line: printed with the usage hint, exit status 2.
    struct UsageError: Error { var message: String }

    static let commands = ["run", "lint", "lessons", "progress", "reset"]

    static func main(_ arguments: [String]) -> Int32 {
        let invocation: Invocation
        do {
            guard let parsed = try parse(arguments) else { return 0 }
            invocation = parsed
        } catch {
            printError("looplab: \(error.message)\nRun `looplab --help` for usage.")
            return 2
        }
        switch invocation.command {
        case nil: return startTutor(invocation)
        case "run": return RunCommand.main(invocation.arguments, noColor: invocation.noColor, ascii: invocation.ascii)
        case "lint": return lint(invocation)
        case "lessons": return listLessons(invocation)
        case "progress": return printProgress(invocation)
        case "reset": return reset(invocation)
        default: return 2
        }
    }

    /// Parses global options (anywhere before `run`'s own arguments) and the command.
    /// Returns nil when `--help` or `--version` was handled.
    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation? {
        var invocation = Invocation()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if invocation.command == "run" {
                // `run` has its own options: pass everything through.
                invocation.arguments.append(argument)
                continue
            }
            switch argument {
            case "-h", "--help":
                print(usage)
                return nil
            case "--version":
                print(version)
                return nil
            case "--no-color": invocation.noColor = true
            case "--ascii": invocation.ascii = true
            case "--lessons":
                guard let directory = rest.popFirst() else { throw UsageError(message: "--lessons needs a directory") }
                invocation.lessonDirectories.append(directory)
            case _ where argument.hasPrefix("--lessons="):
                invocation.lessonDirectories.append(String(argument.dropFirst("--lessons=".count)))
            case "-y", "--yes":
                guard invocation.command == "reset" else { throw UsageError(message: "\(argument) only goes with `reset`") }
                invocation.yes = true
            case _ where argument.hasPrefix("-") && argument != "-":
                throw UsageError(message: "unknown option '\(argument)'")
            default:
                if invocation.command == nil {
                    guard commands.contains(argument) else {
                        throw UsageError(message: "unknown command '\(argument)' (commands: \(commands.joined(separator: ", ")))")
                    }
                    invocation.command = argument
                } else if invocation.command == "lint" {
                    invocation.arguments.append(argument)
                } else {
                    throw UsageError(message: "'\(invocation.command!)' takes no argument '\(argument)'")
                }
            }
        }
        return invocation
    }

    // MARK: - Shared set-up

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var builtinFiles: [LessonFile] {
        BuiltinLessons.files.map { LessonFile(path: "Lessons/" + $0.name, text: $0.contents) }
    }

    static func loadCourse(_ invocation: Invocation) -> Course {
        let directories = LessonLoader.lessonDirectories(arguments: [], environment: environment) + invocation.lessonDirectories
        return LessonLoader().loadCourse(builtin: builtinFiles, directories: directories)
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func progressStore() -> ProgressStore? {
        let store = ProgressStore(environment: environment)
        if store == nil { printError("looplab: neither XDG_STATE_HOME nor HOME is set, so progress cannot be saved.") }
        return store
    }

    // MARK: - Commands

    static func startTutor(_ invocation: Invocation) -> Int32 {
        let course = loadCourse(invocation)
        let terminal = FileDescriptorTerminal()
        let env = environment
        let interactive = terminal.isTTY && env["TERM"] != "dumb"
        let colorMode: ColorMode = invocation.noColor ? .none : ColorMode.detect(environment: env, isTTY: terminal.isTTY)
        let ascii = invocation.ascii || LocaleSupport.prefersASCII(environment: env)
        let store = progressStore()
        let loaded = store?.load()
        var notices = [loaded?.notice].compactMap { $0 }
        let errors = course.diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            notices.append("\(errors) problem\(errors == 1 ? "" : "s") in the lesson files; `looplab lint` lists them.")
        }
        let historyPath = store?.url.deletingLastPathComponent().appendingPathComponent("history").path
        var model = TutorModel(course: course, progress: loaded?.progress ?? LessonKit.Progress(),
                               history: historyPath.map { History.load(from: $0, maxSize: 500) } ?? History(),
                               interactive: interactive, ascii: ascii, canRunDemos: true, size: terminal.size)
        model.theme = colorMode == .none ? .plain : .standard
        let program = TutorProgram(model: model, terminal: terminal, colorMode: colorMode, store: store,
                                   historyPath: historyPath, runner: EngineDemoRunner())
        program.run(notice: notices.isEmpty ? nil : notices.joined(separator: "\n"))
        return 0
    }

    static func lint(_ invocation: Invocation) -> Int32 {
        let loader = LessonLoader(codeValidator: pythonSyntaxValidator)
        var diagnostics: [LessonDiagnostic] = []
        var paths = invocation.arguments
        var fileCount = 0
        if paths.isEmpty {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: "Lessons", isDirectory: &isDirectory), isDirectory.boolValue {
                paths = ["Lessons"]
            } else {
                diagnostics += loader.load(layers: [builtinFiles]).diagnostics
                fileCount += builtinFiles.filter(\.isLessonFile).count
            }
            paths += invocation.lessonDirectories
        }
        if !paths.isEmpty {
            diagnostics += loader.lint(paths: paths, base: builtinFiles)
            fileCount += LessonLoader.readFiles(at: paths).0.filter(\.isLessonFile).count
        }
        diagnostics = diagnostics.sortedByLocation()
        for diagnostic in diagnostics { print(diagnostic.description) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let summary = "looplab lint: \(fileCount) lesson file\(fileCount == 1 ? "" : "s"), \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        printError(summary)
        return errors > 0 ? 1 : 0
    }

    static func listLessons(_ invocation: Invocation) -> Int32 {
        let course = loadCourse(invocation)
        let progress = progressStore()?.load().progress ?? LessonKit.Progress()
        let ascii = invocation.ascii || LocaleSupport.prefersASCII(environment: environment)
        for (index, lesson) in course.lessons.enumerated() {
            let seen = lesson.pages.filter { progress.record(for: lesson.id).pagesSeen.contains($0.id) }.count
            let mark = progress.isComplete(lesson) ? (ascii ? "x" : "✓") : seen > 0 ? (ascii ? "~" : "…") : " "
            print("\(mark) \(index + 1). \(lesson.title) [\(lesson.id)]: \(seen)/\(lesson.pages.count) pages")
            if !lesson.summary.isEmpty { print("     \(lesson.summary)") }
        }
        return 0
    }

    static func printProgress(_ invocation: Invocation) -> Int32 {
        guard let store = progressStore() else { return 1 }
        let loaded = store.load()
        if let notice = loaded.notice { printError(notice) }
        var summary = loaded.progress.summary(of: loadCourse(invocation))
        if invocation.ascii || LocaleSupport.prefersASCII(environment: environment) {
            summary = summary.replacingOccurrences(of: "✓", with: "x").replacingOccurrences(of: "…", with: "~")
                .replacingOccurrences(of: "←", with: "<-")
        }
        print(summary)
        print("(saved in \(store.url.path))")
        return 0
    }

    static func reset(_ invocation: Invocation) -> Int32 {
        guard let store = progressStore() else { return 1 }
        if !invocation.yes {
            FileHandle.standardOutput.write(Data("Reset all progress? [y/N] ".utf8))
            let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            if isatty(STDIN_FILENO) == 0 { print() }  // the typed answer did not end the line
            guard answer == "y" || answer == "yes" else {
                print("Nothing was changed.")
                return 1
            }
        }
        do {
            try store.reset()
        } catch {
            printError("looplab: could not delete \(store.url.path): \(error)")
            return 1
        }
        print("All progress was reset.")
        return 0
    }
}
