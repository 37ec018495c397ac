extension Builtins {
    /// Not yet written: filled in by the List work.
    static func installList() {}
}
