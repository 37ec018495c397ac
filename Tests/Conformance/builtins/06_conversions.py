print(str(1), str(1.0), str(None), str([1, "a"]), str(), repr("a"), repr(1.0), repr([None]))
print(int(), int("12"), int(12.9), int(-12.9), int("  7 "), int("-0"), int(True))
print(float(), float("1.5"), float(3), float("-inf"), float(" 2e3 "), float(True))
print(bool(), bool(0), bool("0"), bool([]), bool([[]]), bool(0.0), bool(-0.0), "")
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list({3: 0, 1: 0}.values()))
print(tuple(), tuple([1]), tuple("ab"), tuple({1: 2}))
print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"a": 1}, b=2), dict(zip("ab", "xy")))
print(set(), set([1, 1, 2]), set((3, 2)), set(range(3)), set({"k": 1}.values()))
print(chr(97), ord("a"), chr(0x263A), ord("\n"), hex(255), oct(8), bin(5), hex(-1))
for bad in [lambda: int("1.0"), lambda: int([1]), lambda: float("1,5"), lambda: dict([1, 2]), lambda: list(5), lambda: int(None), lambda: chr("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
