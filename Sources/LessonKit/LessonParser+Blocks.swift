/// Bodies of the interactive blocks: demo, predict, quiz and exercise.
extension LessonParser {
    // MARK: - Demo and predict

    mutating func addDemo(_ body: [String], fence: Fence, at index: Int) {
        let id = fence.attributes.first { $0.key == "id" }?.value ?? derivedID("demo")
        claim(id, at: index)
        let code = Self.trimmedCode(body)
        if code.isEmpty { report(.error, "the demo '\(id)' has no code", at: index) }
        validate(code, firstLine: index + 1 + Self.leadingBlankLines(body), column: fence.indent)
        appendItem(.demo(Demo(id: id, code: code, location: location(index, column: fence.indent + 1))))
    }

    mutating func addPrediction(_ body: [String], fence: Fence, at index: Int) {
        let target = fence.attributes.first { $0.key == "demo" }?.value
        let prediction = Prediction(expectedOutput: Self.trimmedCode(body), location: location(index, column: fence.indent + 1))
        if prediction.expectedOutput.isEmpty {
            report(.error, "the predict block is empty: write the demo's exact output in it", at: index)
        }
        let outcome: String? = withCurrentPage { page in
            let demoIndex = page.blocks.lastIndex { block in
                guard case .demo(let demo) = block else { return false }
                return target == nil || demo.id == target
            }
            guard let demoIndex, case .demo(var demo) = page.blocks[demoIndex] else {
                return target.map { "a predict block names demo '\($0)', which is not on this page before it" }
                    ?? "a predict block needs a ```python demo block before it on the same page"
            }
            if demo.prediction != nil { return "the demo '\(demo.id)' already has a predict block" }
            demo.prediction = prediction
            page.blocks[demoIndex] = .demo(demo)
            return nil
        } ?? "a predict block needs a ```python demo block before it on the same page"
        if let outcome { report(.error, outcome, at: index, column: fence.indent + 1) }
    }

    // MARK: - Quiz

    mutating func addQuiz(_ body: [String], kind: Quiz.Kind, fence: Fence, at index: Int) {
        let id = fence.attributes.first { $0.key == "id" }?.value ?? derivedID("quiz")
        claim(id, at: index)
        var question: [String] = []
        var options: [Quiz.Option] = []
        var explanation: [String] = []
        var inExplanation = false
        for (offset, line) in body.enumerated() {
            let lineIndex = index + 1 + offset
            let text = line.trimmingSpaces
            if let option = Self.option(line) {
                options.append(Quiz.Option(text: option.text, isCorrect: option.correct,
                                           location: location(lineIndex, column: fence.indent + 1)))
                inExplanation = false
            } else if options.isEmpty {
                question.append(line)
            } else if text.isEmpty {
                continue
            } else if line.first == " " || line.first == "\t" {
                var last = options[options.count - 1]
                if text.hasPrefix(">") {
                    Self.appendLine(Self.quoteBody(text), to: &last.explanation)
                    inExplanation = true
                } else if inExplanation {
                    Self.appendLine(text, to: &last.explanation)
                } else {
                    Self.appendLine(text, to: &last.text)
                }
                options[options.count - 1] = last
            } else if text.hasPrefix(">") {
                explanation.append(Self.quoteBody(text))
            } else {
                report(.error, "unexpected line in a quiz: options are '- [ ] text' or '- [x] text', "
                       + "explanations are indented '> text' lines under an option", at: lineIndex, column: fence.indent + 1)
            }
        }
        let quiz = Quiz(id: id, question: Self.trimmedCode(question), kind: kind, options: options,
                        explanation: explanation.joined(separator: "\n"), location: location(index, column: fence.indent + 1))
        lintQuiz(quiz, at: index)
        appendItem(.quiz(quiz))
    }

    private mutating func lintQuiz(_ quiz: Quiz, at index: Int) {
        if quiz.question.isEmpty { report(.error, "the quiz '\(quiz.id)' has no question", at: index) }
        if quiz.options.count < 2 {
            report(.error, "the quiz '\(quiz.id)' needs at least two options ('- [ ] text')", at: index)
        }
        let correct = quiz.correctIndices.count
        if correct == 0, !quiz.options.isEmpty {
            report(.error, "the quiz '\(quiz.id)' has no correct answer: mark one with '- [x]'", at: index)
        } else if quiz.kind == .single, correct > 1 {
            report(.error, "the single-choice quiz '\(quiz.id)' has \(correct) correct options: "
                   + "mark one, or write ```quiz multiple", at: index)
        }
        for option in quiz.options where option.explanation.isEmpty {
            diagnostics.append(LessonDiagnostic(.warning, "option '\(option.text)' has no explanation ('  > why')", at: option.location))
        }
    }

    /// `- [x] text` -> (true, "text").
    static func option(_ line: String) -> (correct: Bool, text: String)? {
        let chars = Array(line)
        guard chars.count >= 6, chars[0] == "-" || chars[0] == "*", chars[1] == " ", chars[2] == "[",
              chars[4] == "]", chars[5] == " " || chars.count == 5 else { return nil }
        let mark = chars[3]
        guard mark == " " || mark == "x" || mark == "X" else { return nil }
        return (mark != " ", String(chars[6...]).trimmingSpaces)
    }

    /// `> text` -> `text`.
    static func quoteBody(_ text: String) -> String {
        var rest = text.dropFirst()
        if rest.first == " " { rest = rest.dropFirst() }
        return String(rest)
    }

    static func appendLine(_ line: String, to text: inout String) {
        text = text.isEmpty ? line : text + "\n" + line
    }

    // MARK: - Exercise

    static let exerciseSections = ["starter", "solution", "hint", "output", "output contains", "code contains", "code lacks"]

    mutating func addExercise(_ body: [String], fence: Fence, at index: Int) {
        let id = fence.attributes.first { $0.key == "id" }?.value ?? derivedID("exercise")
        claim(id, at: index)
        var exercise = Exercise(id: id, prompt: "", location: location(index, column: fence.indent + 1))
        var solutionLine: Int?
        var solutionBlanks = 0
        for section in exerciseSections(body, firstLine: index + 1) {
            let content = Self.trimmedCode(section.lines)
            let items = section.lines.map(\.trimmingSpaces).filter { !$0.isEmpty }
            switch section.name {
            case "": exercise.prompt = content
            case "starter": exercise.starter = content
            case "solution":
                exercise.solution = content
                solutionLine = section.marker
                solutionBlanks = Self.leadingBlankLines(section.lines)
            case "hint": exercise.hints.append(content)
            case "output": exercise.checks.append(.output(content))
            case "output contains": exercise.checks += items.map { .outputContains($0) }
            case "code contains": exercise.checks += items.map { .codeContains($0) }
            case "code lacks": exercise.checks += items.map { .codeLacks($0) }
            default:
                report(.error, "unknown exercise section '--- \(section.name)' (known: "
                       + Self.exerciseSections.joined(separator: ", ") + ")", at: section.marker)
            }
        }
        lintExercise(exercise, solutionLine: solutionLine, solutionBlanks: solutionBlanks, fence: fence, at: index)
        appendItem(.exercise(exercise))
    }

    private mutating func lintExercise(_ exercise: Exercise, solutionLine: Int?, solutionBlanks: Int, fence: Fence, at index: Int) {
        if exercise.prompt.isEmpty {
            report(.error, "the exercise '\(exercise.id)' has no task: write it before the first '--- ' section", at: index)
        }
        guard let solutionLine, !exercise.solution.isEmpty else {
            report(.error, "the exercise '\(exercise.id)' has no solution: add a '--- solution' section", at: index)
            return
        }
        if exercise.checks.isEmpty {
            report(.warning, "the exercise '\(exercise.id)' has no checks ('--- output', '--- code contains', ...)", at: index)
        }
        for failure in exercise.failedSourceChecks(in: exercise.solution) {
            report(.error, "the solution of '\(exercise.id)' fails its own check: \(failure)", at: solutionLine)
        }
        validate(exercise.solution, firstLine: solutionLine + 1 + solutionBlanks, column: fence.indent)
    }

    /// A `--- name` section of an exercise body; `marker` is the 0-based file index of its
    /// `--- name` line (for the task before the first marker, of the opening fence).
    struct Section {
        var name: String
        var marker: Int
        var lines: [String] = []
    }

    /// Splits an exercise body whose first line is at 0-based file index `firstLine`.
    private func exerciseSections(_ body: [String], firstLine: Int) -> [Section] {
        var sections = [Section(name: "", marker: firstLine - 1)]
        for (offset, line) in body.enumerated() {
            if line.hasPrefix("--- ") {
                let name = line.dropFirst(4).trimmingSpaces.lowercased()
                sections.append(Section(name: name, marker: firstLine + offset))
            } else {
                sections[sections.count - 1].lines.append(line)
            }
        }
        return sections
    }

    // MARK: - Shared

    /// Runs the code validator; `firstLine` is the 0-based file index of the code's first line.
    mutating func validate(_ code: String, firstLine: Int, column: Int) {
        guard let validator, !code.isEmpty else { return }
        for problem in validator(code) {
            report(.error, problem.message, at: firstLine + problem.line - 1, column: column + problem.column)
        }
    }

    /// How many blank lines `trimmedCode` drops from the front of `lines`.
    static func leadingBlankLines(_ lines: [String]) -> Int {
        lines.prefix { $0.trimmingSpaces.isEmpty }.count
    }

    /// Lines joined, with blank lines at both ends dropped.
    static func trimmedCode(_ lines: [String]) -> String {
        var lines = lines[...]
        while lines.first?.trimmingSpaces.isEmpty == true { lines = lines.dropFirst() }
        while lines.last?.trimmingSpaces.isEmpty == true { lines = lines.dropLast() }
        return lines.joined(separator: "\n")
    }
}
