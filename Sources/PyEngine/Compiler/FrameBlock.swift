import PySyntax

/// A control structure that `return`, `break` and `continue` must unwind when
/// they leave it (CPython's `fblockinfo`).
struct FrameBlock {
    enum Kind {
        case whileLoop
        /// The iterator is on the stack.
        case forLoop
        /// `try` body with an `except` handler pushed.
        case tryExcept
        /// `try` body whose `finally` body runs on the way out.
        case finallyTry([Stmt])
        /// The exceptional copy of a `finally` body: `previous exc` on the stack.
        case finallyEnd
        /// `with` body: `exit` on the stack.
        case with(isAsync: Bool)
        /// An `except` body: `previous exc` on the stack; the `as` name if any.
        case handlerCleanup(name: String?)
        /// An `except*` body: leaving it directly is not allowed.
        case exceptionGroupHandler
        /// A value kept on the stack under the body (return value during finally).
        case popValue
    }

    let kind: Kind
    /// Where `continue` goes (loops only).
    let start: Label?
    /// Where `break` goes (loops only).
    let exit: Label?

    var isLoop: Bool {
        switch kind {
        case .whileLoop, .forLoop: return true
        default: return false
        }
    }
}
