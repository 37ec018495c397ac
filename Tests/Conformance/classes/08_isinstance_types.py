class A: pass
class B(A): pass
class C: pass
objs = [A(), B(), C(), 1, "s", [], None, True, 1.5]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, C)), isinstance(o, (int, str)), isinstance(o, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
print(type(A), type(int), type(type), type(A()) is A, type(None))
print(A.__name__, int.__name__, type(1.5).__name__, type([]).__name__, type(print).__name__, type(len).__name__)
print(isinstance(A, type), isinstance(int, type), callable(A))
T = type("T", (A,), {"x": 5})
print(T.__name__, T.x, isinstance(T(), A))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
