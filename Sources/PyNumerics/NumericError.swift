/// A Python exception raised by a numeric operation, as a value.
///
/// Each case names the Python exception type; the payload is CPython's exact message.
public enum NumericError: Error, Equatable, Hashable, Sendable {
    case valueError(String)
    case overflowError(String)
    case zeroDivisionError(String)
    case typeError(String)
    /// The result would be a complex number, which LoopLab does not model.
    case complexResult

    /// The Python exception class name to raise.
    public var pythonTypeName: String {
        switch self {
        case .valueError, .complexResult: return "ValueError"
        case .overflowError: return "OverflowError"
        case .zeroDivisionError: return "ZeroDivisionError"
        case .typeError: return "TypeError"
        }
    }

    /// The exception message, exactly as CPython prints it.
    public var message: String {
        switch self {
        case .valueError(let m), .overflowError(let m), .zeroDivisionError(let m), .typeError(let m):
            return m
        case .complexResult:
            return "complex numbers are not supported by LoopLab's engine"
        }
    }
}

extension NumericError: CustomStringConvertible {
    /// `Type: message`, as in a traceback's last line.
    public var description: String { "\(pythonTypeName): \(message)" }
}
