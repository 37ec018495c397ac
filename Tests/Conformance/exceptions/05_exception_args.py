for exc in [ValueError(), ValueError("msg"), ValueError("a", 1), KeyError("k"), KeyError(), IndexError(3),
            ZeroDivisionError("div"), StopIteration(42), SystemExit(3), Exception(None)]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
e = StopIteration("v")
print(e.value)
s = SystemExit(5)
print(s.code)
try:
    raise ValueError
except ValueError as err:
    print("raised class:", repr(err), err.args)
try:
    raise KeyError("quoted")
except KeyError as err:
    print(str(err), err.args[0])
err = None
try:
    raise RuntimeError("x")
except RuntimeError as err:
    pass
try:
    print(err)
except NameError as ne:
    print("NameError:", ne)
