import functools
from functools import wraps, partial, reduce
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}")
        return fn(*args, **kwargs)
    return wrapper
@logged
def area(w, h):
    """Compute an area."""
    return w * h
print(area(3, 4), area.__name__, area.__doc__, area.__wrapped__(2, 2))
def no_wraps(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@no_wraps
def other():
    """doc"""
print(other.__name__, other.__doc__)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
two_to = partial(power, 2)
print(square(7), cube_mod(7), two_to(10), square.func is power, square.args, square.keywords, two_to.args)
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], "init"))
print(functools.reduce(max, [3, 8, 2]))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().hits > 0)
print(list(map(partial(int, base=2), ["101", "111"])))
