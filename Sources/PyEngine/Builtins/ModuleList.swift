extension Builtins {
    /// Not yet written: filled in by the Modules work.
    static func installModules() {}
}
