import inspect
async def coro_fn():
    return 1
def plain():
    return 1
def gen_fn():
    yield 1
class C:
    async def method(self):
        return "m"
    @staticmethod
    async def static():
        return "s"
print(inspect.iscoroutinefunction(coro_fn), inspect.iscoroutinefunction(plain), inspect.iscoroutinefunction(gen_fn))
print(inspect.iscoroutinefunction(C.method), inspect.iscoroutinefunction(C().method), inspect.iscoroutinefunction(C.static))
print(inspect.iscoroutinefunction(lambda: 1), inspect.iscoroutinefunction(print))
c = coro_fn()
g = gen_fn()
print(inspect.iscoroutine(c), inspect.iscoroutine(g), inspect.iscoroutine(coro_fn), inspect.isawaitable(c), inspect.isawaitable(g))
print(inspect.isfunction(coro_fn), inspect.isfunction(c), inspect.isgenerator(g), inspect.isgeneratorfunction(gen_fn))
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
print(inspect.getcoroutinestate(c))
c2 = C().method()
print(type(c2).__name__, c2.__name__)
c2.close()
print(inspect.getcoroutinestate(c2))
