def gen():
    yield 1
    return "final"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args, repr(e))
try:
    next(g)
except StopIteration as e:
    print("exhausted again:", e.value, repr(e))
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("list iterator:", repr(e), e.value)
print(next(iter([]), "default"))
def bad_gen():
    yield 1
    raise StopIteration("inside")
try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
