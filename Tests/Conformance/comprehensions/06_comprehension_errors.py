tests = [
    lambda: [1 / x for x in [1, 0]],
    lambda: {k: v for k, v in [(1, 2, 3)]},
    lambda: [x for x in 5],
    lambda: {[x]: 1 for x in range(1)},
    lambda: {[x] for x in range(1)},
    lambda: [undefined for _ in range(1)],
    lambda: sum(x for x in ["a"]),
    lambda: [int(s) for s in ["1", "2", "three"]],
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
