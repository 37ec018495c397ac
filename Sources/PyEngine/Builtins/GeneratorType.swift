extension Builtins {
    /// Not yet written: filled in by the Generators work.
    static func installGenerators() {}
}
