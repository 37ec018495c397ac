import Foundation

/// A lesson file's path and text, before parsing. Built-in lessons arrive this way from the
/// `BuiltinLessons` target; files on disk are read with `LessonLoader.readFiles(at:)`.
public struct LessonFile: Hashable, Sendable {
    /// The path used in diagnostics (`Lessons/01-concurrency.md`).
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The file's name without folders.
    public var name: String { path.split(separator: "/").last.map(String.init) ?? path }

    /// For `NAME.zh.md`, `("NAME.md", "zh")`; nil for an untranslated lesson file.
    public var translation: (baseName: String, language: String)? {
        let parts = name.split(separator: ".")
        guard parts.count >= 3, parts.last == "md", let language = parts.dropLast().last,
              (2...3).contains(language.prefix { $0 != "-" && $0 != "_" }.count),
              language.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) else { return nil }
        return ((parts.dropLast(2) + ["md"]).joined(separator: "."), String(language))
    }

    /// Lesson files are `*.md`, except `README.md` (the instructor's guide).
    public var isLessonFile: Bool { name.hasSuffix(".md") && name.lowercased() != "readme.md" }
}

/// Reads lesson files into a `Course`.
///
/// Lessons come in layers: the built-in lessons first, then `LOOPLAB_LESSONS`, then
/// `--lessons DIR`. A later layer adds lessons and replaces earlier ones with the same id.
/// Within one layer, two lessons with the same id are an error (the first one wins).
/// A malformed file yields diagnostics; every other file still loads.
public struct LessonLoader: Sendable {
    /// Checks demo and solution code (the app plugs in the Python parser); nil skips the check.
    public var codeValidator: CodeValidator?

    public init(codeValidator: CodeValidator? = nil) {
        self.codeValidator = codeValidator
    }

    // MARK: - Loading

    /// Loads the course: `builtin` files, then each directory in `directories`, in order.
    public func loadCourse(builtin: [LessonFile], directories: [String]) -> Course {
        var layers = [builtin]
        var diagnostics: [LessonDiagnostic] = []
        for directory in directories {
            let (files, problems) = Self.readFiles(at: [directory])
            layers.append(files)
            diagnostics += problems
        }
        var course = load(layers: layers)
        course.diagnostics = (diagnostics + course.diagnostics).sortedByLocation()
        return course
    }

    /// Parses and merges layers of files; later layers override earlier ones by lesson id.
    public func load(layers: [[LessonFile]]) -> Course {
        var byID: [String: Lesson] = [:]
        var diagnostics: [LessonDiagnostic] = []
        for layer in layers {
            let (lessons, problems) = loadLayer(layer)
            diagnostics += problems
            for lesson in lessons { byID[lesson.id] = lesson }
        }
        let lessons = byID.values.sorted { ($0.location.file.split(separator: "/").last ?? "", $0.source)
            < ($1.location.file.split(separator: "/").last ?? "", $1.source) }
        diagnostics += Self.checkPrerequisites(lessons)
        return Course(lessons: lessons, diagnostics: diagnostics.sortedByLocation())
    }

    /// Parses one layer: lessons, translations attached to them, and within-layer duplicates.
    func loadLayer(_ files: [LessonFile]) -> ([Lesson], [LessonDiagnostic]) {
        var diagnostics: [LessonDiagnostic] = []
        var lessons: [Lesson] = []
        var seen: [String: Lesson] = [:]
        var translations: [(LessonFile, Lesson)] = []
        for file in files.filter(\.isLessonFile).sorted(by: { $0.name < $1.name }) {
            let (lesson, problems) = LessonParser.parse(path: file.path, text: file.text, validator: codeValidator)
            diagnostics += problems
            if file.translation != nil {
                translations.append((file, lesson))
            } else if let first = seen[lesson.id] {
                diagnostics.append(LessonDiagnostic(.error, "duplicate lesson id '\(lesson.id)' (also used by \(first.source))", at: lesson.location))
            } else {
                seen[lesson.id] = lesson
                lessons.append(lesson)
            }
        }
        for (file, translated) in translations {
            let (baseName, language) = file.translation!
            guard let index = lessons.firstIndex(where: { $0.location.file.split(separator: "/").last.map(String.init) == baseName }) else {
                diagnostics.append(LessonDiagnostic(.error, "translation without its base lesson: no '\(baseName)' beside it", at: translated.location))
                continue
            }
            if translated.id != lessons[index].id {
                diagnostics.append(LessonDiagnostic(.error, "the translation's id '\(translated.id)' differs from '\(lessons[index].id)' in \(baseName)", at: translated.location))
            }
            var copy = translated
            copy.id = lessons[index].id
            copy.prerequisites = lessons[index].prerequisites
            lessons[index].translations[language] = copy
        }
        return (lessons, diagnostics)
    }

    /// Every prerequisite must name a lesson in the course, and none may lead back to itself.
    static func checkPrerequisites(_ lessons: [Lesson]) -> [LessonDiagnostic] {
        let ids = Set(lessons.map(\.id))
        var diagnostics: [LessonDiagnostic] = []
        for lesson in lessons {
            let place = lesson.prerequisitesLocation ?? lesson.location
            for missing in lesson.prerequisites where !ids.contains(missing) {
                diagnostics.append(LessonDiagnostic(.error, "prerequisite '\(missing)' names no lesson", at: place))
            }
            if lesson.prerequisites.contains(lesson.id) {
                diagnostics.append(LessonDiagnostic(.error, "the lesson '\(lesson.id)' requires itself", at: place))
            }
        }
        return diagnostics
    }

    // MARK: - Lint

    /// Problems in the lesson files at `paths` (files or directories), for `looplab lint`.
    /// `base` (normally the built-in lessons) lets prerequisites name lessons outside `paths`;
    /// problems in `base` itself are not reported. Print each with `description`;
    /// exit non-zero when `containsErrors`.
    public func lint(paths: [String], base: [LessonFile] = []) -> [LessonDiagnostic] {
        let (files, readProblems) = Self.readFiles(at: paths)
        let linted = Set(files.map(\.path))
        let course = load(layers: [base, files])
        return (readProblems + course.diagnostics.filter { linted.contains($0.file) }).sortedByLocation()
    }

    // MARK: - Files on disk

    /// Lesson files at `paths`: each path is a file, or a directory whose `*.md` files
    /// (not sub-folders) are read. Unreadable paths become diagnostics.
    public static func readFiles(at paths: [String]) -> ([LessonFile], [LessonDiagnostic]) {
        var files: [LessonFile] = []
        var diagnostics: [LessonDiagnostic] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(LessonDiagnostic(.error, "no such file or directory", at: SourceLocation(file: path, line: 1)))
                continue
            }
            let targets: [String]
            if isDirectory.boolValue {
                let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
                let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
                targets = names.filter { $0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
            } else {
                targets = [path]
            }
            for target in targets {
                guard let data = manager.contents(atPath: target), let text = String(data: data, encoding: .utf8) else {
                    diagnostics.append(LessonDiagnostic(.error, "cannot read the file as UTF-8 text", at: SourceLocation(file: target, line: 1)))
                    continue
                }
                files.append(LessonFile(path: target, text: text))
            }
        }
        return (files, diagnostics)
    }

    /// The extra lesson directories, lowest priority first: `LOOPLAB_LESSONS` (a `:`-separated
    /// list), then each `--lessons DIR` / `--lessons=DIR` in `arguments`.
    public static func lessonDirectories(arguments: [String], environment: [String: String]) -> [String] {
        var directories = (environment["LOOPLAB_LESSONS"] ?? "").split(separator: ":").map(String.init)
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--lessons", index + 1 < arguments.count {
                directories.append(arguments[index + 1])
                index += 1
            } else if argument.hasPrefix("--lessons=") {
                directories.append(String(argument.dropFirst("--lessons=".count)))
            }
            index += 1
        }
        return directories
    }
}
