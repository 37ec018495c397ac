from contextlib import contextmanager
import contextlib
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
    with tag("span"):
        print("nested")
@contextmanager
def suppress_value_errors():
    try:
        yield
    except ValueError as e:
        print("suppressed:", e)
with suppress_value_errors():
    raise ValueError("bad value")
print("continues after suppression")
try:
    with tag("p"):
        raise KeyError("escapes")
except KeyError as e:
    print("KeyError escaped:", e)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("suppress worked")
@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("final count", state["n"])
with counter() as c:
    for _ in range(5):
        c["n"] += 1
