KEY, FKEY = "x", 1.0
tests = [
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: "a" * "b",
    lambda: "a" * 2.5,
    lambda: "abc"[5],
    lambda: "abc".index("z"),
    lambda: "abc".nosuch(),
    lambda: "abc" - "a",
    lambda: -"abc",
    lambda: "abc"[KEY],
    lambda: "abc"[FKEY],
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: "x".join("a", "b"),
    lambda: "{}".format(),
    lambda: "abc" < 3,
    lambda: len(5),
    lambda: str.upper(5),
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
