from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), list(p))
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), isinstance(p, tuple))
print(p._replace(x=10), p._asdict(), Point._fields, Point._make([5, 6]))
Person = namedtuple("Person", "name age city", defaults=["?"])
a = Person("Ann", 30)
print(a, a.city, Person("Bob", 5, "Rome"))
print(sorted([Person("z", 1), Person("a", 2), Person("a", 1)]))
print(Point(x=3, y=4), repr(Point(0, 0)), str(Point(-1, 1.5)))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
print(Point.__name__, type(p).__name__, hash(p) == hash((1, 2)))
