a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, divmod(-a, b), divmod(a, -b))
print(-7.5 % 2, 7.5 % -2, -0.5 % 1, 0.5 % -1, 1e-20 % 1, -1e-20 % 1)
print(2.0 ** 0.5, 2.0 ** -2, (-2.0) ** 2, (-2.0) ** 3, 0.0 ** 0.0, 1.0 ** float("inf"))
print(abs(-3.5), -(-3.5), +2.5, 3.0 == 3, 3.0 < 3.1, 1e308 < float("inf"))
x = 1.0
for i in range(5):
    x /= 3
    print(x)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)
print(float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else "", (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((3.75).hex())
print(max(1.5, 2), min(2, 1.5), max(2, 2.0), max(2.0, 2))
print(sum([1.5, 2.5, 3]), sum([1, 2], 0.5))
