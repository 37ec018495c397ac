from functools import reduce
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(reduce(lambda a, b: a + b, nums), reduce(lambda a, b: a * b, nums, 1), reduce(max, nums))
print(list(map(str, nums)), list(map(lambda a, b: a * b, nums, range(3))), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda n: n % 2, nums)))
print(list(zip(nums, "abc")), list(zip()), list(zip([1], [2], [3])))
print(any(n > 8 for n in nums), all(n > 0 for n in nums), any([]), all([]))
print(sorted(nums, key=lambda n: (n % 3, -n)))
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80), len(slow_fib.cache))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
print(type(m).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
