def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
def total(*args):
    print("args:", args, type(args).__name__)
    return sum(args)
print(total(), total(1), total(1, 2, 3), total(*range(5)))
def opts(**kwargs):
    print("kwargs:", kwargs, type(kwargs).__name__)
    return sorted(kwargs)
print(opts(), opts(b=2, a=1), opts(**{"x": 1}))
def full(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(full(1, c=3))
print(full(1, 2, 3, 4, c=5, e=6))
print(full(*[9, 8, 7], c=0, **{"d": 1, "z": 2}))
def kwonly(*, key, value=None):
    return key, value
print(kwonly(key="k"), kwonly(value=1, key=2))
def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, 3), posonly(1, 2, c=3))
def nothing():
    pass
print(nothing(), nothing.__name__, greet.__defaults__, kwonly.__kwdefaults__)
