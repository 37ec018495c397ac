import Testing
@testable import PyEngine

/// The REPL-facing API: persistent globals, displayed values, top-level await on
/// the session's loop. Expected output from piping the same inputs into
/// CPython 3.11's `python3 -m asyncio` (prompts removed).
@Suite struct EngineSessionTests {
    /// Runs each input in one session; returns stdout, stderr and each input's exit code.
    func session(_ inputs: [String], config: EngineConfig = EngineConfig()) -> (out: String, err: String, codes: [Int32]) {
        var out = "", err = ""
        let s = EngineSession(config: config) { stream, text in
            if stream == .stdout { out += text } else { err += text }
        }
        let codes = inputs.map { s.execute($0).exitCode }
        return (out, err, codes)
    }

    @Test func topLevelAwaitAndBackgroundTasks() {
        let r = session([
            "import asyncio",
            "async def f(x):\n    await asyncio.sleep(0.01)\n    return x * 2\n",
            "await f(21)",
            "t = asyncio.create_task(f(5))",
            "t.done()",
            "await asyncio.sleep(0.05)",
            "t.done(), t.result()",
            "1/0",
            "_",
            "async with asyncio.timeout(10):\n    print(\"inside\")\n",
            "asyncio.current_task() is None",
            "await asyncio.sleep(0, \"v\")",
        ])
        #expect(r.out == "42\nFalse\n(True, 10)\n(True, 10)\ninside\nTrue\n'v'\n")
        #expect(r.err.hasSuffix("ZeroDivisionError: division by zero\n"))
        #expect(r.codes == [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0])
    }

    @Test func errorsLeaveTheSessionUsable() {
        var config = EngineConfig()
        config.maxInstructions = 100_000
        let r = session(["x = 5", "x = = 1", "while True: pass", "x + 1"], config: config)
        #expect(r.out == "6\n")
        #expect(r.err.contains("SyntaxError: invalid syntax"))
        #expect(r.err.contains("LoopLab stopped the program after 100,000 instructions"))
        #expect(r.codes == [0, 1, Engine.limitExitCode, 0])
    }
}
