fns = []
for i in range(4):
    fns.append(lambda: i)
print([f() for f in fns])
fns = [lambda i=i: i for i in range(4)]
print([f() for f in fns])
def make(n):
    return lambda: n
fns = [make(i) for i in range(4)]
print([f() for f in fns])
def outer():
    x = 1
    def show():
        return x
    x = 2
    r1 = show()
    x = 3
    return r1, show()
print(outer())
def gen_closures():
    result = []
    for name in ["a", "b"]:
        def f(name=name):
            return name.upper()
        result.append(f)
    return result
print([f() for f in gen_closures()])
