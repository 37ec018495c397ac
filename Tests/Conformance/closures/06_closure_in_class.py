def make_class(prefix):
    class Greeter:
        def greet(self, name):
            return f"{prefix} {name}"
    return Greeter
Hi, Yo = make_class("Hi"), make_class("Yo")
print(Hi().greet("A"), Yo().greet("B"), Hi.__name__, Hi.__qualname__)
class Outer:
    x = 10
    ys = [x for _ in range(2)] if False else None
    def method(self):
        return [self.x * i for i in range(3)]
print(Outer().method(), Outer.ys)
class Scope:
    val = 5
    try:
        doubled = [val * 2 for _ in range(2)]
    except NameError as e:
        doubled = str(e)
print(Scope.doubled)
def deco_with_state(tag):
    seen = []
    def deco(fn):
        def wrapper(*a):
            seen.append(fn.__name__)
            return f"[{tag}] {fn(*a)} {seen}"
        return wrapper
    return deco
d = deco_with_state("T")
@d
def f1():
    return "one"
@d
def f2():
    return "two"
print(f1(), f2(), f1())
