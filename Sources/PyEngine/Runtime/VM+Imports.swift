/// `import` of the built-in modules the engine provides. There is no file system
/// access: anything else is ModuleNotFoundError with the list of what exists.
extension VM {
    func importModule(_ dottedName: String, fromList: Value) throws -> Value {
        let name = String(dottedName.split(separator: ".").first ?? "")
        if dottedName != name, BuiltinModules.factories[dottedName] != nil {
            return try importSubmodule(dottedName, fromList: fromList)
        }
        if dottedName == name, let module = modules[name] { return .object(module) }
        guard dottedName == name, let make = BuiltinModules.factories[name] else {
            let available = BuiltinModules.factories.keys.filter { !$0.contains(".") }.sorted().joined(separator: ", ")
            let error = PyBaseException(ExceptionTypes.moduleNotFoundError,
                                        "No module named '\(dottedName)' (LoopLab's engine provides: \(available))")
            error.dict.set("name", .string(dottedName))
            throw error
        }
        return .object(try load(name, make))
    }

    /// Builds a built-in module and records it in `sys.modules`.
    func load(_ name: String, _ make: (VM) throws -> PyModule) throws -> PyModule {
        let module = try make(self)
        modules[name] = module
        if let loaded = modules["sys"]?.dict.get("modules")?.asObject as? PyDict { loaded.set(name, .object(module)) }
        return module
    }

    func importFrom(_ module: Value, _ name: PyStr) throws -> Value {
        guard case .object(let o) = module, let m = o as? PyModule else { return try getAttribute(module, name) }
        if let v = m.dict.get(name) { return v }
        if BuiltinModules.factories[m.name + "." + name.value] != nil {
            return try importModule(m.name + "." + name.value, fromList: .string("*"))
        }
        let error = PyBaseException(ExceptionTypes.importError, "cannot import name '\(name.value)' from '\(m.name)' (unknown location)")
        error.dict.set("name", .string(m.name))
        throw error
    }

    func importStar(_ module: Value, into namespace: PyDict) throws {
        guard case .object(let o) = module, let m = o as? PyModule else { return }
        for (k, v) in m.dict.items {
            if case .str(let s) = k, !s.value.hasPrefix("_") { try namespace.set(k, v, self) }
        }
    }
}

/// The modules `import` can load, by name.
enum BuiltinModules {
    nonisolated(unsafe) static var factories: [String: (VM) throws -> PyModule] = [:]

    /// Adds a module; each module's file registers itself from `Builtins.install`.
    static func register(_ name: String, _ make: @escaping (VM) throws -> PyModule) {
        factories[name] = make
    }
}
