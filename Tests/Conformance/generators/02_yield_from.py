def inner():
    print("  inner start")
    yield 1
    yield 2
    print("  inner end")
    return "inner result"
def outer():
    print("  outer start")
    result = yield from inner()
    print("  outer got", result)
    yield from [10, 20]
    yield from "ab"
    yield from range(2)
    return "outer done"
print(list(outer()))
g = outer()
try:
    while True:
        print("next ->", next(g))
except StopIteration as e:
    print("StopIteration.value =", e.value)
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1], (2, 3), {4: "x"}, "56")))
