import LoopTrace

/// Executor jobs in the trace. `concurrent.futures` calls these natives from
/// its Python source (submit, the worker's run, `run_in_executor`); untraced
/// runs get `None` back and nothing is recorded.
extension VM {
    static let jobTracingNatives: [(String, Value)] = [
        // _trace_job(future, fn, args, kwargs) -> job number or None, at submit.
        nativeFunction("_trace_job") { vm, args in
            guard let tracer = vm.tracer, args.count == 4 else { return .none }
            let label = vm.jobLabel(args[1], (try? vm.iterate(args[2])) ?? [])
            let job = tracer.submitJob(label: label, task: vm.asyncio.runningLoop?.currentTask?.traceID)
            tracer.registerConcurrentFuture(args[0], job: job)
            return .int(job)
        },
        // _trace_job_start(job): a worker thread picked the job up.
        nativeFunction("_trace_job_start") { vm, args in
            guard let tracer = vm.tracer, case .int(let job)? = args.positional.first else { return .none }
            tracer.record(.jobStarted(job: job, thread: tracer.thread))
            return .none
        },
        // _trace_job_end(job, succeeded, result_or_exception).
        nativeFunction("_trace_job_end") { vm, args in
            guard let tracer = vm.tracer, args.count == 3, case .int(let job) = args[0] else { return .none }
            let outcome: TraceEvent.Outcome = (try? vm.isTrue(args[1])) == true ? .returned : .failed
            tracer.record(.jobFinished(job: job, outcome: outcome, detail: vm.traceRepr(args[2])))
            return .none
        },
        // _trace_awaits_job(concurrent_future, asyncio_future): a task awaiting
        // the asyncio future waits on the job.
        nativeFunction("_trace_awaits_job") { vm, args in
            guard let tracer = vm.tracer, args.count == 2, let future = args[1].asObject as? PyFuture,
                  let job = tracer.job(ofConcurrentFuture: args[0]) else { return .none }
            tracer.registerJob(job, future: future)
            return .none
        },
    ]

    /// `work(3)`; a `functools.partial` (as `to_thread` makes) shows what it wraps.
    func jobLabel(_ fn: Value, _ args: [Value]) -> String {
        if args.isEmpty, typeName(fn) == "partial", let tracer,
           let (inner, bound) = tracer.quietly({ () -> (Value, [Value])? in
               guard let f = try? getAttribute(fn, PyStr.intern("func")),
                     let a = try? getAttribute(fn, PyStr.intern("args")), let list = try? iterate(a) else { return nil }
               return (f, list)
           }) {
            return traceCallText(inner, bound)
        }
        return traceCallText(fn, args)
    }
}
