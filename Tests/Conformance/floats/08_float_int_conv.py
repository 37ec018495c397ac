for v in [0.0, 0.9, -0.9, 1.5, -1.5, 1e10, 123456789.987, -1e15, 2.0 ** 63, 2.0 ** 70, 1e30]:
    print(v, int(v), round(v), float(int(v)))
print(int(1e30) == 10 ** 30, int(1e30))
print(float("12"), float(" -3 "), float("1e3"), float("-.5e-2"), float("+1E+2"))
print(7 / 2 == 3.5, 8 / 2, type(8 / 2).__name__, 10 // 3.0, int(10 / 3))
print(str(1.0), str(10.0), str(100.0), str(1e5), str(1.0e16), str(-1e-10))
print(1.0 == True, 0.0 == False, hash(1.5) == hash(1.5), hash(2.0) == hash(2), hash(0.5), hash(-1.0), hash(1e100))
