extension Builtins {
    /// Not yet written: filled in by the Exceptions work.
    static func installExceptions() {}
}
