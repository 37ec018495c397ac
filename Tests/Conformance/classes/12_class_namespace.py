print("before class")
class Loud:
    print("inside class body")
    x = 1
    y = x + 1
    for i in range(2):
        print("loop in body", i)
    def f(self):
        return Loud.y
print("after class", Loud.x, Loud.y, Loud.i, Loud().f())
class Outer:
    class Inner:
        val = "inner"
    def make(self):
        return self.Inner()
print(Outer.Inner.val, Outer().make().val, Outer.Inner.__qualname__)
class WithInitReturn:
    def __init__(self):
        return None
print(type(WithInitReturn()).__name__)
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
