def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
data = list(range(0, 200, 3))
for t in [0, 99, 100, 198, 199, -1]:
    print(t, binary_search(data, t))
def bubble(xs):
    xs = xs[:]
    swaps = 0
    changed = True
    while changed:
        changed = False
        for i in range(len(xs) - 1):
            if xs[i] > xs[i + 1]:
                xs[i], xs[i + 1] = xs[i + 1], xs[i]
                swaps += 1
                changed = True
    return xs, swaps
print(bubble([5, 2, 9, 1, 5, 6, 0]))
n, digits = 9875, []
while n:
    n, r = divmod(n, 10)
    digits.append(r)
print(digits[::-1])
