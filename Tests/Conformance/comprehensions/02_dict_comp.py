words = ["apple", "banana", "cherry", "avocado", "blueberry"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip("abc", range(3))})
print({n: n ** 2 for n in range(6) if n % 2 == 0})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print({(i, j): i * j for i in range(2) for j in range(2)})
groups = {letter: [w for w in words if w.startswith(letter)] for letter in "abc"}
print(groups)
print({k: sorted(v) for k, v in sorted(groups.items(), reverse=True)})
scores = {"ann": 91, "bob": 78, "cy": 85}
print({name: ("pass" if s >= 80 else "fail") for name, s in scores.items()})
print(dict(sorted({v: k for k, v in scores.items()}.items())))
