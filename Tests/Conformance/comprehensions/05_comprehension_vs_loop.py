data = [3, -1, 4, -1, 5, -9, 2, 6]
loop_result = []
for d in data:
    if d > 0:
        loop_result.append(d * 10)
comp_result = [d * 10 for d in data if d > 0]
print(loop_result, comp_result, loop_result == comp_result)
print([d for d in data if d < 0], [abs(d) for d in data], [max(d, 0) for d in data])
running = []
acc = 0
for d in data:
    acc += d
    running.append(acc)
print(running)
print([sum(data[:i + 1]) for i in range(len(data))])
pairs = [(a, b) for a in data[:3] for b in data[:3] if a < b]
print(pairs)
counts = {v: data.count(v) for v in data}
print(counts)
print(sorted(set(data)), sorted({d for d in data}, reverse=True))
print(list(map(lambda d: d * d, filter(lambda d: d % 2 == 0, data))), [d * d for d in data if d % 2 == 0])
