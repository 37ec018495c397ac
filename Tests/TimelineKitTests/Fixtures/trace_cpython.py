#!/usr/bin/env python3
"""Record LoopLab traces (schema: Sources/LoopTrace/README.md) by running a demo on
CPython 3.11's own asyncio, on a virtual clock.

The timeline tests need traces of the classic demos before LoopLab's engine records
them. Hand-writing them risks drawing what we *think* the loop does; this script asks
CPython instead. It runs the program unmodified, with:

- an event loop whose `_run_once` is CPython's own, copied, plus trace hooks, and
  whose clock only moves when nothing is ready (a clock jump) or on `time.sleep`;
- the pure-Python Task (`_PyTask`), so each step can be observed;
- a virtual executor whose worker threads run jobs on the same clock;
- `print`, `time.sleep`, warnings and the exception handler recorded.

CPU work costs no virtual time here (LoopLab's engine charges 25 ns an instruction),
and the shutdown tasks of `asyncio.run` are not recorded. Everything else, the
order of handles, iterations, timers and wakeups, is CPython's.

    trace_cpython.py demo.py > demo.jsonl       # the program's output goes to stderr
    trace_cpython.py --all                      # every *.py fixture next to this script

`--all` writes NAME.jsonl and NAME.out (the program's stdout) for each fixture.
"""
import asyncio
import builtins
import concurrent.futures
import gc
import heapq
import io
import itertools
import json
import os
import sys
import time
import warnings
import weakref
from asyncio import base_events, events, futures, tasks

assert sys.version_info[:2] == (3, 11), "the fixtures follow CPython 3.11's asyncio"

NS = 1_000_000_000


class Deadlock(Exception):
    """Nothing is ready, no timer is set and no job is running: CPython would hang."""


class Recorder:
    """The trace being written, the virtual clock, and what runs where."""

    def __init__(self, program):
        self.program = program
        self.lines = []
        self.now = 0
        self.iteration = 0
        self.iterations = 0
        self.recording = True
        self.deferred = []  # heap of (time, seq, action): events of worker threads
        self.seq = 0
        self.ids = {}  # (kind, id(object)) -> small integer, forgotten when the object dies
        self.counters = {}
        self.ran = set()  # handles that have run
        self.thread = 0  # the thread running now (0: main)
        self.thread_clock = None  # a worker's own clock while it runs a job
        self.stdout = io.StringIO()

    def number(self, kind, obj):
        # Objects are not kept alive (that would stop CPython from reporting a task's
        # exception that was never retrieved, which happens when the task dies).
        if kind == "task":  # a dying task still needs its number (see exception_handler)
            if not hasattr(obj, "_ll_id"):
                self.counters["task"] = obj._ll_id = self.counters.get("task", 0) + 1
            return obj._ll_id
        key = (kind, id(obj))
        if key not in self.ids:
            self.counters[kind] = self.counters.get(kind, 0) + 1
            self.ids[key] = self.counters[kind]
            weakref.finalize(obj, self.ids.pop, key, None)
        return self.ids[key]

    def emit(self, ev, **fields):
        if not self.recording:
            return
        line = {"seq": len(self.lines), "t": self.now, "iter": self.iteration, "ev": ev}
        line.update(fields)
        self.lines.append(json.dumps(line, ensure_ascii=False, separators=(",", ":")))

    # Worker threads run ahead of the loop; their events wait here until the clock
    # reaches them, so times in the trace never go back.
    def defer(self, at, action):
        self.seq += 1
        heapq.heappush(self.deferred, (at, self.seq, action))

    def next_deferred(self):
        return self.deferred[0][0] if self.deferred else None

    def advance_to(self, target):
        while self.deferred and self.deferred[0][0] <= target:
            at, _, action = heapq.heappop(self.deferred)
            self.now = max(self.now, at)
            action()
        self.now = max(self.now, target)

    def header(self):
        return json.dumps({"schema": "looplab-trace", "version": 1, "program": self.program,
                           "instruction_ns": 0}, separators=(",", ":"))


REC = None


def current_task_id():
    try:
        task = asyncio.current_task()
    except RuntimeError:
        return None
    return REC.number("task", task) if task is not None else None


def wait_object(kind, label, until=None, tasks_=(), job=None):
    return {"kind": kind, "label": label, "until": until, "tasks": list(tasks_), "job": job}


# MARK: - Futures: remember what each one stands for

def describe_new_future(fut, frame):
    """Tags a future from the function that created it (sleep, Queue.get, ...)."""
    code = frame.f_code
    where = os.path.basename(code.co_filename)
    name = code.co_name
    owner = frame.f_locals.get("self")
    kind, label, ids = "future", "Future", []
    if where == "tasks.py" and name == "sleep":
        kind, label = "sleep", f"sleep({frame.f_locals.get('delay')!r})"
    elif where == "queues.py" and name in ("get", "put"):
        kind = "queue_get" if name == "get" else "queue_put"
        label = "Queue.get()" if name == "get" else f"Queue.put({frame.f_locals.get('item')!r})"
    elif where == "locks.py":
        cls = type(owner).__name__ if owner is not None else "Lock"
        kind = {"Lock": "lock", "Event": "event", "Condition": "condition", "Semaphore": "semaphore",
                "BoundedSemaphore": "semaphore", "Barrier": "barrier"}.get(cls, "future")
        label = f"{cls}.{name}()"
    elif where == "tasks.py" and name == "_wait":
        ids = [REC.number("task", f) for f in frame.f_locals.get("fs", ())]
        kind, label = "tasks", "wait(" + ", ".join(task_name(f) for f in frame.f_locals.get("fs", ())) + ")"
    elif where == "taskgroups.py":
        members = list(getattr(owner, "_tasks", ()))
        ids = [REC.number("task", t) for t in members]
        kind, label = "tasks", "TaskGroup(" + ", ".join(task_name(t) for t in members) + ")"
    elif where == "futures.py" and name == "wrap_future":
        source = frame.f_locals.get("future")
        job = getattr(source, "_ll_job", None)
        fut._ll_wait = wait_object("executor", getattr(source, "_ll_label", "executor job"), job=job)
        return
    fut._ll_wait = wait_object(kind, label, tasks_=ids)


def task_name(fut):
    return fut.get_name() if isinstance(fut, tasks._PyTask) else "Future"


def wait_for(fut):
    """The `wait` object of a task suspended on `fut` (None: a bare yield)."""
    if fut is None:
        return wait_object("yield", "yield")
    if isinstance(fut, tasks._PyTask):
        return wait_object("task", fut.get_name(), tasks_=[REC.number("task", fut)])
    if isinstance(fut, tasks._GatheringFuture):
        children = list(fut._children)
        return wait_object("tasks", "gather(" + ", ".join(task_name(c) for c in children) + ")",
                           tasks_=[REC.number("task", c) for c in children if isinstance(c, tasks._PyTask)])
    tagged = getattr(fut, "_ll_wait", None)
    return dict(tagged) if tagged else wait_object("future", "Future")


# MARK: - Tasks

class TracedTask(tasks._PyTask):
    """CPython's pure-Python Task, reporting its steps (named Task, as in messages)."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        if name is None:
            name = f"Task-{tasks._task_name_counter()}"
        code = getattr(coro, "cr_code", None)
        REC.emit("task_created", task=REC.number("task", self), name=str(name),
                 function=getattr(coro, "__qualname__", "coroutine"),
                 site=f"{os.path.basename(code.co_filename)}:{code.co_firstlineno}" if code else "?",
                 parent=current_task_id())
        super().__init__(coro, loop=loop, name=name, context=context)

    def set_name(self, value):
        super().set_name(value)
        REC.emit("task_renamed", task=REC.number("task", self), name=str(value))

    def _Task__step(self, exc=None):
        me = REC.number("task", self)
        REC.emit("task_resumed", task=me)
        super()._Task__step(exc)
        if not self.done():
            REC.emit("task_suspended", task=me, wait=wait_for(self._fut_waiter))

    # Future.set_result / set_exception / cancel end here once the state is set:
    # the right moment for task_finished, before the done callbacks are queued.
    def _Future__schedule_callbacks(self):
        if self.cancelled():
            outcome, detail = "cancelled", "CancelledError()"
        elif self._exception is not None:
            outcome, detail = "failed", repr(self._exception)
        else:
            outcome, detail = "returned", repr(self._result)
        REC.emit("task_finished", task=REC.number("task", self), outcome=outcome, detail=detail)
        super()._Future__schedule_callbacks()


TracedTask.__name__ = TracedTask.__qualname__ = "Task"


# MARK: - Handles

def handle_label(callback, args):
    owner = getattr(callback, "__self__", None)
    name = getattr(callback, "__name__", repr(callback))
    if isinstance(owner, tasks._PyTask):
        return ("Task.__wakeup" if "wakeup" in name else "Task.__step"), REC.number("task", owner)
    if callback is futures._set_result_unless_cancelled and args:
        tagged = getattr(args[0], "_ll_wait", None)
        return (f"end of {tagged['label']}" if tagged else "set future result"), None
    qual = getattr(callback, "__qualname__", name)
    nice = {"_GatheringFuture.__init__.<locals>._done_callback": "gather: child done",
            "gather.<locals>._done_callback": "gather: child done",
            "_run_until_complete_cb": "stop the loop",
            "_chain_future.<locals>._set_state": "executor result",
            "_chain_future.<locals>._call_set_state": "executor result"}
    return nice.get(qual, qual), None


class VirtualLoop(asyncio.SelectorEventLoop):
    """CPython's selector loop with a virtual clock and trace hooks."""

    def __init__(self):
        super().__init__()
        self._default_executor = VirtualExecutor()
        self.set_exception_handler(exception_handler)

    def time(self):
        return REC.now / NS

    def create_future(self):
        fut = futures._PyFuture(loop=self)
        describe_new_future(fut, sys._getframe(1))
        return fut

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return TracedTask(coro, loop=self, name=name, context=context)

    def _call_soon(self, callback, args, context):
        handle = super()._call_soon(callback, args, context)
        label, task = handle_label(callback, args)
        REC.emit("handle_queued", handle=REC.number("handle", handle), task=task, label=label)
        return handle

    def call_at(self, when, callback, *args, context=None):
        timer = super().call_at(when, callback, *args, context=context)
        due = round(when * NS)
        label, task = handle_label(callback, args)
        if callback is futures._set_result_unless_cancelled and args:
            tagged = getattr(args[0], "_ll_wait", None)
            if tagged is not None and tagged["kind"] == "sleep":
                tagged["until"] = due
                task = current_task_id()
        REC.emit("timer_scheduled", handle=REC.number("handle", timer), due=due, task=task, label=label)
        return timer

    def run_forever(self):
        REC.emit("loop_start", loop=1)
        try:
            super().run_forever()
        finally:
            REC.emit("loop_stop", loop=1)
            REC.iteration = 0

    def _run_once(self):
        # CPython 3.11's BaseEventLoop._run_once, with the selector replaced by the
        # virtual clock and REC.emit calls added. Nothing else is changed.
        REC.iterations += 1
        REC.iteration = REC.iterations
        REC.emit("iteration", loop=1, ready=len(self._ready),
                 timers=sum(1 for h in self._scheduled if not h._cancelled))
        sched_count = len(self._scheduled)
        if (sched_count > base_events._MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count > base_events._MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            timeout = max(0, self._scheduled[0]._when - self.time())
        self._virtual_select(timeout)

        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            number = REC.number("handle", handle)
            REC.emit("timer_due", handle=number)
            label, task = handle_label(handle._callback, handle._args)
            REC.emit("handle_queued", handle=number, task=task, label=label)
            self._ready.append(handle)

        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            number = REC.number("handle", handle)
            REC.emit("handle_start", handle=number)
            REC.ran.add(number)
            handle._run()
            REC.emit("handle_end", handle=number)
        handle = None

    def _virtual_select(self, timeout):
        """Waits `timeout` seconds of virtual time, or until a worker thread finishes."""
        if timeout == 0:
            REC.advance_to(REC.now)
            return
        target = None if timeout is None else REC.now + round(timeout * NS)
        job = REC.next_deferred()
        if job is not None and (target is None or job < target):
            target = job
        if target is None:
            for task in sorted(tasks.all_tasks(self), key=lambda t: REC.number("task", t)):
                REC.emit("warning", kind="waits_forever", task=REC.number("task", task),
                         text=f"{task.get_name()} waits forever on {wait_for(task._fut_waiter)['label']}: "
                              "nothing left can wake it, so CPython would hang here")
            REC.recording = False  # CPython would hang here for ever: the trace ends
            raise Deadlock()
        # Stamped after the jump, as LoopLab's engine does; worker threads' events
        # due before it come first.
        jumped = target > REC.now
        REC.advance_to(target)
        if jumped:
            REC.emit("clock_jump", to=target)


handle_cancel = events.Handle.cancel


def traced_cancel(handle):
    # sleep() cancels its timer in a `finally`, after it fired: nothing to report then.
    known = ("handle", id(handle)) in REC.ids
    if not handle._cancelled and known and REC.number("handle", handle) not in REC.ran:
        REC.emit("handle_cancelled", handle=REC.number("handle", handle))
    handle_cancel(handle)


def exception_handler(loop, context):
    message = context.get("message", "")
    fut = context.get("future")
    task = REC.number("task", fut) if isinstance(fut, tasks._PyTask) else None
    if message == "Task exception was never retrieved":
        REC.emit("warning", kind="exception_never_retrieved", task=task,
                 text=f"{message}: {fut.get_name()} raised {context.get('exception')!r}")
    elif message == "Task was destroyed but it is pending!":
        REC.emit("warning", kind="destroyed_pending", task=task, text=message)
    loop.default_exception_handler(context)


# MARK: - Worker threads

class VirtualExecutor(concurrent.futures.Executor):
    """A thread pool on the virtual clock: a job runs whole when submitted, on its
    own clock, and its events are released as the loop's clock reaches them."""

    def __init__(self):
        self.free = []  # idle worker threads, by number
        self.count = 0

    def submit(self, fn, *args, **kwargs):
        job = REC.counters.get("job", 0) + 1
        REC.counters["job"] = job
        label = f"{getattr(fn, '__name__', 'job')}({', '.join(repr(a) for a in args)})"
        future = concurrent.futures.Future()
        future._ll_job = job
        future._ll_label = f"run_in_executor({label})"
        REC.emit("job_submitted", job=job, label=label, task=current_task_id())
        if self.free:
            thread = self.free.pop(0)
        else:
            thread = self.count = self.count + 1
            REC.emit("thread_start", thread=thread, name=f"asyncio_{thread - 1}")
        REC.emit("job_start", job=job, thread=thread)
        start = REC.now
        REC.thread, REC.thread_clock = thread, start
        try:
            result, error = fn(*args, **kwargs), None
        except BaseException as e:
            result, error = None, e
        end = REC.thread_clock
        REC.thread, REC.thread_clock = 0, None

        def finish():
            if error is None:
                REC.emit("job_end", job=job, outcome="returned", detail=repr(result))
            else:
                REC.emit("job_end", job=job, outcome="failed", detail=repr(error))
            self.free.append(thread)
            if error is None:
                future.set_result(result)
            else:
                future.set_exception(error)
        REC.defer(end, finish)
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        for thread in range(1, self.count + 1):
            REC.emit("thread_end", thread=thread)


# MARK: - Blocking calls and output

def virtual_sleep(seconds):
    duration = round(seconds * NS)
    call = f"time.sleep({seconds!r})"
    if REC.thread_clock is not None:  # a worker thread: only its own clock moves
        thread, at = REC.thread, REC.thread_clock
        REC.defer(at, lambda: REC.emit("blocking_call", task=None, thread=thread, call=call, duration=duration))
        REC.advance_to(REC.now)  # a call starting now is reported now
        REC.thread_clock += duration
        return
    REC.emit("blocking_call", task=current_task_id(), thread=0, call=call, duration=duration)
    REC.advance_to(REC.now + duration)


def traced_print(*args, sep=" ", end="\n", file=None, flush=False):
    text = io.StringIO()
    builtins_print(*args, sep=sep, end=end, file=text)
    text = text.getvalue()
    stream = "stderr" if file is sys.stderr else "stdout"
    if file is not None and file not in (sys.stdout, sys.stderr):
        builtins_print(*args, sep=sep, end=end, file=file, flush=flush)
        return
    record_output(stream, text)


def record_output(stream, text):
    (REC.stdout if stream == "stdout" else sys.stderr).write(text)
    if REC.thread_clock is not None:
        thread, at = REC.thread, REC.thread_clock
        REC.defer(at, lambda: REC.emit("output", stream=stream, text=text, task=None, thread=thread))
        REC.advance_to(REC.now)
    else:
        REC.emit("output", stream=stream, text=text, task=current_task_id(), thread=0)


def show_warning(message, category, filename, lineno, file=None, line=None):
    text = warnings.formatwarning(message, category, os.path.basename(filename), lineno, line)
    if category is RuntimeWarning and "was never awaited" in str(message):
        REC.emit("warning", kind="never_awaited", task=current_task_id(), text=str(message))
    record_output("stderr", text)


builtins_print = builtins.print


# MARK: - asyncio.run, recorded up to the end of the main task and its clean-up

def traced_run(main, *, debug=None):
    loop = VirtualLoop()
    asyncio.set_event_loop(loop)
    try:
        task = loop.create_task(main)
        try:
            return loop.run_until_complete(task)
        finally:
            pending = [t for t in tasks.all_tasks(loop) if not t.done()]
            for t in pending:
                t.cancel()
            if pending:
                loop.run_until_complete(tasks.gather(*pending, return_exceptions=True))
            loop._default_executor.shutdown()
            gc.collect()  # tasks in reference cycles report unretrieved exceptions as they die
            REC.recording = False
    finally:
        asyncio.set_event_loop(None)
        REC.recording = False


def trace(path):
    global REC
    REC = Recorder(os.path.basename(path))
    tasks._task_name_counter = itertools.count(1).__next__
    source = open(path, encoding="utf-8").read()
    saved = (builtins.print, time.sleep, asyncio.run, warnings.showwarning, events.Handle.cancel)
    builtins.print, time.sleep, asyncio.run, warnings.showwarning, events.Handle.cancel = (
        traced_print, virtual_sleep, traced_run, show_warning, traced_cancel)
    try:
        code = compile(source, os.path.basename(path), "exec")
        exec(code, {"__name__": "__main__", "__file__": os.path.basename(path)})
    except Deadlock:
        pass
    finally:
        builtins.print, time.sleep, asyncio.run, warnings.showwarning, events.Handle.cancel = saved
        gc.collect()
    return REC.header() + "\n" + "".join(line + "\n" for line in REC.lines), REC.stdout.getvalue()


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    if argv == ["--all"]:
        for name in sorted(os.listdir(here)):
            if name.endswith(".py") and name != os.path.basename(__file__):
                jsonl, out = trace(os.path.join(here, name))
                stem = os.path.join(here, name[:-3])
                open(stem + ".jsonl", "w", encoding="utf-8").write(jsonl)
                open(stem + ".out", "w", encoding="utf-8").write(out)
                print(f"{name}: {jsonl.count(chr(10)) - 1} events", file=sys.stderr)
        return 0
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    jsonl, out = trace(argv[0])
    sys.stderr.write(out)
    sys.stdout.write(jsonl)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
