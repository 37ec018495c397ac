def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("  caught inside generator:", e)
            n = 100
        except GeneratorExit:
            print("  GeneratorExit: cleaning up")
            raise
        finally:
            if n == 101:
                print("  finally at 101")
g = resilient()
print(next(g), next(g))
print("throw ->", g.throw(ValueError("reset")))
print(next(g))
g.close()
print("closed; next ->", next(g, "nothing"))
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("boom"))
except KeyError as e:
    print("propagated out:", repr(e))
print(next(f, "dead after throw"))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
h = ignores_exit()
next(h)
try:
    h.close()
except RuntimeError as e:
    print("RuntimeError:", e)
unstarted = fragile()
unstarted.close()
print(next(unstarted, "closed before start"))
def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  with_finally cleanup")
w = with_finally()
print(next(w))
w.close()
print("after close")
