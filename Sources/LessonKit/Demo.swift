/// A runnable Python program shown on a page (a ```` ```python demo ```` block).
public struct Demo: Hashable, Sendable, Identifiable {
    /// Unique within the lesson: `id=` from the info string, or derived from page and position.
    public var id: String
    public var code: String
    /// An optional "what will this print?" question asked before the demo runs.
    public var prediction: Prediction?
    /// Where the opening fence is.
    public var location: SourceLocation

    public init(id: String, code: String, prediction: Prediction? = nil, location: SourceLocation) {
        self.id = id
        self.code = code
        self.prediction = prediction
        self.location = location
    }
}

/// A predict-the-output question attached to a demo (a ```` ```predict ```` block).
/// The block's body is exactly what the demo prints.
public struct Prediction: Hashable, Sendable {
    public var expectedOutput: String
    public var location: SourceLocation

    public init(expectedOutput: String, location: SourceLocation) {
        self.expectedOutput = expectedOutput
        self.location = location
    }

    /// Whether `answer` matches the expected output, ignoring trailing spaces on each line
    /// and blank lines at either end.
    public func check(_ answer: String) -> Bool {
        Self.normalize(answer) == Self.normalize(expectedOutput)
    }

    /// Output with trailing spaces removed from each line and blank edge lines dropped.
    public static func normalize(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
