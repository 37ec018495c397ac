/// Argument binding for asyncio's functions, which mix positional parameters
/// with keyword ones (`create_task(coro, *, name=None)`).
extension CallArgs {
    /// Values for `positional` (by position or name) then `keywordOnly` (by
    /// name); nil where not given. The first `required` are mandatory.
    func bind(_ function: String, positional: [String], keywordOnly: [String] = [],
              required: Int) throws -> [Value?] {
        if count > positional.count {
            throw PyError.type("\(function)() takes \(positionalCountText(positional.count)) but \(count) were given")
        }
        var values: [Value?] = self.positional.map { $0 } + Array(repeating: nil, count: positional.count - count)
        values += Array(repeating: nil, count: keywordOnly.count)
        let names = positional + keywordOnly
        for (name, value) in keywords {
            guard let i = names.firstIndex(of: name) else {
                throw PyError.type("\(function)() got an unexpected keyword argument '\(name)'")
            }
            if values[i] != nil { throw PyError.type("\(function)() got multiple values for argument '\(name)'") }
            values[i] = value
        }
        for i in 0..<required where values[i] == nil {
            throw PyError.type("\(function)() missing 1 required positional argument: '\(names[i])'")
        }
        return values
    }

    private func positionalCountText(_ n: Int) -> String {
        n == 1 ? "1 positional argument" : "\(n) positional arguments"
    }
}
