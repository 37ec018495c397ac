/// Fuses common instruction pairs into superinstructions (see `Instruction`),
/// as CPython 3.11 does: the first of a pair becomes the fused form, which runs
/// both and skips the second. The second stays in place, so a jump to it (and
/// every instruction index: spans, handlers, tracebacks) means what it did.
enum Superinstructions {
    /// The instructions the eval loop runs for compiled `code`.
    static func fused(_ code: [Instruction]) -> [Instruction] {
        var result = code
        var i = 0
        while i + 1 < code.count {
            if let pair = fuse(code[i], code[i + 1]) {
                result[i] = pair
                i += 2
            } else {
                i += 1
            }
        }
        return result
    }

    private static func fuse(_ first: Instruction, _ second: Instruction) -> Instruction? {
        switch (first, second) {
        case let (.loadFast(a), .loadConst(c)): return .loadFastLoadConst(a, c)
        case let (.loadFast(a), .loadFast(b)): return .loadFastLoadFast(a, b)
        case let (.loadFast(a), .loadAttr(name)): return .loadFastLoadAttr(a, name: name)
        case let (.storeFast(a), .loadFast(b)): return .storeFastLoadFast(a, b)
        case let (.compare(op), .popJumpIfFalse(target)): return .compareAndJump(op, ifTrue: false, target: target)
        case let (.compare(op), .popJumpIfTrue(target)): return .compareAndJump(op, ifTrue: true, target: target)
        case let (.loadConst(c), .returnValue): return .returnConst(c)
        case let (.loadFast(a), .returnValue): return .returnLocal(a)
        case let (.pushNull, .loadGlobal(name)): return .pushNullLoadGlobal(name)
        default: return nil
        }
    }
}

extension Instruction {
    /// The pair a superinstruction stands for; nil for a plain instruction.
    var parts: (Instruction, Instruction)? {
        switch self {
        case let .loadFastLoadConst(a, c): return (.loadFast(a), .loadConst(c))
        case let .loadFastLoadFast(a, b): return (.loadFast(a), .loadFast(b))
        case let .loadFastLoadAttr(a, name): return (.loadFast(a), .loadAttr(name))
        case let .storeFastLoadFast(a, b): return (.storeFast(a), .loadFast(b))
        case let .compareAndJump(op, ifTrue, target):
            return (.compare(op), ifTrue ? .popJumpIfTrue(target) : .popJumpIfFalse(target))
        case let .returnConst(c): return (.loadConst(c), .returnValue)
        case let .returnLocal(a): return (.loadFast(a), .returnValue)
        case let .pushNullLoadGlobal(name): return (.pushNull, .loadGlobal(name))
        default: return nil
        }
    }
}
