tests = [
    lambda: 1 + "2",
    lambda: [1] + (2,),
    lambda: {} + {},
    lambda: None + 1,
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(5, 0),
    lambda: 0 ** -1,
    lambda: [1, 2] * [3],
    lambda: "a" < 1,
    lambda: [] < {},
    lambda: None > None,
    lambda: -[1],
    lambda: ~1.5,
    lambda: 2 ** "x",
    lambda: {1} + {2},
    lambda: 5 @ 5,
    lambda: 3 in 5,
    lambda: "a" in ["a"] in "b",
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
