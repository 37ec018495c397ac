import PySyntax

/// Assignment targets: `=`, augmented assignment, annotations and `del`.
extension Compiler {
    func compileAssign(_ targets: [Expr], _ value: Expr) throws(PySyntaxError) {
        try compileExpr(value)
        for (i, t) in targets.enumerated() {
            if i < targets.count - 1 { emit(.copy(1)) }
            try compileStore(t)
        }
    }

    /// Stores the value on top of the stack into `target`.
    func compileStore(_ target: Expr) throws(PySyntaxError) {
        try at(target.span) { () throws(PySyntaxError) in
            switch target.kind {
            case .name(let n): nameOp(n, .store)
            case .attribute(let obj, let attr):
                try compileExpr(obj)
                emit(.storeAttr(attributeName(attr)))
            case .subscript(let obj, let index):
                try compileExpr(obj)
                try compileExpr(index)
                emit(.storeSubscr)
            case .tuple(let items), .list(let items): try compileUnpack(items, target.span)
            case .starred:
                throw error("starred assignment target must be in a list or tuple", target.span)
            default:
                throw error("cannot assign to \(target.describedForErrors)", target.span)
            }
        }
    }

    /// `a, *b, c = seq`: unpacks, then stores each item left to right.
    private func compileUnpack(_ items: [Expr], _ span: SourceSpan) throws(PySyntaxError) {
        let starred = items.indices.filter { if case .starred = items[$0].kind { return true }; return false }
        if starred.count > 1 { throw error("multiple starred expressions in assignment", span) }
        if let s = starred.first {
            emit(.unpackEx(before: s, after: items.count - s - 1))
        } else {
            emit(.unpackSequence(items.count))
        }
        for item in items {
            if case .starred(let inner) = item.kind { try compileStore(inner) } else { try compileStore(item) }
        }
    }

    func compileAugAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr) throws(PySyntaxError) {
        switch target.kind {
        case .name(let n):
            try at(target.span) { nameOp(n, .load) }
            try compileExpr(value)
            try at(target.span.through(value.span)) { emit(.binary(op, inplace: true)) }
            nameOp(n, .store)
        case .attribute(let obj, let attr):
            try compileExpr(obj)
            emit(.copy(1))
            try at(target.span) { emit(.loadAttr(attributeName(attr))) }
            try compileExpr(value)
            try at(target.span.through(value.span)) { emit(.binary(op, inplace: true)) }
            emit(.swap(2))
            emit(.storeAttr(attributeName(attr)))
        case .subscript(let obj, let index):
            try compileExpr(obj)
            try compileExpr(index)
            emit(.copy(2))
            emit(.copy(2))
            try at(target.span) { emit(.binarySubscr) }
            try compileExpr(value)
            try at(target.span.through(value.span)) { emit(.binary(op, inplace: true)) }
            emit(.swap(3))
            emit(.swap(2))
            emit(.storeSubscr)
        default:
            throw error("'\(target.describedForErrors)' is an illegal expression for augmented assignment", target.span)
        }
    }

    /// Module and class bodies record annotations in `__annotations__`;
    /// function bodies evaluate neither the annotation nor a missing value.
    func compileAnnAssign(_ target: Expr, _ annotation: Expr, _ value: Expr?, _ isSimple: Bool) throws(PySyntaxError) {
        if let value {
            try compileExpr(value)
            try compileStore(target)
        }
        let recordsAnnotations = !unit.scope.kind.isFunctionLike
        switch target.kind {
        case .name(let n) where isSimple && recordsAnnotations:
            try compileExpr(annotation)
            nameOp("__annotations__", .load)
            emit(.loadConst(stringConstant(mangle(n, inClass: unit.className))))
            emit(.storeSubscr)
        case .attribute(let obj, _) where value == nil:
            try compileExpr(obj)
            emit(.pop)
            if recordsAnnotations { try compileExpr(annotation); emit(.pop) }
        case .subscript(let obj, let index) where value == nil:
            try compileExpr(obj)
            emit(.pop)
            try compileExpr(index)
            emit(.pop)
            if recordsAnnotations { try compileExpr(annotation); emit(.pop) }
        default:
            if recordsAnnotations && !isSimple { try compileExpr(annotation); emit(.pop) }
        }
    }

    func compileDelete(_ target: Expr) throws(PySyntaxError) {
        try at(target.span) { () throws(PySyntaxError) in
            switch target.kind {
            case .name(let n): nameOp(n, .delete)
            case .attribute(let obj, let attr):
                try compileExpr(obj)
                emit(.deleteAttr(attributeName(attr)))
            case .subscript(let obj, let index):
                try compileExpr(obj)
                try compileExpr(index)
                emit(.deleteSubscr)
            case .tuple(let items), .list(let items):
                for item in items { try compileDelete(item) }
            default:
                throw error("cannot delete \(target.describedForErrors)", target.span)
            }
        }
    }
}

extension SourceSpan {
    /// From this span's start to `other`'s end.
    func through(_ other: SourceSpan) -> SourceSpan { SourceSpan(start: start, end: other.end) }
}

extension Expr {
    /// How CPython names an expression in "cannot assign to ..." messages.
    var describedForErrors: String {
        switch kind {
        case .call: return "function call"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .joinedString: return "f-string expression"
        case .compare: return "comparison"
        case .binOp, .unaryOp: return "expression"
        case .boolOp: return "expression"
        case .lambda: return "lambda"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .await: return "await expression"
        case .yield, .yieldFrom: return "yield expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .generatorExp: return "generator expression"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .starred: return "starred"
        default: return "expression"
        }
    }
}
