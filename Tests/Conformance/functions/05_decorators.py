def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args} {kwargs}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
add(b=1, a=2)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def tag(label):
    def deco(fn):
        def wrapper():
            return f"<{label}>{fn()}</{label}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "styled"
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one():
    pass
@register
def two():
    pass
print(registry, one is not None)
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def sq(x):
    return x * x
print(sq(2), sq(3), sq.calls)
