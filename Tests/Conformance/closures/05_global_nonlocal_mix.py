g = "G0"
def outer():
    g = "outer-local"
    def inner():
        global g
        g = "G1"
        return g
    res = inner()
    return res, g
print(outer(), g)
def factory():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        return items.pop()
    return push, pop, items
push, pop, items = factory()
push("a"); push("b"); push("c")
print(pop(), items)
x = 0
def bump_global():
    global x
    for _ in range(5):
        x += 1
bump_global()
print(x)
def counter_gen():
    n = 0
    def tick():
        nonlocal n
        n += 1
        return n
    return [tick() for _ in range(3)], tick()
print(counter_gen())
