print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("abc"), all(["", "x"]), any(x > 3 for x in [1, 5]))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 1, 2, 3]), calls)
calls.clear()
print(all(check(v) for v in [1, 0, 2]), calls)
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", str))
print(isinstance(True, int), isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance({}, dict))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(ZeroDivisionError, ArithmeticError))
print(type(1), type("x"), type([]), type(None), type(type), type(print), type(lambda: 0).__name__)
print(type(1) == int, type(True) == int, type(3.0) is float)
