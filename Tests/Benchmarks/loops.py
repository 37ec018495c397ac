# Loops over lists and dicts: indexing, appends, dict get/set, iteration.
N = 400_000
data = [(i * 7919) % 1009 for i in range(N)]
counts = {}
for v in data:
    counts[v] = counts.get(v, 0) + 1
acc = 0
for i in range(len(data)):
    if data[i] % 3 == 0:
        acc += data[i]
    else:
        acc -= 1
squares = [x * x for x in data if x % 2]
index = {}
for k, v in counts.items():
    index.setdefault(v, []).append(k)
best = max(index)
checksum = (acc + sum(squares) + len(counts) * 31 + best) % 1_000_000_007
print("distinct", len(counts), "best", best, "acc", acc)
print("checksum", checksum)
