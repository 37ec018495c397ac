extension Builtins {
    /// Not yet written: filled in by the ObjectAndType work.
    static func installObjectAndType() {}
}
