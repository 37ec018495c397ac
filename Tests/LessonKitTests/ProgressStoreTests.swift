import Foundation
import Testing
@testable import LessonKit

@Suite struct ProgressStoreTests {
    let fixedNow: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_800_000_000) }

    func store(in folder: URL) -> ProgressStore {
        ProgressStore(url: folder.appendingPathComponent("looplab/progress.json"), now: fixedNow)
    }

    @Test func defaultPath() {
        #expect(ProgressStore.defaultURL(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/u"])?.path == "/state/looplab/progress.json")
        #expect(ProgressStore.defaultURL(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/u"])?.path == "/home/u/.local/state/looplab/progress.json")
        #expect(ProgressStore.defaultURL(environment: ["HOME": "/home/u"])?.path == "/home/u/.local/state/looplab/progress.json")
        #expect(ProgressStore.defaultURL(environment: [:]) == nil)
    }

    @Test func missingFileIsFreshProgress() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = store(in: folder).load()
        #expect(result.progress == Progress())
        #expect(result.notice == nil)
    }

    @Test func roundTrip() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var progress = Progress()
        progress.visit(lesson: "coroutines", page: "what-await-does")
        progress.visit(lesson: "coroutines", page: "driving-a-coroutine-by-hand")
        progress.recordQuiz(lesson: "coroutines", quiz: "call-async", selection: [1], correct: true)
        progress.recordPrediction(lesson: "coroutines", demo: "by-hand", text: "step 1", correct: false)
        progress.recordExercisePassed(lesson: "coroutines", exercise: "run-by-hand")
        let s = store(in: folder)
        try s.save(progress)
        let loaded = s.load()
        #expect(loaded.notice == nil)
        #expect(loaded.progress == progress)
        #expect(loaded.progress.current == Progress.Position(lesson: "coroutines", page: "driving-a-coroutine-by-hand"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: s.url.deletingLastPathComponent().path)
        #expect(leftovers == ["progress.json"], "the temporary file is renamed into place")
        let text = try String(contentsOf: s.url, encoding: .utf8)
        #expect(text.contains("\"version\" : 1"))
    }

    @Test func corruptFileIsSetAside() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let s = store(in: folder)
        try FileManager.default.createDirectory(at: s.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: s.url)
        let result = s.load()
        #expect(result.progress == Progress())
        let aside = try #require(result.setAsideURL)
        #expect(aside.lastPathComponent == "progress.json.corrupt-20270115T080000Z")
        #expect(FileManager.default.fileExists(atPath: aside.path))
        #expect(!FileManager.default.fileExists(atPath: s.url.path))
        #expect(result.notice?.contains("could not be read") == true)
        #expect(result.notice?.contains(aside.path) == true)
        // Saving afterwards works and loads cleanly.
        try s.save(result.progress)
        #expect(s.load().notice == nil)
    }

    @Test func wrongShapeIsSetAside() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let s = store(in: folder)
        try FileManager.default.createDirectory(at: s.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(#"{"version": 1, "lessons": 7}"#.utf8).write(to: s.url)
        let result = s.load()
        #expect(result.setAsideURL != nil)
        #expect(result.progress == Progress())
    }

    @Test func futureVersionIsSetAside() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let s = store(in: folder)
        try FileManager.default.createDirectory(at: s.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(#"{"version": 99, "shiny": true}"#.utf8).write(to: s.url)
        let result = s.load()
        #expect(result.progress == Progress())
        #expect(result.notice?.contains("newer LoopLab (format 99") == true)
        #expect(result.setAsideURL.map { FileManager.default.fileExists(atPath: $0.path) } == true)
    }

    @Test func reset() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let s = store(in: folder)
        try s.reset()
        var progress = Progress()
        progress.visit(lesson: "a", page: "p")
        try s.save(progress)
        try s.reset()
        #expect(!FileManager.default.fileExists(atPath: s.url.path))
        #expect(s.load().progress == Progress())
    }

    @Test func resumeAndSummary() {
        let here = SourceLocation(file: "x.md", line: 1)
        let pages = ["one", "two"].map { Page(id: $0, title: $0.capitalized, blocks: [.markdown("x")], location: here) }
        let course = Course(lessons: [
            Lesson(id: "a", title: "A", pages: pages, source: "a.md"),
            Lesson(id: "b", title: "B", pages: pages, source: "b.md"),
        ])
        var progress = Progress()
        #expect(progress.resumePoint(in: course)! == (0, 0))
        progress.visit(lesson: "a", page: "one")
        progress.visit(lesson: "a", page: "two")
        progress.visit(lesson: "b", page: "two")
        #expect(progress.resumePoint(in: course)! == (1, 1))
        #expect(progress.isComplete(course.lessons[0]))
        #expect(progress.summary(of: course) == "✓ A: 2/2 pages\n… B: 1/2 pages  ← you are here")
        progress.current = Progress.Position(lesson: "b", page: "gone")
        #expect(progress.resumePoint(in: course)! == (1, 0))
        progress.current = Progress.Position(lesson: "gone", page: "gone")
        #expect(progress.resumePoint(in: course)! == (0, 0))
        #expect(Progress().resumePoint(in: Course()) == nil)
    }
}
