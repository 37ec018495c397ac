import PySyntax

/// `import` and `from ... import`.
extension Compiler {
    /// `import a.b.c` binds `a`; `import a.b.c as d` binds the submodule `c`.
    func compileImport(_ alias: Alias) {
        emit(.loadConst(intConstant(0)))
        loadNone()
        emit(.importName(unit.nameIndexOf(alias.name)))
        let parts = alias.name.split(separator: ".").map(String.init)
        guard let asname = alias.asname else {
            nameOp(parts[0], .store)
            return
        }
        for (i, part) in parts.dropFirst().enumerated() {
            emit(.importFrom(unit.nameIndexOf(part)))
            if i < parts.count - 2 {
                emit(.swap(2))
                emit(.pop)
            }
        }
        nameOp(asname, .store)
        if parts.count > 1 { emit(.pop) }
    }

    func compileImportFrom(_ module: String?, _ names: [Alias], _ level: Int) {
        emit(.loadConst(intConstant(level)))
        emit(.loadConst(tupleOfStrings(names.map(\.name))))
        emit(.importName(unit.nameIndexOf(module ?? "")))
        if names.count == 1 && names[0].name == "*" {
            emit(.importStar)
            return
        }
        for a in names {
            unit.span = a.span
            emit(.importFrom(unit.nameIndexOf(a.name)))
            nameOp(a.asname ?? a.name, .store)
        }
        emit(.pop)
    }
}
