import Foundation

/// The trace as JSON Lines: a header object, then one object per event.
/// Keys come in a fixed order so equal traces give byte-identical files.
public enum TraceJSONLines {
    /// The `schema` value in the header line.
    public static let schemaName = "looplab-trace"

    /// The header line (without its newline).
    public static func header(program: String, instructionNanos: Int64) -> String {
        var w = ObjectWriter()
        w.add("schema", .string(schemaName))
        w.add("version", .int(Trace.schemaVersion))
        w.add("program", .string(program))
        w.add("instruction_ns", .int(instructionNanos))
        return w.finish()
    }

    /// One event's line (without its newline); `seq` is its index in the trace.
    public static func line(_ event: TraceEvent, seq: Int) -> String {
        let (name, fields) = event.kind.fields
        var w = ObjectWriter()
        w.add("seq", .int(seq))
        w.add("t", .int(event.time))
        w.add("iter", .int(event.iteration))
        w.add("ev", .string(name))
        for (key, value) in fields { w.add(key, value) }
        return w.finish()
    }

    /// The whole trace, one line each, ending with a newline.
    public static func encode(_ trace: Trace) -> String {
        var text = header(program: trace.program, instructionNanos: trace.instructionNanos) + "\n"
        for (seq, event) in trace.events.enumerated() { text += line(event, seq: seq) + "\n" }
        return text
    }

    /// Reads a trace back; errors name the line.
    public static func decode(_ text: String) throws -> Trace {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().filter { !$0.element.isEmpty }
        guard let first = lines.first else { throw TraceDecodingError(line: 1, message: "empty trace: no header line") }
        let header = try FieldReader(parsing: first.element, line: first.offset + 1)
        guard (try? header.string("schema")) == schemaName else {
            throw TraceDecodingError(line: first.offset + 1, message: "not a LoopLab trace (no \"schema\": \"\(schemaName)\")")
        }
        let version = try header.int("version")
        guard version == Trace.schemaVersion else {
            throw TraceDecodingError(line: first.offset + 1, message: "trace schema version \(version); this LoopLab reads version \(Trace.schemaVersion)")
        }
        var trace = Trace(program: try header.string("program"), instructionNanos: try header.int64("instruction_ns"))
        for (offset, text) in lines.dropFirst() {
            let f = try FieldReader(parsing: text, line: offset + 1)
            let name = try f.string("ev")
            guard let kind = try TraceEvent.Kind(name: name, f) else {
                throw TraceDecodingError(line: offset + 1, message: "unknown event '\(name)'")
            }
            trace.events.append(TraceEvent(time: try f.int64("t"), iteration: try f.int("iter"), kind: kind))
        }
        return trace
    }
}

/// A trace file that could not be read, with the line at fault.
public struct TraceDecodingError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

/// Builds one JSON object in the order fields are added.
struct ObjectWriter {
    private var text = "{"
    private var empty = true

    mutating func add(_ key: String, _ value: TraceEvent.Kind.Field) {
        if !empty { text += "," }
        empty = false
        text += Self.quoted(key) + ":" + Self.json(value)
    }

    func finish() -> String { text + "}" }

    static func json(_ value: TraceEvent.Kind.Field) -> String {
        switch value {
        case .int(let n): return String(n)
        case .string(let s): return quoted(s)
        case .ints(let ns): return "[" + ns.map(String.init).joined(separator: ",") + "]"
        case .null: return "null"
        case .wait(let wait):
            var w = ObjectWriter()
            w.add("kind", .string(wait.kind.rawValue))
            w.add("label", .string(wait.label))
            w.add("until", wait.until.map { .int($0) } ?? .null)
            w.add("tasks", .ints(wait.tasks.map(Int64.init)))
            w.add("job", .optional(wait.job))
            return w.finish()
        }
    }

    static func quoted(_ s: String) -> String {
        // Most text needs no escapes: copy it whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + s + "\""
        }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Typed access to one parsed JSON object; every failure names the line and key.
struct FieldReader {
    private let object: [String: Any]
    private let line: Int

    init(parsing text: Substring, line: Int) throws {
        self.line = line
        let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let object = parsed as? [String: Any] else {
            throw TraceDecodingError(line: line, message: "not a JSON object")
        }
        self.object = object
    }

    private init(object: [String: Any], line: Int) {
        self.object = object
        self.line = line
    }

    private func fail(_ key: String, _ expected: String) -> TraceDecodingError {
        TraceDecodingError(line: line, message: "'\(key)' should be \(expected)")
    }

    func int64(_ key: String) throws -> Int64 {
        // JSON booleans and fractions arrive as NSNumber too; only whole numbers pass.
        guard let n = object[key] as? NSNumber, !(object[key] is Bool) || String(cString: n.objCType) != "c",
              n.doubleValue == n.doubleValue.rounded() else { throw fail(key, "a whole number") }
        return n.int64Value
    }

    func int(_ key: String) throws -> Int { Int(try int64(key)) }

    func optionalInt(_ key: String) throws -> Int? {
        if object[key] is NSNull { return nil }
        return try int(key)
    }

    func string(_ key: String) throws -> String {
        guard let s = object[key] as? String else { throw fail(key, "a string") }
        return s
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String) throws -> E where E.RawValue == String {
        guard let value = E(rawValue: try string(key)) else {
            throw fail(key, "one of " + E.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))
        }
        return value
    }

    func wait(_ key: String) throws -> Wait {
        guard let inner = object[key] as? [String: Any] else { throw fail(key, "an object") }
        let w = FieldReader(object: inner, line: line)
        guard let tasks = inner["tasks"] as? [NSNumber] else { throw fail("tasks", "a list of task numbers") }
        let until: Int64? = inner["until"] is NSNull ? nil : try w.int64("until")
        return Wait(kind: try w.enumeration("kind"), label: try w.string("label"), until: until,
                    tasks: tasks.map(\.intValue), job: try w.optionalInt("job"))
    }
}
