class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more):
        return self.n + x + sum(more)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), list(map(add5, [10, 20])))
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("getitem", key)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        return key in self.data
g = Grid()
g[1, 2] = "x"
g["k"] = 5
print(g[1, 2], g[0, 0], len(g), (1, 2) in g)
g["k"] += 1
print(g.data)
del g["k"]
print(len(g), bool(g))
class Sliceable:
    def __getitem__(self, idx):
        return idx
s = Sliceable()
print(s[1], s[1:2], s[::-1], s[1:2, 3], s[...] if False else "", s["key"])
