"""Prints CPython's AST in the S-expression format of `ASTDump` (Sources/PySyntax/ASTDump.swift).

Usage: python3 cpython_dump.py FILE   (or source on stdin). Columns are converted
from UTF-8 bytes to Unicode scalars, as LoopLab's spans count them.
"""
import ast, sys

SKIP = {"ctx", "type_comment", "kind", "type_ignores"}

def col(lines, lineno, offset):
    return len(lines[lineno - 1].encode()[:offset].decode(errors="replace")) if 0 < lineno <= len(lines) else offset

def span(node, lines):
    if not hasattr(node, "lineno") or node.lineno is None:
        return ""
    return "@%d:%d-%d:%d" % (node.lineno, col(lines, node.lineno, node.col_offset),
                             node.end_lineno, col(lines, node.end_lineno, node.end_col_offset))

def quote(s):
    out = []
    for ch in s:
        if ch == "\\": out.append("\\\\")
        elif ch == '"': out.append('\\"')
        elif ch == "\n": out.append("\\n")
        elif ch == "\t": out.append("\\t")
        elif ch == "\r": out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7f: out.append("\\u{%x}" % ord(ch))
        else: out.append(ch)
    return '"' + "".join(out) + '"'

def const(v):
    if v is None or v is Ellipsis or isinstance(v, bool): return "Ellipsis" if v is Ellipsis else str(v)
    if isinstance(v, int): return str(v)
    if isinstance(v, float): return repr(v)
    if isinstance(v, str): return quote(v)
    if isinstance(v, bytes): return "b[" + " ".join("%02x" % b for b in v) + "]"
    return repr(v)

def dump(x, lines):
    if isinstance(x, list):
        return "[" + " ".join(dump(e, lines) for e in x) + "]"
    if x is None:
        return "None"
    if isinstance(x, str):
        return quote(x)
    if isinstance(x, int) and not isinstance(x, bool):
        return str(x)
    if isinstance(x, ast.AST):
        name = type(x).__name__
        if isinstance(x, (ast.operator, ast.unaryop, ast.boolop, ast.cmpop)):
            return name
        parts = [name + span(x, lines)]
        for f in x._fields:
            if f in SKIP: continue
            v = getattr(x, f)
            if isinstance(x, ast.Constant) and f == "value": parts.append(const(v)); continue
            if isinstance(x, ast.FormattedValue) and f == "conversion":
                parts.append("None" if v == -1 else chr(v)); continue
            if isinstance(x, ast.NamedExpr) and f == "target": parts.append(quote(v.id)); continue
            if isinstance(x, ast.AnnAssign) and f == "simple": parts.append("True" if v else "False"); continue
            if isinstance(x, ast.comprehension) and f == "is_async": parts.append("True" if v else "False"); continue
            parts.append(dump(v, lines))
        return "(" + " ".join(parts) + ")"
    return repr(x)

if __name__ == "__main__":
    src = open(sys.argv[1]).read() if len(sys.argv) > 1 else sys.stdin.read()
    print(dump(ast.parse(src), src.replace("\r\n", "\n").split("\n")))
