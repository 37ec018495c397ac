class Shape:
    registry = []
    def __init__(self, name):
        self.name = name
        Shape.registry.append(self)
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def __repr__(self):
        return f"<{type(self).__name__} {self.name} area={self.area():.2f}>"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__(f"{w}x{h}")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        super().__init__(f"r={r}")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(4), Circle(1.5)]
print(shapes)
print(sorted(shapes, key=lambda s: s.area()))
print(sum(s.area() for s in shapes))
print(len(Shape.registry), [type(s).__name__ for s in Shape.registry])
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
