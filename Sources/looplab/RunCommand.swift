import Foundation
import LoopTrace
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
      --trace                after the run, write what the event loop did to stderr,
                             as JSON Lines (the trace format: Sources/LoopTrace/README.md)
      --trace-out PATH       write the trace as a JSON Lines file at PATH
      -h, --help             show this help
    """

    static func main(_ arguments: [String]) -> Int32 {
        var config = EngineConfig()
        var path: String?
        var traceToStderr = false
        var traceFile: String?
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
            case "--trace":
                traceToStderr = true
            case "--trace-out":
                guard let value = rest.popFirst(), !value.isEmpty else { return fail("--trace-out needs a file path") }
                traceFile = value
            default:
                if arg.hasPrefix("-") && arg != "-" { return fail("unknown option '\(arg)'") }
                if path != nil { return fail("only one program at a time") }
                path = arg
            }
        }
        guard let path else { return fail("missing the program to run") }
        guard let source = readSource(path) else { return fail("cannot read '\(path)'") }
        config.argv = [path]
        config.recordTrace = traceToStderr || traceFile != nil
        // Fail before running, not after, when the trace has nowhere to go.
        var traceHandle: FileHandle?
        if let traceFile {
            let fd = open(traceFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else {
                return fail("cannot write the trace to '\(traceFile)': \(String(cString: strerror(errno)))", showUsage: false)
            }
            traceHandle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        }
        let outcome = Engine.run(source: source, filename: path == "-" ? "<stdin>" : path, config: config) { stream, text in
            let handle = stream == .stdout ? FileHandle.standardOutput : FileHandle.standardError
            handle.write(Data(text.utf8))
        }
        if let trace = outcome.trace {
            let lines = Data(TraceJSONLines.encode(trace).utf8)
            if traceToStderr { FileHandle.standardError.write(lines) }
            traceHandle?.write(lines)
            try? traceHandle?.close()
        }
        return outcome.exitCode
    }

    private static func readSource(_ path: String) -> String? {
        if path == "-" {
            return String(data: FileHandle.standardInput.readDataToEndOfFile(), encoding: .utf8)
        }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }

    private static func fail(_ message: String, showUsage: Bool = true) -> Int32 {
        FileHandle.standardError.write(Data("looplab run: \(message)\n\(showUsage ? usage + "\n" : "")".utf8))
        return 2
    }
}
