class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key("A"): 1}
d[Key("a")] = 2
print(d, len(d), Key("A") in d)
class Unhashable:
    def __eq__(self, other):
        return True
try:
    {Unhashable()}
except TypeError as e:
    print("TypeError:", e)
print(Unhashable.__hash__ is None)
class IntLike:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v) + 0.5
print([10, 20, 30][IntLike(1)], int(IntLike(7)), float(IntLike(2)), bin(IntLike(5)), range(IntLike(3)))
class Len:
    def __len__(self):
        return 3
print(len(Len()), bool(Len()))
class Zero:
    def __len__(self):
        return 0
print(bool(Zero()), "empty" if not Zero() else "full")
