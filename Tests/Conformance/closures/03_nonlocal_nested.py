def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        r = level3()
        return r, b
    r = level2()
    return r, a
print(level1())
def accumulator():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total
    return add, history
add, hist = accumulator()
for v in [5, 10, -3]:
    add(v)
print(hist)
def shadowing():
    x = "outer"
    def inner():
        x = "inner"
        return x
    inner()
    return x
print(shadowing())
def rebind_error():
    x = 0
    def bump():
        try:
            return x + 1
        finally:
            pass
    return bump()
print(rebind_error())
def broken():
    n = 0
    def inc():
        n += 1
    try:
        inc()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()
