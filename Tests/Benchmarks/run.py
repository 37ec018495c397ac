#!/usr/bin/env python3
"""Compare LoopLab's engine with CPython on the benchmark programs in this folder.

Every `*.py` file here except this script (and files starting with `_`) is a
benchmark: adding one is dropping a file in the folder (or, for a benchmark that
lives elsewhere, one entry in EXTRA_BENCHMARKS below). Each benchmark must be
deterministic and print a checksum; the engine's output must equal CPython's.

    Tests/Benchmarks/run.py                 # build release engine, run all
    Tests/Benchmarks/run.py --bin .build/release/looplab --only fib --reps 5
    Tests/Benchmarks/run.py --bin .build/release/looplab --only sched

Benchmarks form groups by name: `sched_*` files measure the asyncio scheduler
(group "sched"), the others the interpreter core (group "core"). `--only`
takes group names as well as benchmark names; the table lists each group
under its own heading.

For each benchmark the two interpreters run in turn, N times each (CPython
first on even rounds, the engine first on odd ones), so a burst of load on a
shared machine hits both. For each, the best wall time and the best CPU time
(user + system) of the N runs are kept, and the peak RSS of each child is
measured with os.wait4 (max over the runs). "time x" compares wall times,
"cpu x" CPU times.
"""
import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXTRA_BENCHMARKS = []  # absolute or HERE-relative paths of benchmarks kept elsewhere


def discover():
    names = sorted(f for f in os.listdir(HERE)
                   if f.endswith(".py") and f != os.path.basename(__file__) and not f.startswith("_"))
    paths = [os.path.join(HERE, f) for f in names]
    paths += [p if os.path.isabs(p) else os.path.join(HERE, p) for p in EXTRA_BENCHMARKS]
    return paths


def bench_name(path):
    return os.path.splitext(os.path.basename(path))[0]


GROUPS = ["core", "sched"]


def group_of(name):
    return "sched" if name.startswith("sched_") else "core"


def maxrss_mib(ru):
    # ru_maxrss is KiB on Linux, bytes on macOS.
    kib = ru.ru_maxrss / 1024 if sys.platform == "darwin" else ru.ru_maxrss
    return kib / 1024


def run_once(argv, cwd, timeout):
    """Run argv; return (wall seconds, CPU seconds, peak MiB, exit code, stdout text, stderr text)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        timer = threading.Timer(timeout, lambda: os.kill(proc.pid, signal.SIGKILL))
        timer.start()
        try:
            _, status, ru = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped
        out.seek(0)
        err.seek(0)
        return (elapsed, ru.ru_utime + ru.ru_stime, maxrss_mib(ru), proc.returncode,
                out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


class Measurement:
    """The best wall and CPU times, the peak RSS and the first run's outcome of one program."""

    def __init__(self):
        self.wall = self.cpu = None
        self.peak = 0.0
        self.first = None

    def add(self, run):
        wall, cpu, mib, code, out, err = run
        self.wall = wall if self.wall is None else min(self.wall, wall)
        self.cpu = cpu if self.cpu is None else min(self.cpu, cpu)
        self.peak = max(self.peak, mib)
        if self.first is None:
            self.first = (code, out, err)


def measure_in_turn(argvs, cwd, reps, timeout):
    """Measurements of several programs run in turn, rotating who goes first."""
    ms = [Measurement() for _ in argvs]
    for rep in range(reps):
        for k in range(len(argvs)):
            i = (k + rep) % len(argvs)
            ms[i].add(run_once(argvs[i], cwd, timeout))
    return ms


def build_engine():
    print("building engine: swift build -c release --product looplab", file=sys.stderr)
    try:
        r = subprocess.run(["swift", "build", "-c", "release", "--product", "looplab"], cwd=ROOT)
        if r.returncode != 0:
            return None, "swift build failed (exit %d)" % r.returncode
        binpath = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                                 capture_output=True, text=True).stdout.strip()
    except FileNotFoundError:
        return None, "swift is not installed"
    return os.path.join(binpath, "looplab"), None


def resolve_bin(arg):
    path = os.path.abspath(arg)
    if os.path.isdir(path):
        path = os.path.join(path, "looplab")
    return path


def engine_usable(exe):
    """The engine exists and understands `run FILE`; returns an error text or None."""
    if not (os.path.isfile(exe) and os.access(exe, os.X_OK)):
        return "no engine executable at %s" % exe
    with tempfile.TemporaryDirectory() as d:
        probe = os.path.join(d, "probe.py")
        with open(probe, "w") as f:
            f.write("print(6 * 7)\n")
        try:
            r = subprocess.run([exe, "run", probe], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired) as e:
            return "engine could not run a probe program: %s" % e
        if r.returncode != 0 or r.stdout != "42\n":
            last = (r.stderr.strip().splitlines() or [""])[-1]
            return "engine cannot run Python yet (`looplab run probe.py` exited %d, stdout %r, stderr %r)" % (
                r.returncode, r.stdout[:60], last[:120])
    return None


def fmt(v, spec, missing="n/a"):
    return missing if v is None else format(v, spec)


def timeline_line(exe, args):
    """How much `--timeline` adds to a run of many_tasks.py (10,000 tasks, one chart)."""
    path = os.path.join(HERE, TIMELINE_BENCHMARK)
    if not os.path.exists(path):
        return
    cwd, fname = os.path.dirname(path), os.path.basename(path)
    plain, chart = measure_in_turn([[exe, "run", "--max-instructions", "0", fname],
                                    [exe, "run", "--max-instructions", "0", "--timeline", "--width", "120", fname]],
                                   cwd, args.reps, args.timeout)
    tasks = next((l for l in chart.first[1].splitlines() if " tasks " in l), "no chart header")
    print("timeline: %s run %.3f s, with --timeline %.3f s (%+.3f s); %s" % (
        fname, plain.wall, chart.wall, chart.wall - plain.wall, tasks.strip()))


TIMELINE_BENCHMARK = "many_tasks.py"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", help="path to the looplab executable (or its directory); skips building")
    ap.add_argument("--only", action="append", default=[],
                    help="run only this benchmark (name without .py) or group (%s); repeatable or comma-separated"
                         % ", ".join(GROUPS))
    ap.add_argument("--reps", type=int, default=3, help="repetitions per interpreter, best time kept (default 3)")
    ap.add_argument("--python", default=sys.executable or "python3", help="CPython to compare with")
    ap.add_argument("--timeout", type=float, default=300, help="seconds before a single run is killed")
    args = ap.parse_args()
    if args.reps < 1:
        ap.error("--reps must be >= 1")

    benches = discover()
    only = {n.strip().removesuffix(".py") for o in args.only for n in o.split(",") if n.strip()}
    if only:
        unknown = only - {bench_name(b) for b in benches} - set(GROUPS)
        if unknown:
            ap.error("unknown benchmark(s): %s (available: %s; groups: %s)" % (
                ", ".join(sorted(unknown)), ", ".join(bench_name(b) for b in benches), ", ".join(GROUPS)))
        benches = [b for b in benches if bench_name(b) in only or group_of(bench_name(b)) in only]
    benches.sort(key=lambda b: GROUPS.index(group_of(bench_name(b))))

    if args.bin:
        exe, problem = resolve_bin(args.bin), None
    else:
        exe, problem = build_engine()
    if problem is None:
        problem = engine_usable(exe)
    if problem:
        print("engine unavailable: %s -- reporting CPython only" % problem, file=sys.stderr)
        exe = None

    header = ["benchmark", "CPython s", "engine s", "time x", "cpu x", "CPython MiB", "engine MiB", "mem x", "output"]
    rows, mismatches, group = [], 0, None
    for path in benches:
        if group_of(bench_name(path)) != group:
            group = group_of(bench_name(path))
            rows.append(["[%s]" % group] + [""] * (len(header) - 1))  # the group's heading row
        name, cwd, fname = bench_name(path), os.path.dirname(path), os.path.basename(path)
        argvs = [[args.python, fname]]
        if exe:
            argvs.append([exe, "run", "--max-instructions", "0", fname])
        ms = measure_in_turn(argvs, cwd, args.reps, args.timeout)
        py, en = ms[0], ms[1] if exe else None
        py_first = py.first
        if py_first[0] != 0:
            print("warning: CPython exited %d on %s: %s" % (py_first[0], name, py_first[2].strip()[-200:]),
                  file=sys.stderr)
        verdict = "n/a"
        if en:
            en_first = en.first
            if en_first[:2] == py_first[:2]:
                verdict = "match"
            else:
                verdict = "DIFFERS"
                mismatches += 1
                print("%s: engine exit %d vs CPython %d; engine stderr: %s" % (
                    name, en_first[0], py_first[0], en_first[2].strip()[-300:]), file=sys.stderr)
        ratio = lambda f: f(en) / f(py) if en and f(py) else None
        rows.append([name, fmt(py.wall, ".3f"), fmt(en and en.wall, ".3f"),
                     fmt(ratio(lambda m: m.wall), ".2f"), fmt(ratio(lambda m: m.cpu), ".2f"),
                     fmt(py.peak, ".1f"), fmt(en and en.peak, ".1f"),
                     fmt(ratio(lambda m: m.peak), ".2f"), verdict])

    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))
    print("reps=%d, run in turn (best wall and CPU time, peak RSS over runs); CPython: %s" % (args.reps, args.python))
    if exe is None:
        return 2
    timeline_line(exe, args)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
