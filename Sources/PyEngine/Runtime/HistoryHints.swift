/// One-line notes LoopLab adds after CPython's own error for old asyncio idioms
/// that learners meet in older tutorials, saying what changed and what to write.
enum HistoryHints {
    static func hint(for e: PyBaseException, _ vm: VM) -> String? {
        guard e.isInstance(of: ExceptionTypes.attributeError),
              case .str(let name) = e.dict.get("name") ?? .none, name.value == "coroutine",
              case .object(let o) = e.dict.get("obj") ?? .none, (o as? PyModule)?.name == "asyncio" else { return nil }
        return "LoopLab hint: @asyncio.coroutine marked generator-based coroutines before `async def` existed; Python 3.11 removed it. Write `async def` and `await` instead."
    }

    static func hint(forSyntaxError message: String) -> String? {
        guard message == "'yield from' inside async function" else { return nil }
        return "LoopLab hint: `yield from` drove generator-based coroutines before Python 3.5 added `async def`; inside `async def`, write `await` instead."
    }
}
