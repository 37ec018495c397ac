def apply(fn, *args):
    return fn(*args)
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(apply(double, 5), apply(triple, "ab"), apply(max, 3, 9, 2))
funcs = [len, str.upper, abs, double]
print([f(-3) if f in (abs, double) else f("abc") for f in funcs])
print(callable(double), callable(5), callable(str), callable("x".upper))
print(type(double).__name__, double.__name__, double.__qualname__, make_multiplier.__qualname__)
def doc():
    """Docstring here."""
    return 1
print(doc.__doc__, apply.__doc__)
fn_attrs = {}
def remember(k, v):
    fn_attrs[k] = v
remember("a", 1)
print(fn_attrs, remember("b", 2), fn_attrs)
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello World  "
for step in pipeline:
    value = step(value)
    print(repr(value))
def early(x):
    if x < 0:
        return "negative"
    if x == 0:
        return
    return "positive"
print(early(-1), early(0), early(1))
def multi():
    return 1, "two", [3]
print(multi(), type(multi()).__name__)
