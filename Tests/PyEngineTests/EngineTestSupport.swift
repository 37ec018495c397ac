import Testing
@testable import PyEngine

/// What `source` printed to stdout when the engine ran it.
func runStdout(_ source: String) -> String { Engine.capture(source: source).stdout }

/// What `source` printed to stderr (an uncaught exception's traceback).
func runStderr(_ source: String) -> String { Engine.capture(source: source).stderr }

/// Expects `source` to print exactly `expected` and nothing to stderr.
func expectPrints(_ source: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let result = Engine.capture(source: source)
    #expect(result.stdout == expected, sourceLocation: sourceLocation)
    #expect(result.stderr == "", sourceLocation: sourceLocation)
}
