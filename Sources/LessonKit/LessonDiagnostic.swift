/// One problem found while reading lesson files. Loading never stops at a problem:
/// the loader keeps going and collects every diagnostic, so `looplab lint` can print them all.
public struct LessonDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How bad a problem is. Errors make `looplab lint` fail; warnings are advice.
    public enum Severity: String, Hashable, Sendable, Comparable {
        case warning, error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public var file: String { location.file }
    public var line: Int { location.line }
    public var column: Int { location.column }

    /// `file:line:col: message`, with `warning: ` before the message of a warning.
    public var description: String {
        severity == .error ? "\(location): \(message)" : "\(location): warning: \(message)"
    }
}

extension Array where Element == LessonDiagnostic {
    /// Whether any of these diagnostics is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, then line, then column: the order `looplab lint` prints them in.
    public func sortedByLocation() -> [LessonDiagnostic] {
        sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }
}

/// A problem a code validator (for instance the Python parser) found in a demo or solution.
/// `line` and `column` are 1-based and relative to the code itself; the loader turns them
/// into positions in the lesson file.
public struct CodeProblem: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}

/// Checks a piece of Python code and returns its problems. LessonKit knows no Python: the app
/// plugs the engine's parser in here, and lint reports each problem at its place in the lesson.
public typealias CodeValidator = @Sendable (_ code: String) -> [CodeProblem]
