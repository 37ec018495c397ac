def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
        print(f"  inner added {x}, total {total}")
def outer():
    result = yield from inner()
    print("  outer received", result)
    yield f"final {result}"
g = outer()
print(next(g))
print(g.send(3))
print(g.send(4))
print(g.send(None))
def inner_catch():
    try:
        yield "inner waiting"
    except KeyError as e:
        print("  inner caught", repr(e))
        yield "inner recovered"
def outer_delegate():
    yield from inner_catch()
    yield "outer continues"
d = outer_delegate()
print(next(d))
print(d.throw(KeyError("x")))
print(next(d))
print(next(d, "end"))
