import Testing
@testable import PyEngine

/// The limits that protect a learner: runaway loops, deep recursion, memory and
/// output all end cleanly with a clear message.
struct LimitsTests {
    @Test func anInfiniteLoopStopsAtTheInstructionBudget() {
        var config = EngineConfig()
        config.maxInstructions = 100_000
        let result = Engine.capture(source: "x = 0\nwhile True:\n    x += 1\n", config: config)
        #expect(result.outcome.exitCode == Engine.limitExitCode)
        #expect(result.outcome.stop == .instructionLimit(100_000))
        #expect(result.stderr.contains("LoopLab stopped the program after 100,000 instructions"))
    }

    @Test func deepRecursionRaisesRecursionErrorLikeCPython() {
        // python3 ends with these lines for this program.
        let result = Engine.capture(source: "def f(n):\n    return f(n + 1)\nf(0)\n")
        #expect(result.outcome.exitCode == 1)
        let tail = result.stderr.split(separator: "\n").suffix(4).map(String.init)
        #expect(tail == ["    return f(n + 1)", "           ^^^^^^^^", "  [Previous line repeated 996 more times]",
                         "RecursionError: maximum recursion depth exceeded"])
    }

    @Test func recursionErrorCanBeCaught() {
        expectPrints("def f():\n    return f()\ntry:\n    f()\nexcept RecursionError as e:\n    print(e)\n",
                     "maximum recursion depth exceeded\n")
    }

    @Test func hugeAllocationsRaiseMemoryError() {
        expectPrints("try:\n    x = [0] * 10**12\nexcept MemoryError:\n    print('no memory')\n", "no memory\n")
        expectPrints("try:\n    x = 'ab' * 10**12\nexcept MemoryError:\n    print('no memory')\n", "no memory\n")
    }

    @Test func outputIsCapped() {
        var config = EngineConfig()
        config.maxOutputBytes = 1_000
        let result = Engine.capture(source: "while True:\n    print('spam')\n", config: config)
        #expect(result.outcome.stop == .outputLimit(1_000))
        #expect(result.stdout.utf8.count <= 1_000)
    }

    @Test func instructionsAdvanceTheVirtualClock() {
        // 25 ns per instruction by default: a busy loop takes visible, repeatable time.
        let program = "import time\nt = time.perf_counter()\nfor i in range(100_000):\n    pass\nprint(round(time.perf_counter() - t, 3))\n"
        let first = runStdout(program)
        #expect(first == runStdout(program))
        #expect(Double(first.trimmingCharacters(in: .whitespacesAndNewlines))! > 0.001)
    }
}
