print(1 + 2.0, 3 * 1.5, 7 / 2, 7 // 2.0, 7 % 2.5, 2 ** 0.5, 2 ** -1)
print(10 ** 20 * 1.0, 2 ** 70 / 2 ** 69, 2 ** 1000 / 2 ** 999)
print(True + 0.5, 1 - True)
print(int(10 ** 20 / 3))
print(10 ** 20 // 3, 10 ** 20 / 3)
print(-7 // 2.0, -7 % 2.0, 7 % -2.0, divmod(-7, 2.0), divmod(7.5, 2))
print((-2) ** 0.5 if False else "skip", (-8) ** (1 / 3) if False else "skip")
print(4 ** 0.5, 27 ** (1 / 3), 10 ** -2, 0.0 ** 0)
try:
    print(2 ** 10000 * 1.0)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(float(2 ** 1024))
except OverflowError as e:
    print("OverflowError", e)
print(float(2 ** 1023))
