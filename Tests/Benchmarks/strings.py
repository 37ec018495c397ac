# String building, join, f-strings, split, methods.
parts = []
for i in range(100_000):
    parts.append(f"item{i:05d}:{i * 3 % 97:>3}")
text = ",".join(parts)
fields = text.split(",")
total = 0
for f in fields:
    name, _, value = f.partition(":")
    total += int(value) + len(name)
upper = sum(1 for f in fields if f.upper().startswith("ITEM0"))
s = ""
for i in range(20_000):
    s += str(i % 10)
words = ("the quick brown fox jumps over the lazy dog " * 5_000).split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
line = " ".join(w.capitalize() for w in words[:9]).replace("The", "A")
print(len(text), len(fields), upper, len(s), s.count("7"), sorted(freq.items())[:3], line)
print("checksum", (total + len(text) + s.count("3") * 7 + sum(freq.values())) % 1_000_000_007)
