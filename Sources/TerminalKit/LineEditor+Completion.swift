// MARK: - Tab completion

extension LineEditor {
    /// Where the word being completed starts: the run of letters, digits,
    /// `_` and `.` that ends at the cursor (so `asyncio.sl` is one word).
    public static func completionWordStart(before index: Int, in buffer: [Character]) -> Int {
        var i = index
        while i > 0, buffer[i - 1].isLetter || buffer[i - 1].isNumber || buffer[i - 1] == "_" || buffer[i - 1] == "." {
            i -= 1
        }
        return i
    }

    /// Tab: one candidate replaces the word; several extend it to their
    /// longest common prefix, and if that adds nothing, the first Tab rings
    /// the bell and a second Tab lists them.
    static func complete(_ s: inout LineEditState, completer: Completer?, secondTab: Bool) -> LineEditAction {
        guard let completer else { return .bell }
        let candidates = completer(s.text, s.cursor)
        guard !candidates.isEmpty else { return .bell }
        let start = completionWordStart(before: s.cursor, in: s.buffer)
        let word = Array(s.buffer[start..<s.cursor])
        let replacement = candidates.count == 1 ? Array(candidates[0]) : commonPrefix(candidates)
        if replacement.count > word.count || (candidates.count == 1 && replacement != word) {
            s.buffer.replaceSubrange(start..<s.cursor, with: replacement)
            s.cursor = start + replacement.count
            return .redraw
        }
        if candidates.count == 1 { return .none }
        if secondTab {
            s.completionCandidates = candidates
            return .showCompletions(candidates)
        }
        s.tabPending = true
        return .bell
    }

    static func commonPrefix(_ strings: [String]) -> [Character] {
        guard var prefix = strings.first.map(Array.init) else { return [] }
        for string in strings.dropFirst() {
            let other = Array(string)
            var n = 0
            while n < prefix.count && n < other.count && prefix[n] == other[n] { n += 1 }
            prefix.removeLast(prefix.count - n)
        }
        return prefix
    }
}
