/// CPython 3.11's "Did you mean" suggestions for NameError and AttributeError:
/// the candidate closest to the wrong name by a weighted edit distance, where a
/// change of case costs half a full edit and at most about a third of the
/// characters involved may change.
enum Suggestions {
    private static let maxCandidates = 750
    private static let maxLength = 40
    private static let moveCost = 2
    private static let caseCost = 1

    /// The best candidate for `wrong`, or nil when none is close enough.
    static func closest(to wrong: String, among candidates: [String]) -> String? {
        let wrongScalars = Array(wrong.unicodeScalars)
        guard candidates.count <= maxCandidates, wrongScalars.count <= maxLength else { return nil }
        var best = wrongScalars.count
        var suggestion: String?
        for candidate in candidates where candidate != wrong {
            let scalars = Array(candidate.unicodeScalars)
            var limit = (scalars.count + wrongScalars.count + 3) * moveCost / 6
            limit = min(limit, best - 1)
            let distance = editDistance(wrongScalars, scalars, limit: limit)
            if distance > limit { continue }
            if suggestion == nil || distance < best {
                suggestion = candidate
                best = distance
            }
        }
        return suggestion
    }

    /// The weighted Levenshtein distance, or `limit + 1` once it must exceed `limit`.
    static func editDistance(_ first: [Unicode.Scalar], _ second: [Unicode.Scalar], limit: Int) -> Int {
        if first == second { return 0 }
        var a = first[...], b = second[...]
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return moveCost * (a.count + b.count) }
        if a.count > maxLength || b.count > maxLength { return limit + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > limit { return limit + 1 }
        let short = Array(a), long = Array(b)
        var row = (0..<short.count).map { ($0 + 1) * moveCost }
        var result = 0
        for (bIndex, bChar) in long.enumerated() {
            var distance = bIndex * moveCost
            result = distance
            var minimum = Int.max
            for (index, aChar) in short.enumerated() {
                let substitute = distance + substitutionCost(bChar, aChar)
                distance = row[index]
                let insertDelete = min(result, distance) + moveCost
                result = min(insertDelete, substitute)
                row[index] = result
                minimum = min(minimum, result)
            }
            if minimum > limit { return limit + 1 }
        }
        return result
    }

    private static func substitutionCost(_ x: Unicode.Scalar, _ y: Unicode.Scalar) -> Int {
        if x == y { return 0 }
        return x.properties.lowercaseMapping == y.properties.lowercaseMapping ? caseCost : moveCost
    }
}
