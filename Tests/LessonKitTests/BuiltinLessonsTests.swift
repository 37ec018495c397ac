import Foundation
import Testing
import BuiltinLessons
@testable import LessonKit

/// The lessons compiled into the program are exactly the files in `Lessons/`.
@Suite struct BuiltinLessonsTests {
    @Test func embeddedFilesMatchTheLessonsFolder() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: lessonsFolder).filter { $0.hasSuffix(".md") }.sorted()
        #expect(BuiltinLessons.files.map(\.name) == onDisk)
        for file in BuiltinLessons.files {
            let text = try String(contentsOfFile: lessonsFolder + "/" + file.name, encoding: .utf8)
            #expect(file.contents == text, "\(file.name)")
        }
    }

    @Test func embeddedLessonsLoadCleanly() {
        let builtin = BuiltinLessons.files.map { LessonFile(path: "Lessons/" + $0.name, text: $0.contents) }
        let course = LessonLoader().loadCourse(builtin: builtin, directories: [])
        #expect(course.diagnostics.isEmpty, "\(rendered(course.diagnostics))")
        #expect(course.lessons.map(\.source) == [
            "Lessons/01-concurrency-and-parallelism.md",
            "Lessons/02-coroutines-and-await.md",
            "Lessons/03-gather-and-create-task.md",
        ])
    }
}
