extension Builtins {
    /// The standard-library modules `import` can load. Each run builds its own
    /// copy of a module the first time the program imports it.
    static func installModules() {
        SysTypes.installStreamMethods()
        BuiltinModules.register("sys") { vm in try vm.makeSysModule() }
        BuiltinModules.register("time") { vm in try vm.makeTimeModule() }
        BuiltinModules.register("random") { vm in try vm.makeRandomModule() }
        BuiltinModules.register("inspect") { vm in try vm.makeInspectModule() }
        BuiltinModules.register("functools") { vm in try vm.makeFunctoolsModule() }
        BuiltinModules.register("contextlib") { vm in try vm.makeContextlibModule() }
        BuiltinModules.register("collections") { vm in try vm.makeCollectionsModule() }
        installAsyncioTypes()
        BuiltinModules.register("asyncio") { vm in try vm.makeAsyncioModule() }
        installThreading()
    }
}
