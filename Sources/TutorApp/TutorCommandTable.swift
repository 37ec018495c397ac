import TerminalKit

/// The commands the learner can type: names, aliases, help text and Tab completion.
public enum TutorCommandTable {
    /// One command in the table.
    public struct Entry: Equatable, Sendable {
        public var name: String
        public var aliases: [String]
        /// How its argument is written in `help` (empty when it takes none).
        public var argument: String
        public var summary: String
    }

    public static let entries: [Entry] = [
        Entry(name: "lessons", aliases: ["ls", "list"], argument: "", summary: "list the lessons with your progress"),
        Entry(name: "open", aliases: ["o"], argument: "LESSON", summary: "open a lesson by number or id: `open 2`, `open coroutines`"),
        Entry(name: "next", aliases: ["n"], argument: "", summary: "the next page (an empty line does the same)"),
        Entry(name: "back", aliases: ["b", "prev"], argument: "", summary: "the previous page"),
        Entry(name: "page", aliases: ["p"], argument: "", summary: "show the current page again"),
        Entry(name: "run", aliases: ["r"], argument: "[N]", summary: "run the page's demo (the N-th if it has several); asks for your prediction first when the page has a predict question"),
        Entry(name: "answer", aliases: ["a"], argument: "CHOICE", summary: "answer the page's quiz: `answer b`, or `answer a c` when several are right"),
        Entry(name: "hint", aliases: ["h"], argument: "", summary: "the next hint for the page's exercise"),
        Entry(name: "solution", aliases: [], argument: "", summary: "the exercise's reference solution, once you have seen every hint"),
        Entry(name: "progress", aliases: [], argument: "", summary: "what you have done so far"),
        Entry(name: "reset", aliases: [], argument: "", summary: "forget all progress (asks first)"),
        Entry(name: "help", aliases: ["?"], argument: "", summary: "this list"),
        Entry(name: "quit", aliases: ["exit", "q"], argument: "", summary: "leave; your progress is already saved (Ctrl-D too)"),
    ]

    /// The command a typed word means: a name, an alias, or an unambiguous prefix of a name.
    public static func resolve(_ word: String) -> String? {
        let word = word.lowercased()
        if let exact = entries.first(where: { $0.name == word || $0.aliases.contains(word) }) { return exact.name }
        let matches = entries.filter { $0.name.hasPrefix(word) }
        return matches.count == 1 && !word.isEmpty ? matches[0].name : nil
    }

    /// Tab completion: command names for the first word; lesson ids after `open`.
    /// Returns replacements for the word the line editor will replace (see
    /// `LineEditor.completionWordStart`), so ids with dashes complete whole.
    public static func completions(line: String, cursor: Int, lessonIDs: [String]) -> [String] {
        let chars = Array(line)
        let upToCursor = Array(chars[0..<min(cursor, chars.count)])
        let tokenStart = upToCursor.lastIndex(where: { $0 == " " }).map { $0 + 1 } ?? 0
        let token = String(upToCursor[tokenStart...])
        let before = String(upToCursor[..<tokenStart]).split(separator: " ").map(String.init)
        let pool: [String]
        switch before.count {
        case 0: pool = entries.map(\.name)
        case 1 where resolve(before[0]) == "open": pool = lessonIDs
        default: return []
        }
        // The editor replaces only the part after the last non-word character.
        let editorWordStart = LineEditor.completionWordStart(before: upToCursor.count, in: upToCursor)
        let kept = String(upToCursor[tokenStart..<max(tokenStart, editorWordStart)])
        return pool.filter { $0.hasPrefix(token) && $0.hasPrefix(kept) }
            .map { String($0.dropFirst(kept.count)) }
    }

    /// The `help` text, as Markdown.
    public static var helpMarkdown: String {
        var text = "**Commands** (Tab completes them; unique prefixes work too)\n\n"
        for entry in entries {
            var head = "`\(entry.name)"
            if !entry.argument.isEmpty { head += " \(entry.argument)" }
            head += "`"
            let aliases = entry.aliases.isEmpty ? "" : " (" + entry.aliases.map { "`\($0)`" }.joined(separator: ", ") + ")"
            text += "- \(head)\(aliases): \(entry.summary)\n"
        }
        text += """

        **Keys**: ←/→, Home/End, Ctrl-A/E move; Ctrl-K/U/W delete; ↑/↓ recall earlier \
        commands; Tab completes. Ctrl-C cancels what is going on, Ctrl-D leaves. \
        Long pages open in a pager: space for more, `b` back, `q` to stop reading.

        **Exercises**: `hint` reveals hints one at a time; `solution` unlocks after the last \
        hint (or once you have passed). Automatic checking of exercises arrives in a later \
        version: for now, try your code with `looplab run FILE.py`.
        """
        return text
    }
}
