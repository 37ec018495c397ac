print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 70, 10 ** 10))
print(pow(2, 8), pow(2, -2), pow(2.0, 0.5), pow(3, 200, 1000), pow(-7, 2, 5), pow(0, 0))
print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"), format(255, "x"), format(1e6, ",.1f"), format(0.5, "%"))
print(format(12345), format(1.0), format("s"), format(None), format([1, 2]))
print(format(7, "b"), format(-7, "#o"), format(10 ** 6, "_"), format(3, "+"), format(-3.0, " .1f"))
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
