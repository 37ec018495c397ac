class AppError(Exception):
    pass
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"missing {key}") from e
try:
    load("b")
except AppError as e:
    print("AppError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print("ValueError:", e, "| cause:", e.__cause__, "| context:", type(e.__context__).__name__, e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("suppressed") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = RuntimeError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
try:
    raise TypeError("a") from ValueError("b")
except TypeError as t:
    print(t, repr(t.__cause__), t.__context__)
