extension Builtins {
    /// Not yet written: filled in by the Dict work.
    static func installDict() {}
}
