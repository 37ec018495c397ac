data = {
    "name": "demo",
    "tags": ["a", "b", ("c", 1)],
    "matrix": [[1, 2], [3, 4]],
    "empty": {"l": [], "t": (), "d": {}, "s": set()},
    "nums": {1, 2, 3},
    "mixed": [None, True, 1.5, -0.0, "it's", 'q"'],
    "tuple1": (1,),
}
print(data)
print(repr(data["tags"]), str(data["matrix"]))
a = [1, 2]
a.append(a)
print(a)
d = {"self": None}
d["self"] = d
print(d)
print([[[]]], [(), [()]], ((),), [{}], {1: {2: {3: {}}}})
print([1.0, 2.50, 1e20, 1e-10, float("inf")], (0.1, 0.2))
print(str(["x"]), repr(["x"]), str(("y",)), [str(1), repr("1")])
print(list(zip([1, 2], "ab")), list(enumerate("xy")), dict(enumerate("ab")))
