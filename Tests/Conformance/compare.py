#!/usr/bin/env python3
"""Runs conformance programs through `looplab run` and reports which match
their stored CPython expectations. For quick checks while developing; `swift
test` runs the same comparison as the real test.

usage: compare.py --bin PATH/TO/looplab [-v] [FILTER ...]
FILTER keeps programs whose path contains it (e.g. `strings` or `ints/03`).
"""
import argparse, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def expectations(py):
    base = py[:-3]
    out = open(base + ".out", encoding="utf-8").read() if os.path.exists(base + ".out") else ""
    code, last = 0, None
    if os.path.exists(base + ".err"):
        lines = open(base + ".err", encoding="utf-8").read().split("\n")
        code = int(lines[0][len("exit: "):])
        last = lines[1][len("last: "):] if len(lines) > 1 else None
    return out, code, last

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("-v", action="store_true", help="show differences")
    ap.add_argument("filters", nargs="*")
    args = ap.parse_args()
    programs = sorted(os.path.join(d, f) for d, _, fs in os.walk(HERE) if d != HERE for f in fs if f.endswith(".py"))
    programs = [p for p in programs if not args.filters or any(f in p for f in args.filters)]
    passed = failed = 0
    for py in programs:
        rel = os.path.relpath(py, HERE)
        want_out, want_code, want_last = expectations(py)
        try:
            r = subprocess.run([args.bin, "run", os.path.basename(py)], cwd=os.path.dirname(py),
                               capture_output=True, text=True, timeout=30)
            out, code, err = r.stdout, r.returncode, r.stderr
        except subprocess.TimeoutExpired:
            out, code, err = "", -1, "TIMEOUT"
        last = err.rstrip("\n").split("\n")[-1] if err else ""
        ok = out == want_out and code == want_code and (want_last is None or last == want_last)
        if ok:
            passed += 1
            continue
        failed += 1
        print(f"FAIL {rel}")
        if args.v:
            if out != want_out:
                import difflib
                for line in difflib.unified_diff(want_out.splitlines(), out.splitlines(), "cpython", "engine", lineterm="", n=1):
                    print("   ", line)
            if code != want_code:
                print(f"    exit: want {want_code}, got {code}")
            if want_last is not None and last != want_last:
                print(f"    last stderr: want {want_last!r}, got {last!r}")
            if code != want_code and err:
                print("    stderr tail:", err.strip().split("\n")[-3:])
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1

if __name__ == "__main__":
    sys.exit(main())
