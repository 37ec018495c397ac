import Foundation
import LessonKit
import TerminalKit

/// The tutor's `update`: (model, message) -> (model, commands). Pure: every side effect
/// comes back as a `TutorCommand` for `TutorProgram` to carry out.
public enum Tutor {
    public static func update(_ model: TutorModel, _ message: TutorMessage) -> (TutorModel, [TutorCommand]) {
        var step = TutorStep(model: model)
        step.handle(message)
        return (step.model, step.commands)
    }

    /// Printed as the learner leaves.
    public static let farewell = "Bye! Your progress is saved: run `looplab` again to pick up where you left off."
}

/// One run of `update`: the model being changed and the commands collected so far.
struct TutorStep {
    var model: TutorModel
    var commands: [TutorCommand] = []

    mutating func handle(_ message: TutorMessage) {
        switch message {
        case .start(let notice): welcome(notice: notice)
        case .key(let key): press(key)
        case .line(let line):
            if case .command = model.mode { model.history.add(line) }
            submit(line)
        case .resize(let size): resize(size)
        case .demoFinished(let token, let run): demoFinished(token: token, run)
        case .endOfInput: quit()
        case .notice(let text): say(text, .notice)
        }
    }

    // MARK: - Output helpers

    mutating func say(_ text: String, _ tone: TranscriptEntry.Tone = .normal) {
        model.add(.text(text, tone))
    }

    mutating func saveProgress() { commands.append(.saveProgress(model.progress)) }

    // MARK: - Keys

    mutating func press(_ key: KeyEvent) {
        switch model.mode {
        case .paging(var pager):
            if (key == .character(" ") || key == .enter) && pager.atEnd {
                model.mode = .command
            } else if pager.handle(key) == .quit {
                model.mode = .command
            } else {
                model.mode = .paging(pager)
            }
        case .running:
            if key == .control("c") {
                model.mode = .command
                say("Demo cancelled.", .notice)
            } else if key == .control("d") {
                quit()
            }
        case .command, .predicting, .confirmingReset:
            let wasEmpty = model.editor.buffer.isEmpty
            let isCommand = model.mode == .command
            let ids = model.course.lessons.map(\.id)
            let completer: Completer? = isCommand
                ? { @Sendable line, cursor in TutorCommandTable.completions(line: line, cursor: cursor, lessonIDs: ids) } : nil
            let (state, action) = LineEditor.reduce(model.editor, key, history: isCommand ? model.history.entries : [],
                                                    completer: completer)
            model.editor = state
            switch action {
            case .submit(let line):
                if model.interactive { model.add(.echo(prompt: model.prompt, line: line)) }
                if isCommand { model.history.add(line) }
                submit(line)
            case .cancel: cancel(lineWasEmpty: wasEmpty)
            case .endOfFile: quit()
            case .bell: commands.append(.bell)
            case .clearScreen: commands.append(.clearScreen)
            case .none, .redraw, .showCompletions: break
            }
        }
    }

    /// Ctrl-C: abandon what is going on.
    mutating func cancel(lineWasEmpty: Bool) {
        switch model.mode {
        case .predicting:
            model.mode = .command
            say("Prediction cancelled; the demo did not run.", .notice)
        case .confirmingReset:
            model.mode = .command
            say("Reset cancelled; your progress is unchanged.", .notice)
        case .command where lineWasEmpty:
            say("(Ctrl-C cancels the current action. To leave, type `quit` or press Ctrl-D.)", .dim)
        default:
            break
        }
    }

    // MARK: - Lines

    mutating func submit(_ line: String) {
        switch model.mode {
        case .predicting(let demo, var lines):
            if line.isEmpty {
                finishPrediction(demo: demo, lines: lines)
            } else {
                lines.append(line)
                model.mode = .predicting(demo: demo, lines: lines)
            }
        case .confirmingReset:
            model.mode = .command
            let answer = line.trimmingCharacters(in: .whitespaces).lowercased()
            if answer == "y" || answer == "yes" {
                resetProgress()
            } else {
                say("Reset cancelled; your progress is unchanged.", .notice)
            }
        case .running, .paging:
            break
        case .command:
            command(line)
        }
    }

    mutating func command(_ line: String) {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else {
            next()
            return
        }
        let arguments = Array(words.dropFirst())
        guard let name = TutorCommandTable.resolve(first) else {
            say("Unknown command `\(first)`. Type `help` to see the commands.", .failure)
            return
        }
        switch name {
        case "lessons": listLessons()
        case "open": open(arguments)
        case "next": next()
        case "back": back()
        case "page": showPage()
        case "run": run(arguments)
        case "answer": answer(arguments.joined(separator: " "))
        case "hint": hint()
        case "solution": solution()
        case "progress": showProgress()
        case "reset":
            model.mode = .confirmingReset
            if !model.interactive { say("Reset all progress? [y/N]", .notice) }
        case "help": model.add(.markdown(TutorCommandTable.helpMarkdown))
        default: quit()
        }
    }

    mutating func quit() {
        guard !model.quitting else { return }
        model.quitting = true
        model.mode = .command
        say(Tutor.farewell, .dim)
        commands += [.saveProgress(model.progress), .saveHistory(model.history), .quit]
    }

    mutating func resize(_ size: TerminalSize) {
        model.size = size
        guard case .paging(let old) = model.mode else { return }
        var pager = Pager(lines: model.renderer.render(model.pagedEntries), height: size.rows)
        for _ in 0..<old.top { _ = pager.handle(.down) }
        model.mode = .paging(pager)
    }
}

