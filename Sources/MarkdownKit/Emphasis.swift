/// A scanned inline piece before emphasis is resolved.
enum Piece {
    case node(Inline)
    case delimiter(Delimiter)
    /// A `[` that did not become a link.
    case bracket
}

/// A run of `*` or `_`.
struct Delimiter {
    var character: Character
    var count: Int
    var originalCount: Int
    var canOpen: Bool
    var canClose: Bool
}

/// CommonMark's "process emphasis": pair each closer with the nearest
/// compatible opener, wrapping what lies between.
enum Emphasis {
    static func resolve(_ input: [Piece]) -> [Inline] {
        var items = input
        var closerIndex = 0
        while closerIndex < items.count {
            guard case .delimiter(var closer) = items[closerIndex], closer.canClose,
                  let openerIndex = findOpener(for: closer, before: closerIndex, in: items),
                  case .delimiter(var opener) = items[openerIndex] else {
                closerIndex += 1
                continue
            }
            let used = opener.count >= 2 && closer.count >= 2 ? 2 : 1
            let inner = flatten(Array(items[(openerIndex + 1)..<closerIndex]))
            opener.count -= used
            closer.count -= used
            var replacement: [Piece] = []
            if opener.count > 0 { replacement.append(.delimiter(opener)) }
            replacement.append(.node(used == 2 ? .strong(inner) : .emphasis(inner)))
            if closer.count > 0 { replacement.append(.delimiter(closer)) }
            items.replaceSubrange(openerIndex...closerIndex, with: replacement)
            // Stay on the closer if it has delimiters left; otherwise move past the new node.
            closerIndex = openerIndex + replacement.count - (closer.count > 0 ? 1 : 0)
        }
        return flatten(items)
    }

    private static func findOpener(for closer: Delimiter, before index: Int, in items: [Piece]) -> Int? {
        var i = index - 1
        while i >= 0 {
            if case .delimiter(let opener) = items[i], opener.character == closer.character, opener.canOpen {
                // The "rule of 3" for runs that can both open and close.
                let sum = opener.originalCount + closer.originalCount
                let oddMatch = (opener.canClose || closer.canOpen) && sum % 3 == 0
                    && !(opener.originalCount % 3 == 0 && closer.originalCount % 3 == 0)
                if !oddMatch { return i }
            }
            i -= 1
        }
        return nil
    }

    /// Leftover delimiters and brackets become text; adjacent text merges.
    static func flatten(_ pieces: [Piece]) -> [Inline] {
        var out: [Inline] = []
        func appendText(_ s: String) {
            if case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous + s)
            } else {
                out.append(.text(s))
            }
        }
        for piece in pieces {
            switch piece {
            case .node(.text(let s)): appendText(s)
            case .node(let inline): out.append(inline)
            case .delimiter(let d): appendText(String(repeating: d.character, count: d.count))
            case .bracket: appendText("[")
            }
        }
        return out
    }
}
