/// The source lines a block spans: 1-based, inclusive.
public struct SourceLines: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// First line of the block.
    public var first: Int
    /// Last line of the block (equal to `first` for one-line blocks).
    public var last: Int

    public init(_ first: Int, _ last: Int) {
        self.first = first
        self.last = max(first, last)
    }

    /// `@3` for one line, `@3-7` for several: the form `TreeDump` prints.
    public var description: String { first == last ? "@\(first)" : "@\(first)-\(last)" }
}
