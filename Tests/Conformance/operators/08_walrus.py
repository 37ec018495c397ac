data = [1, 4, 9, 16, 25]
if (n := len(data)) > 3:
    print(f"long list of {n}")
print(n)
values = [y for x in data if (y := x * 2) > 10]
print(values, y)
print([last := i for i in range(3)], last)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("top", top)
def find_first(pred, xs):
    for x in xs:
        if pred(x):
            return x
print((w := 5) + w, w)
total = 0
nums = iter([3, 1, 4, 1, 5, 0, 9])
while (k := next(nums)) != 0:
    total += k
    print("added", k, "total", total)
print(any((hit := v) > 3 for v in [1, 5, 2]), hit)
print((a := 1, b := 2), a, b)
