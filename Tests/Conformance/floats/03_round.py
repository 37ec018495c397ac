for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(123.456, -1), round(123.456, -2), round(1234.5678, 3), round(-1234.5678, -3))
print(round(1e20, 2), round(0.1, 20), round(5e-324, 400) if False else "skip")
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(3.5, 0))
print(round(7.0), round(-7.7), round(1e16 + 1.0))
print(round(2.5), round(2.51), round(2.49))
