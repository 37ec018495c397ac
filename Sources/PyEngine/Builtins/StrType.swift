extension Builtins {
    /// Not yet written: filled in by the Str work.
    static func installStr() {}
}
