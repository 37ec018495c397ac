/// Registers the thread modules: `threading`, `queue`, and the package
/// `concurrent` with its `concurrent.futures`.
extension Builtins {
    static func installThreading() {
        installThreadLockTypes()
        installThreadLocalType()
        installLoopThreadMethods()
        BuiltinModules.register("threading") { vm in try vm.makeThreadingModule() }
        BuiltinModules.register("queue") { vm in try vm.makeModule("queue", source: VM.queueSource) }
        BuiltinModules.register("concurrent") { _ in PyModule(name: "concurrent") }
        BuiltinModules.register("concurrent.futures") { vm in
            try vm.makeModule("concurrent.futures", native: [("_cpu_count", .int(VM.cpuCount))] + VM.jobTracingNatives,
                              source: VM.futuresSource)
        }
    }
}

extension VM {
    /// `import a.b` (gives `a`) and `from a.b import x` (gives `a.b`) for the
    /// built-in packages; the submodule becomes an attribute of its package.
    func importSubmodule(_ dottedName: String, fromList: Value) throws -> Value {
        let parts = dottedName.split(separator: ".").map(String.init)
        guard case .object(let p) = try importModule(parts[0], fromList: .none), let package = p as? PyModule else {
            return .none
        }
        let module: PyModule
        if let loaded = modules[dottedName] {
            module = loaded
        } else {
            module = try load(dottedName) { vm in try BuiltinModules.factories[dottedName]!(vm) }
            package.dict.set(parts[parts.count - 1], .object(module))
        }
        let wantsSubmodule = !fromList.isNone && (try? length(of: fromList)).map { $0 > 0 } == true
        return .object(wantsSubmodule ? module : package)
    }
}
