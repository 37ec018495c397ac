class P:
    def __init__(self, x):
        self.x = x
    def m(self):
        return self.x
tests = [
    lambda: P(),
    lambda: P(1, 2),
    lambda: P(1).y,
    lambda: P(1).m(5),
    lambda: P.m(),
    lambda: P(1)(),
    lambda: P(1) + P(2),
    lambda: P(1) < P(2),
    lambda: len(P(1)),
    lambda: iter(P(1)),
    lambda: P(1)[0],
    lambda: [x for x in P(1)],
    lambda: hash([]),
    lambda: object().x,
    lambda: setattr(object(), "x", 1),
    lambda: int.nope,
    lambda: None.attr,
    lambda: super(P, 5),
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
