inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan)
print(inf + 1, inf - inf, inf * 0, inf / inf if False else "skip", -inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(inf == inf, inf == float("infinity"), float("-Infinity"), float("NaN"))
print(repr(inf), str(nan), [inf, nan, -inf])
print(max(1.0, inf), min(-inf, 0), 1 / inf, -1 / inf)
print(nan is nan, [nan] == [nan], nan in [nan])
z = -0.0
print(z, 0.0, -0.0 == 0.0, repr(-0.0), str(-0.0), abs(-0.0), -0.0 + 0.0, 0.0 * -1)
print(format(-0.0, ".2f"), round(-0.4), round(-0.4, 1), -0.0 * 5)
print(1e308 * 10, -1e308 * 10, 1e-320, 1e-330)
print(float("inf") // 1 if False else "skip", 5.0 % inf, -5.0 % inf)
print(inf.is_integer(), (2.0).is_integer(), (2.5).is_integer())
print(type(inf).__name__, int(1e18), int(-2.5e15))
for bad in [inf, nan]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
