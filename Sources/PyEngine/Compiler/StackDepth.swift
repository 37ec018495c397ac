/// The maximum stack depth of a finished instruction list, found by flowing
/// depths along every edge (CPython's stackdepth()).
enum StackDepth {
    static func maximum(_ code: [Instruction]) -> Int {
        guard !code.isEmpty else { return 0 }
        var depthAt = [Int?](repeating: nil, count: code.count + 1)
        var work = [0]
        depthAt[0] = 0
        var maxDepth = 0
        func visit(_ target: Int, _ depth: Int) {
            precondition(depth >= 0, "negative stack depth at \(target)")
            maxDepth = max(maxDepth, depth)
            if depthAt[target] == nil {
                depthAt[target] = depth
                work.append(target)
            }
        }
        while let i = work.popLast() {
            guard i < code.count, let depth = depthAt[i] else { continue }
            let instruction = code[i]
            if let target = instruction.jumpTarget {
                visit(target, depth + effect(of: instruction, jumping: true))
            }
            if instruction.fallsThrough {
                visit(i + 1, depth + effect(of: instruction, jumping: false))
            }
        }
        return maxDepth
    }

    /// The net stack change of an instruction, along its jump edge or fall-through.
    static func effect(of i: Instruction, jumping: Bool) -> Int {
        switch i {
        case .nop, .jump, .popBlock, .setupAnnotations, .deleteFast, .deleteDeref, .deleteName,
             .deleteGlobal, .swap, .unary, .getIter, .listToTuple, .yieldValue, .getYieldFromIter,
             .getAwaitable, .getAIter, .formatValue(_, false), .loadAttr, .importStar:
            return i.isImportStar ? -1 : 0
        case .pop, .storeFast, .storeDeref, .storeName, .storeGlobal, .deleteAttr, .binary, .compare,
             .isOp, .containsOp, .popJumpIfFalse, .popJumpIfTrue, .popJumpIfNone, .popJumpIfNotNone,
             .listAppend, .setAdd, .listExtend, .setUpdate, .dictUpdate, .dictMerge, .returnValue,
             .yieldFrom, .popExcept, .withExitNormal, .reraise, .printExpr, .binarySubscr, .deleteSubscr,
             .formatValue(_, true):
            return -1
        case .copy, .loadConst, .loadFast, .loadDeref, .loadClosure, .loadClassDeref, .loadName,
             .loadGlobal, .loadMethod, .pushNull, .loadBuildClass, .loadAssertionError, .getANext,
             .pushExcInfo, .beforeWith, .beforeAsyncWith, .withExceptStart, .importFrom:
            return 1
        case .storeAttr, .mapAdd, .endAsyncFor, .storeSubscr:
            return i.isStoreSubscr ? -3 : -2
        case .checkExcMatch, .checkEgMatch: return 0
        case .prepReraiseStar, .importName: return -1
        case .popExceptAndReraise: return -3
        case .buildSlice(let n): return 1 - n
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return jumping ? 0 : -1
        case .forIter: return jumping ? -1 : 1
        case .setupFinally: return jumping ? 1 : 0
        case .buildTuple(let n), .buildList(let n), .buildSet(let n), .buildString(let n): return 1 - n
        case .buildMap(let n): return 1 - 2 * n
        case .unpackSequence(let n): return n - 1
        case .unpackEx(let before, let after): return before + after
        case .call(let n), .callKw(let n, _): return -n - 1
        case .callFunctionEx(let hasKwargs): return hasKwargs ? -3 : -2
        case .makeFunction(let flags): return -flags.rawValue.nonzeroBitCount
        case .raiseVarargs(let n): return -n
        case .loadFastLoadConst, .loadFastLoadFast, .loadFastLoadAttr, .storeFastLoadFast, .compareAndJump, .returnConst,
             .returnLocal, .pushNullLoadGlobal:
            let (first, second) = i.parts!
            return effect(of: first, jumping: false) + effect(of: second, jumping: jumping)
        }
    }
}

extension Instruction {
    /// False for instructions after which control never reaches the next one.
    var fallsThrough: Bool {
        switch self {
        case .jump, .returnValue, .returnConst, .returnLocal, .raiseVarargs, .reraise, .popExceptAndReraise: return false
        default: return true
        }
    }

    fileprivate var isImportStar: Bool { if case .importStar = self { return true }; return false }
    fileprivate var isStoreSubscr: Bool { if case .storeSubscr = self { return true }; return false }
}
