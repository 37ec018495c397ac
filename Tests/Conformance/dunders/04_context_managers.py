class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Managed("a") as v:
    print("body", v)
with Managed("outer") as o, Managed("inner") as i:
    print("both", o, i)
with Managed("swallow", suppress=True):
    raise ValueError("hidden")
print("after swallow")
try:
    with Managed("propagate"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
def early_return():
    with Managed("ret"):
        return "returned value"
print(early_return())
for k in range(3):
    with Managed(f"loop{k}"):
        if k == 1:
            continue
        if k == 2:
            break
        print("loop body", k)
