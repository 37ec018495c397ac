extension Builtins {
    /// Not yet written: filled in by the Tuple work.
    static func installTuple() {}
}
