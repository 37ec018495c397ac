import Foundation
import LessonKit
import TerminalKit
@testable import TutorApp

/// A two-lesson course small enough to read in the tests.
enum Fixture {
    static let first = """
    ---
    id: alpha-one
    title: Alpha
    ---

    ## Start here

    Welcome to alpha.

    ## A demo

    ```python demo id=hello
    print("hi")
    ```

    ```predict
    hi
    ```

    ## A quiz

    ```quiz id=pick
    Which letter?
    - [ ] A
      > Not this one.
    - [x] B
      > Yes, B.
    > Letters are fun.
    ```

    ## An exercise

    ```exercise id=ex
    Print hello.
    --- starter
    print("?")
    --- output
    hello
    --- hint
    Use print.
    --- hint
    print("hello")
    --- solution
    print("hello")
    ```
    """

    static let second = """
    ---
    id: beta
    title: Beta
    ---

    ## Only page

    ```python demo id=plain
    print(1)
    ```
    """

    static let course: Course = LessonLoader().load(layers: [[
        LessonFile(path: "t/01-alpha.md", text: first),
        LessonFile(path: "t/02-beta.md", text: second),
    ]])

    static func model(interactive: Bool = false, size: TerminalSize = TerminalSize(rows: 40, columns: 60)) -> TutorModel {
        var model = TutorModel(course: course, interactive: interactive, ascii: true, size: size)
        model.theme = .plain
        return model
    }

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tutor-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Drives `Tutor.update` and keeps every command it returned.
struct Driver {
    var model: TutorModel
    var commands: [TutorCommand] = []

    init(_ model: TutorModel = Fixture.model()) { self.model = model }

    @discardableResult
    mutating func send(_ message: TutorMessage) -> [TutorCommand] {
        let (next, produced) = Tutor.update(model, message)
        model = next
        commands += produced
        return produced
    }

    /// Sends lines, as line-by-line mode does.
    mutating func lines(_ lines: String...) {
        for line in lines { send(.line(line)) }
    }

    /// Sends every character of `text` as a key, `\r` as Enter.
    mutating func type(_ text: String) {
        for c in text { send(.key(c == "\r" ? .enter : .character(c))) }
    }

    /// The transcript as plain text, one entry's lines after another.
    var text: String {
        var renderer = model.renderer
        renderer.width = 200
        return renderer.render(model.transcript).map(\.plainText).joined(separator: "\n")
    }

    /// The plain text of entries added after `count` entries.
    func text(after count: Int) -> String {
        var renderer = model.renderer
        renderer.width = 200
        return renderer.render(Array(model.transcript.dropFirst(count))).map(\.plainText).joined(separator: "\n")
    }
}
