print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 3), sum(range(100)), sum([[1], [2]], []))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max([1, 2], [1, 3]))
print(min([], default="empty"), max([], default=None), min([3, -4, 2], key=abs), max(["a", "bbb", "cc"], key=len))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), max(True, 1))
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 100))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(0.5), round(1.5))
for bad in [lambda: min([]), lambda: max(), lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: abs("x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
