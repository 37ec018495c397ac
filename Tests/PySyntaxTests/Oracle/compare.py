"""Diffs LoopLab's parser against CPython on a list of sources.

Usage: python3 compare.py CASES.py   (CASES.py holds a Python list of source strings)
Runs the Swift harness (OracleHarness.swift) and prints every case that differs.
"""
import ast, json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from cpython_dump import dump

def cpython(src):
    try:
        tree = compile(src, "<s>", "exec", flags=ast.PyCF_ONLY_AST, dont_inherit=True)
        return dump(tree, src.split("\n"))
    except SyntaxError as e:
        return "%s %s %d %d" % (type(e).__name__, json.dumps(e.msg, ensure_ascii=False), e.lineno, e.offset)

cases = eval(open(sys.argv[1]).read())
root = os.path.abspath(os.path.join(os.path.dirname(__file__), "../../.."))
open("/tmp/oracle_in.txt", "w").write("\n#====\n".join(cases))
env = dict(os.environ, PYSYNTAX_ORACLE_IN="/tmp/oracle_in.txt", PYSYNTAX_ORACLE_OUT="/tmp/oracle_out.txt")
subprocess.run(["swift", "test", "--scratch-path", os.environ.get("SCRATCH", "/tmp/build-parser"),
                "--filter", "oracleHarness"], cwd=root, env=env, capture_output=True)
ours = open("/tmp/oracle_out.txt").read().split("\n")
bad = 0
for src, mine in zip(cases, ours):
    theirs = cpython(src)
    if mine != theirs:
        bad += 1
        print("SOURCE:", repr(src)); print("  cpython:", theirs); print("  looplab:", mine)
print("%d/%d differ" % (bad, len(cases)))
