extension Builtins {
    /// Not yet written: filled in by the Functions work.
    static func installFunctions() {}
}
