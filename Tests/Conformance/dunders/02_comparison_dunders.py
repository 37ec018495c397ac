class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        print(f"  eq {self} {o}")
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("2.0"))
print(Version("1.0") > Version("0.5"), Version("1.0") >= Version("1.0"))
print(Version("1.0") == "1.0")
print(len({Version("1.0"), Version("1.0"), Version("2.0")}))
print(Version("3.0") in [Version("1.0"), Version("3.0")])
class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != NoEq())
class Weird:
    def __eq__(self, o):
        return NotImplemented
print(Weird() == 1, 1 == Weird())
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  lt {self.v} {o.v}")
        return self.v < o.v
print(OnlyLt(2) > OnlyLt(1))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
