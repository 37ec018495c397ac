d = {}
for k in [5, 3, 9, 1, "z", "a", (1, 2), 2.5]:
    d[k] = str(k)
print(d)
del d[9]
d[9] = "again"
print(list(d))
d[3] = "updated"
print(list(d.items())[:3])
keys = list(d)
for k in keys:
    if isinstance(k, int) and k % 2 == 1:
        del d[k]
print(d)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
