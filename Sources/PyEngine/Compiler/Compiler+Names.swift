import PySyntax

/// What an instruction does with a name.
enum NameContext {
    case load, store, delete
}

/// Variable access: picks fast, deref, global or name instructions from the
/// symbol table, as CPython's compiler_nameop.
extension Compiler {
    func nameOp(_ rawName: String, _ context: NameContext) {
        let name = mangle(rawName, inClass: unit.className)
        let functionLike = unit.scope.kind.isFunctionLike
        switch unit.scope.scope(of: name) {
        case .free, .cell: derefOp(name, context)
        case .local where functionLike: fastOp(unit.varIndexOf(name), context)
        case .globalExplicit: globalOp(unit.nameIndexOf(name), context)
        case .globalImplicit where functionLike: globalOp(unit.nameIndexOf(name), context)
        default:
            let i = unit.nameIndexOf(name)
            switch context {
            case .load: emit(.loadName(i))
            case .store: emit(.storeName(i))
            case .delete: emit(.deleteName(i))
            }
        }
    }

    private func fastOp(_ i: Int, _ context: NameContext) {
        switch context {
        case .load: emit(.loadFast(i))
        case .store: emit(.storeFast(i))
        case .delete: emit(.deleteFast(i))
        }
    }

    private func globalOp(_ i: Int, _ context: NameContext) {
        switch context {
        case .load: emit(.loadGlobal(i))
        case .store: emit(.storeGlobal(i))
        case .delete: emit(.deleteGlobal(i))
        }
    }

    /// Cells: a class body loads captured names from its namespace first.
    private func derefOp(_ name: String, _ context: NameContext) {
        let cell = unit.cellIndexOf(name)
        switch context {
        case .load where unit.scope.kind == .classBody:
            emit(.loadClassDeref(name: unit.nameIndexOf(name), cell: cell))
        case .load: emit(.loadDeref(cell))
        case .store: emit(.storeDeref(cell))
        case .delete: emit(.deleteDeref(cell))
        }
    }

    /// An attribute or method name operand, mangled inside classes.
    func attributeName(_ name: String) -> Int {
        unit.nameIndexOf(mangle(name, inClass: unit.className))
    }
}
