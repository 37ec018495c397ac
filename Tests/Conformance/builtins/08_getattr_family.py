class Obj:
    cls_attr = "c"
    def __init__(self):
        self.a = 1
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "zz", None), hasattr(o, "a"), hasattr(o, "zz"))
setattr(o, "b", 2)
print(o.b, vars(o))
delattr(o, "b")
print(hasattr(o, "b"), vars(o))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr("abc", "upper")(), getattr([], "append").__name__, hasattr(1, "real"), getattr(5, "bit_length")())
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
for name in ["a", "cls_attr", "__init__"]:
    print(name, hasattr(o, name), callable(getattr(o, name)))
