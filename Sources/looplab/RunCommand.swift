import Foundation
import PyEngine

/// `looplab run FILE.py`: runs a Python program on the engine, printing exactly
/// what CPython would, and exits with the program's status.
enum RunCommand {
    static let usage = """
    usage: looplab run [options] FILE.py|-

    Runs a Python program on LoopLab's engine: the same output as python3 3.11,
    on a virtual clock.

    options:
      --max-instructions N   stop after N bytecode instructions (default 20000000, 0 = no limit)
      --max-output BYTES     stop after this much output (default 16 MiB, 0 = no limit)
      --instruction-cost NS  virtual nanoseconds per instruction (default 25)
      -h, --help             show this help
    """

    static func main(_ arguments: [String]) -> Int32 {
        var config = EngineConfig()
        var path: String?
        var rest = arguments[...]
        while let arg = rest.popFirst() {
            switch arg {
            case "-h", "--help":
                print(usage)
                return 0
            case "--max-instructions", "--max-output", "--instruction-cost":
                guard let value = rest.popFirst(), let n = Int(value), n >= 0 else {
                    return fail("\(arg) needs a whole number")
                }
                if arg == "--max-instructions" { config.maxInstructions = n }
                if arg == "--max-output" { config.maxOutputBytes = n }
                if arg == "--instruction-cost" { config.instructionCostNanos = Int64(n) }
            default:
                if arg.hasPrefix("-") && arg != "-" { return fail("unknown option '\(arg)'") }
                if path != nil { return fail("only one program at a time") }
                path = arg
            }
        }
        guard let path else { return fail("missing the program to run") }
        guard let source = readSource(path) else { return fail("cannot read '\(path)'") }
        config.argv = [path]
        let outcome = Engine.run(source: source, filename: path == "-" ? "<stdin>" : path, config: config) { stream, text in
            let handle = stream == .stdout ? FileHandle.standardOutput : FileHandle.standardError
            handle.write(Data(text.utf8))
        }
        return outcome.exitCode
    }

    private static func readSource(_ path: String) -> String? {
        if path == "-" {
            return String(data: FileHandle.standardInput.readDataToEndOfFile(), encoding: .utf8)
        }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }

    private static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("looplab run: \(message)\n\(usage)\n".utf8))
        return 2
    }
}
