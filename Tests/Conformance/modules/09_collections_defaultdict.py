from collections import defaultdict
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(dict(by_letter), by_letter["z"], len(by_letter))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(plain.default_factory, counts.default_factory, isinstance(counts, dict))
s = defaultdict(set)
s["k"].add(1); s["k"].add(1); s["j"].add(2)
print(s)
print(counts.get("zzz"), "zzz" in counts)
