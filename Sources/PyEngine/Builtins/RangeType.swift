extension Builtins {
    /// Not yet written: filled in by the Range work.
    static func installRange() {}
}
