def describe(name, *, age=None, city="?", **extra):
    parts = [name]
    if age is not None:
        parts.append(f"age={age}")
    parts.append(f"city={city}")
    for k in sorted(extra):
        parts.append(f"{k}={extra[k]}")
    return ", ".join(parts)
print(describe("A"))
print(describe("B", age=3))
print(describe("C", city="Oslo", zip="0150", country="NO"))
opts = {"age": 40, "city": "Rome", "pet": "cat"}
print(describe("D", **opts))
def collect(first, *rest, sep=" "):
    return sep.join([first, *rest])
print(collect("a"), collect("a", "b", "c"), collect("a", "b", sep="-"))
def order(a, b, c):
    return f"a={a} b={b} c={c}"
print(order(1, 2, 3), order(c=1, a=2, b=3), order(1, c=2, b=3), order(*(1, 2), c=3), order(**dict(a=1, b=2, c=3)))
print(print("inner", sep="", end="|\n"), "outer")
def mutable_default(x, seen=None):
    if seen is None:
        seen = []
    seen.append(x)
    return seen
print(mutable_default(1), mutable_default(2))
