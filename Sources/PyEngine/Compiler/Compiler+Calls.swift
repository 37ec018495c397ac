import PySyntax

/// Calls and displays (list, tuple, set, dict) with `*` and `**` unpacking.
extension Compiler {
    /// `pushNull; f; args; call(n)`, or `obj; loadMethod(m); args; call(n)`.
    func compileCall(_ function: Expr, _ args: [Expr], _ keywords: [Keyword]) throws(PySyntaxError) {
        let unpacks = args.contains { $0.isStarred } || keywords.contains { $0.name == nil }
        if case .attribute(let obj, let attr) = function.kind, !unpacks {
            try compileExpr(obj)
            try at(function.span) { emit(.loadMethod(attributeName(attr))) }
        } else {
            emit(.pushNull)
            try compileExpr(function)
        }
        try compileCallArguments(args, keywords, alreadyPushed: 0)
    }

    /// Pushes the arguments and emits the call. `alreadyPushed` positional
    /// arguments are on the stack already (a class's body function and name).
    func compileCallArguments(_ args: [Expr], _ keywords: [Keyword], alreadyPushed: Int) throws(PySyntaxError) {
        if args.contains(where: { $0.isStarred }) || keywords.contains(where: { $0.name == nil }) {
            try compileSequence(args, kind: .tuple, alreadyPushed: alreadyPushed, forceList: true)
            if !keywords.isEmpty { try compileKeywordDict(keywords) }
            emit(.callFunctionEx(hasKwargs: !keywords.isEmpty))
            return
        }
        for a in args { try compileExpr(a) }
        for k in keywords { try compileExpr(k.value) }
        let n = alreadyPushed + args.count + keywords.count
        if keywords.isEmpty {
            emit(.call(n))
        } else {
            emit(.callKw(n, names: tupleOfStrings(keywords.map { $0.name! })))
        }
    }

    /// The `**kwargs` dict of `callFunctionEx`: runs of `name=value` become maps,
    /// merged in order with each `**mapping`.
    private func compileKeywordDict(_ keywords: [Keyword]) throws(PySyntaxError) {
        var haveDict = false
        var run: [Keyword] = []
        func flushRun() throws(PySyntaxError) {
            guard !run.isEmpty else { return }
            for k in run {
                emit(.loadConst(stringConstant(k.name!)))
                try compileExpr(k.value)
            }
            emit(.buildMap(run.count))
            if haveDict { emit(.dictMerge(1)) }
            haveDict = true
            run = []
        }
        for k in keywords {
            if k.name != nil {
                run.append(k)
                continue
            }
            try flushRun()
            if !haveDict {
                emit(.buildMap(0))
                haveDict = true
            }
            try compileExpr(k.value)
            try at(k.span) { emit(.dictMerge(1)) }
        }
        try flushRun()
    }

    enum SequenceKind { case list, tuple, set }

    /// A display. With starred items it builds a list and extends it (CPython's
    /// starunpack_helper); a tuple is converted at the end.
    func compileSequence(_ items: [Expr], kind: SequenceKind, alreadyPushed: Int = 0,
                         forceList: Bool = false) throws(PySyntaxError) {
        let hasStar = items.contains { $0.isStarred }
        if !hasStar && !forceList {
            for item in items { try compileExpr(item) }
            emit(build(kind, alreadyPushed + items.count))
            return
        }
        var built = false
        for (i, item) in items.enumerated() {
            if case .starred(let inner) = item.kind {
                if !built {
                    emit(build(kind == .set ? .set : .list, alreadyPushed + i))
                    built = true
                }
                try compileExpr(inner)
                emit(kind == .set ? .setUpdate(1) : .listExtend(1))
            } else {
                try compileExpr(item)
                if built { emit(kind == .set ? .setAdd(1) : .listAppend(1)) }
            }
        }
        if !built { emit(build(kind == .set ? .set : .list, alreadyPushed + items.count)) }
        if kind == .tuple { emit(.listToTuple) }
    }

    private func build(_ kind: SequenceKind, _ n: Int) -> Instruction {
        switch kind {
        case .list: return .buildList(n)
        case .tuple: return .buildTuple(n)
        case .set: return .buildSet(n)
        }
    }

    /// `{k: v, **m}`: runs of pairs become maps, joined with `dictUpdate`.
    func compileDict(_ keys: [Expr?], _ values: [Expr]) throws(PySyntaxError) {
        var haveDict = false
        var pending = 0
        func flush() {
            guard pending > 0 || !haveDict else { return }
            emit(.buildMap(pending))
            if haveDict { emit(.dictUpdate(1)) }
            haveDict = true
            pending = 0
        }
        for (key, value) in zip(keys, values) {
            if let key {
                try compileExpr(key)
                try compileExpr(value)
                pending += 1
            } else {
                flush()
                try compileExpr(value)
                emit(.dictUpdate(1))
            }
        }
        if pending > 0 || !haveDict { flush() }
    }
}

extension Expr {
    var isStarred: Bool {
        if case .starred = kind { return true }
        return false
    }
}
