/// `time`: every clock reads the run's virtual clock, so programs that time or
/// sleep print the same thing on every run and `sleep` never blocks.
extension VM {
    /// What `time.time()` reads at the start of a run: a fixed moment (2023-11-14).
    static let virtualEpochSeconds: Int64 = 1_700_000_000

    func makeTimeModule() throws -> PyModule {
        let seconds: (Int64) -> Value = { .float(Double($0) / 1e9) }
        let clocks: [(String, (VM) -> Int64)] = [
            ("perf_counter", { $0.virtualNanos }),
            ("monotonic", { $0.virtualNanos }),
            ("time", { VM.virtualEpochSeconds * 1_000_000_000 + $0.virtualNanos }),
            ("process_time", { Int64($0.instructionCounter.pointee) * $0.config.instructionCostNanos }),
        ]
        var native: [(String, Value)] = [nativeFunction("sleep") { vm, args in try vm.sleep(args) }]
        for (name, read) in clocks {
            native.append(nativeFunction(name) { vm, args in
                try args.expect(name, min: 0, max: 0)
                return seconds(read(vm))
            })
            native.append(nativeFunction(name + "_ns") { vm, args in
                try args.expect(name + "_ns", min: 0, max: 0)
                return .int(Int(read(vm)))
            })
        }
        return try makeModule("time", native: native)
    }

    /// `time.sleep(secs)`: advances the virtual clock (other threads run meanwhile).
    private func sleep(_ args: CallArgs) throws -> Value {
        try args.expect("sleep", min: 1, max: 1)
        let secs = try realNumber(args[0])
        if secs.isNaN { throw PyError.value("Invalid value NaN (not a number)") }
        if secs < 0 { throw PyError.value("sleep length must be non-negative") }
        if secs > 1e10 { throw PyError.overflow("sleep length is too large") }
        let nanos = Int64((secs * 1e9).rounded())
        if let tracer {
            tracer.record(.blockingCall(task: traceRunningTask, thread: tracer.thread,
                                        call: "time.sleep(\(traceArgument(args[0])))", duration: nanos))
        }
        try sleepVirtual(nanos: nanos)
        return .none
    }
}
