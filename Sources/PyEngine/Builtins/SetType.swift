extension Builtins {
    /// Not yet written: filled in by the Set work.
    static func installSet() {}
}
