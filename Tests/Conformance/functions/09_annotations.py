def area(w: float, h: float = 1.0) -> float:
    return w * h
print(area(2, 3), area(4))
print(area.__annotations__)
count: int = 5
label: str
print(count)
def ident(x: "anything") -> "same":
    return x
print(ident([1]), ident.__annotations__)
class Point:
    x: int
    y: int = 0
print(Point.y, Point.__annotations__)
try:
    print(label)
except NameError as e:
    print("NameError:", e)
