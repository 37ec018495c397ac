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

    timeline:
      --timeline             print the output, then a chart of what the event loop did:
                             one lane per task, time left to right in virtual seconds
      --play                 animate that chart in the terminal, output in step with it
                             (keys: space pause, . one event, n one iteration, , back,
                             + - speed, r restart, q or Ctrl-C quit); the static chart
                             when output is not a terminal
      --width N              chart width (default: the terminal's, else 80)
      --no-color             no colours (NO_COLOR works too)
      --ascii                ASCII marks only (automatic when the locale is not UTF-8)
      FILE.jsonl             draw a recorded trace instead of running a program

    options:
      --max-instructions N   stop after N bytecode instructions (default 20000000, 0 = no limit)
      --max-output BYTES     stop after this much output (default 16 MiB, 0 = no limit)
      --instruction-cost NS  virtual nanoseconds per instruction (default 25)
      --trace                after the run, write what the event loop did to stderr,
                             as JSON Lines (the trace format: Sources/LoopTrace/README.md)
      --trace-out PATH       write the trace as a JSON Lines file at PATH
      -h, --help             show this help
    """

    static func main(_ arguments: [String], noColor: Bool = false, ascii: Bool = false) -> Int32 {
        var config = EngineConfig()
        var path: String?
        var timeline: TimelineCommand?
        var width: Int?
        var noColor = noColor, ascii = ascii
        var traceToStderr = false
        var traceFile: String?
        var rest = arguments[...]
        while let arg = rest.popFirst() {
            switch arg {
            case "-h", "--help":
                print(usage)
                return 0
            case "--timeline": timeline = TimelineCommand(mode: timeline?.mode == .play ? .play : .chart)
            case "--play": timeline = TimelineCommand(mode: .play)
            case "--width":
                guard let value = rest.popFirst(), let n = Int(value), n >= 40 else { return fail("--width needs a number of columns, 40 or more") }
                width = n
            case "--no-color": noColor = true
            case "--ascii": ascii = true
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
        // Fail before running, not after, when the trace has nowhere to go.
        var traceHandle: FileHandle?
        if let traceFile {
            let fd = open(traceFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else {
                return fail("cannot write the trace to '\(traceFile)': \(String(cString: strerror(errno)))", showUsage: false)
            }
            traceHandle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        }
        let writeTrace = { (trace: Trace) in
            guard traceToStderr || traceHandle != nil else { return }
            let lines = Data(TraceJSONLines.encode(trace).utf8)
            if traceToStderr { FileHandle.standardError.write(lines) }
            traceHandle?.write(lines)
            try? traceHandle?.close()
        }
        if var command = timeline ?? (path.hasSuffix(".jsonl") ? TimelineCommand(mode: .chart) : nil) {
            command.width = width
            command.noColor = noColor
            command.ascii = ascii
            return runTimeline(command, path: path, config: config, writeTrace: writeTrace)
        }
        guard let source = readSource(path) else { return fail("cannot read '\(path)'") }
        config.argv = [path]
        config.recordTrace = traceToStderr || traceFile != nil
        let outcome = Engine.run(source: source, filename: path == "-" ? "<stdin>" : path, config: config) { stream, text in
            let handle = stream == .stdout ? FileHandle.standardOutput : FileHandle.standardError
            handle.write(Data(text.utf8))
        }
        if let trace = outcome.trace { writeTrace(trace) }
        return outcome.exitCode
    }

    /// `--timeline` / `--play`, or a recorded `.jsonl` trace.
    private static func runTimeline(_ command: TimelineCommand, path: String, config: EngineConfig,
                                    writeTrace: (Trace) -> Void) -> Int32 {
        guard let text = readSource(path) else { return fail("cannot read '\(path)'") }
        if path.hasSuffix(".jsonl") {
            do {
                command.show(try TraceJSONLines.decode(text), outputShown: false)
                return 0
            } catch {
                FileHandle.standardError.write(Data("looplab run: \(path): \(error)\n".utf8))
                return 1
            }
        }
        var config = config
        config.argv = [path]
        let live = !command.willAnimate
        let (outcome, trace) = command.run(source: text, filename: path == "-" ? "<stdin>" : path, config: config, live: live)
        command.show(trace, outputShown: live)
        writeTrace(trace)
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
