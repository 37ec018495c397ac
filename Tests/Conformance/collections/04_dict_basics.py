d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
del d["b"]; print(d)
d["b"] = 2; print(d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.setdefault("c", 99), d.setdefault("n", []), d)
d.update({"x": 1}, y=2); print(d)
d.update([("z", 0)]); print(d)
print(d.popitem(), d)
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("abc", range(3))), dict.fromkeys("xy", 0), dict.fromkeys([1, 2]))
e = {1: "int", 1.0: "float?", True: "bool?"}
print(e)
f = {}
for word in "the cat and the hat and the bat".split():
    f[word] = f.get(word, 0) + 1
print(f)
print(sorted(f.items(), key=lambda kv: kv[1], reverse=True))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {**d, "new": 1})
print(d | {"q": 9}, dict(sorted({"z": 1, "a": 2}.items())))
c = d.copy(); c.clear(); print(c, bool(c), bool(d))
for k, v in {"one": 1, "two": 2}.items():
    print(k, "->", v)
