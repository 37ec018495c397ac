for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    parity = "even" if n % 2 == 0 else "odd"
    print(n, sign, parity, abs(n) if n else "nothing")
def classify(x):
    return "big" if x > 100 else ("medium" if x > 10 else "small")
print([classify(v) for v in [5, 50, 500]])
calls = []
def side(v):
    calls.append(v)
    return v
r = side("a") if side(True) else side("b")
print(r, calls)
x = None
print(x or "default", x and x.upper(), (x if x is not None else "none"))
print(0 or 0.0 or "" or [] or None, 1 and "x" and [0])
