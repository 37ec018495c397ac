print(range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2))
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], 7 in r, 8 in r, r.index(11), r.count(15))
print(r[1:4], r[::-1], len(range(0)), len(range(10, 0, -3)), list(range(-5, 5, 4)))
print(range(5) == range(0, 5), range(0) == range(2, 2), sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(range(2 ** 64, 2 ** 64 + 3)), len(range(2 ** 40)), range(10 ** 20)[-1])
for i in range(3):
    print(i, end=" ")
print()
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
