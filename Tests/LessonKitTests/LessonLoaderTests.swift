import Foundation
import Testing
@testable import LessonKit

@Suite struct LessonLoaderTests {
    func lesson(_ id: String, title: String = "T", requires: String = "") -> String {
        "---\nid: \(id)\ntitle: \(title)\n\(requires.isEmpty ? "" : "requires: \(requires)\n")---\n## Page\ntext\n"
    }

    @Test func ordersByFileNameAndSkipsReadme() {
        let course = LessonLoader().load(layers: [[
            LessonFile(path: "L/02-b.md", text: lesson("b", requires: "a")),
            LessonFile(path: "L/01-a.md", text: lesson("a")),
            LessonFile(path: "L/README.md", text: "# not a lesson"),
        ]])
        #expect(course.lessons.map(\.id) == ["a", "b"])
        #expect(course.diagnostics.isEmpty)
        #expect(course.lesson(id: "b")?.source == "L/02-b.md")
    }

    @Test func brokenFileDoesNotStopOthers() {
        let course = LessonLoader().load(layers: [[
            LessonFile(path: "L/01-a.md", text: lesson("a")),
            LessonFile(path: "L/02-broken.md", text: "---\nid: broken\n```quiz\n"),
            LessonFile(path: "L/03-c.md", text: lesson("c")),
        ]])
        #expect(course.lessons.map(\.id).contains("a"))
        #expect(course.lessons.map(\.id).contains("c"))
        #expect(course.hasErrors)
        #expect(course.diagnostics.allSatisfy { $0.file == "L/02-broken.md" })
    }

    @Test func duplicateIDsAndBrokenPrerequisites() {
        let course = LessonLoader().load(layers: [[
            LessonFile(path: "L/01-a.md", text: lesson("a", requires: "[nope, a]")),
            LessonFile(path: "L/02-a.md", text: lesson("a", title: "Second")),
        ]])
        #expect(rendered(course.diagnostics) == [
            "L/01-a.md:4:1: prerequisite 'nope' names no lesson",
            "L/01-a.md:4:1: the lesson 'a' requires itself",
            "L/02-a.md:1:1: duplicate lesson id 'a' (also used by L/01-a.md)",
        ])
        #expect(course.lessons.count == 1)
        #expect(course.lessons[0].title == "T")
    }

    @Test func laterLayerOverridesByID() {
        let course = LessonLoader().load(layers: [
            [LessonFile(path: "Lessons/01-a.md", text: lesson("a", title: "Built in")),
             LessonFile(path: "Lessons/02-b.md", text: lesson("b"))],
            [LessonFile(path: "/home/me/01-a.md", text: lesson("a", title: "Mine"))],
        ])
        #expect(course.diagnostics.isEmpty)
        #expect(course.lessons.map(\.title) == ["Mine", "T"])
    }

    @Test func translations() throws {
        let course = LessonLoader().load(layers: [[
            LessonFile(path: "L/01-a.md", text: lesson("a", title: "Hello")),
            LessonFile(path: "L/01-a.zh.md", text: lesson("a", title: "你好")),
            LessonFile(path: "L/02-b.fr.md", text: lesson("b")),
            LessonFile(path: "L/01-a.de.md", text: lesson("x")),
        ]])
        let a = try #require(course.lesson(id: "a"))
        #expect(a.localized("zh").title == "你好")
        #expect(a.localized("zh_CN.UTF-8").title == "你好")
        #expect(a.localized("ja").title == "Hello")
        #expect(Set(a.translations.keys) == ["zh", "de"])
        #expect(course.lessons.count == 1)
        #expect(rendered(course.diagnostics) == [
            "L/01-a.de.md:1:1: the translation's id 'x' differs from 'a' in 01-a.md",
            "L/02-b.fr.md:1:1: translation without its base lesson: no '02-b.md' beside it",
        ])
    }

    @Test func readsDirectoriesAndLintsPaths() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try lesson("mine", requires: "base").write(to: folder.appendingPathComponent("01-mine.md"), atomically: true, encoding: .utf8)
        try "---\nid: bad\ntitle: B\n---\n## P\n```quiz\nQ\n- [ ] a\n  > no\n- [ ] b\n  > no\n```\n"
            .write(to: folder.appendingPathComponent("02-bad.md"), atomically: true, encoding: .utf8)
        let base = [LessonFile(path: "Lessons/00-base.md", text: lesson("base"))]
        let problems = LessonLoader().lint(paths: [folder.path, "/no/such/file.md"], base: base)
        #expect(rendered(problems) == [
            "/no/such/file.md:1:1: no such file or directory",
            "\(folder.path)/02-bad.md:6:1: the quiz 'p.quiz-1' has no correct answer: mark one with '- [x]'",
        ].sorted())
        let course = LessonLoader().loadCourse(builtin: base, directories: [folder.path])
        #expect(course.lessons.map(\.id) == ["base", "mine", "bad"])
    }

    @Test func lessonDirectoriesFromEnvironmentAndArguments() {
        let dirs = LessonLoader.lessonDirectories(arguments: ["looplab", "--lessons", "/a", "--lessons=/b"],
                                                  environment: ["LOOPLAB_LESSONS": "/x:/y"])
        #expect(dirs == ["/x", "/y", "/a", "/b"])
    }
}
