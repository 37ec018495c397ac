for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    print(row)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
count = 0
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    m = 0
    while m < n:
        m += 1
        count += 1
print(count, n)
for i, word in enumerate(["x", "y"], start=1):
    for j, ch in enumerate(word * i):
        print(i, j, ch)
print([(a, b) for a in range(3) for b in range(a)])
for x in range(3):
    pass
print("x after loop:", x)
