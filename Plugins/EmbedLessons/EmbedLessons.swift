import Foundation
import PackagePlugin

/// Embeds the package's top-level `Lessons/` folder into the target it is applied to.
///
/// SwiftPM cannot bundle a folder outside `Sources/` as a resource, so this plugin runs
/// `EmbedLessonsTool`, which writes one Swift file holding every lesson file's name and text.
/// Every lesson file is a declared input, so editing a lesson re-embeds it. SwiftPM caches the
/// plugin's plan until the manifest changes, so after adding or removing a lesson file run
/// `touch Package.swift` before building (`BuiltinLessonsTests` fails while the copy is stale).
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let lessons = context.package.directoryURL.appending(path: "Lessons")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessons.swift")
        let inputs = lessonFiles(in: lessons)
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) lesson files",
                executable: try context.tool(named: "EmbedLessonsTool").url,
                arguments: [lessons.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }

    /// The Markdown files directly inside `Lessons/`, sorted by name.
    private func lessonFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { folder.appending(path: $0) }
    }
}
