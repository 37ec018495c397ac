total = 0.0
values = []
for i in range(1, 21):
    total += 1 / i
    values.append(round(total, 6))
print(total)
print(values)
avg = sum(values) / len(values)
print(avg)
print([x * 0.1 for x in range(10)])
print([i / 10 for i in range(10)])
print(sum(x * x for x in [0.5, 1.5, 2.5]))
c = 0.0
for i in range(100):
    c = c * 0.99 + 1.0
print(c)
temps = [22.5, 19.0, 24.75, 18.25]
celsius_to_f = [t * 9 / 5 + 32 for t in temps]
print(celsius_to_f)
print(max(celsius_to_f) - min(celsius_to_f))
