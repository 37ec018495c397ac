class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, "a")
print(p)
print(repr(p), str(p), [p], {"p": p}, (p,), f"{p}", f"{p!r}", "%s %r" % (p, p))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, str(o), "{}".format(o))
class Inherit(Point):
    pass
print(Inherit(3, 4), repr(Inherit(3, 4)))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
