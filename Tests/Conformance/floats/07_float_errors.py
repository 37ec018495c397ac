tests = [
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 5.0 % 0,
    lambda: divmod(1.0, 0.0),
    lambda: 0.0 ** -1,
    lambda: 10.0 ** 400,
    lambda: float("abc"),
    lambda: float(""),
    lambda: float("1.2.3"),
    lambda: float([1]),
    lambda: 2.0 ** 10000,
    lambda: round(float("inf")),
    lambda: round(float("nan")),
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__, "|", e)
