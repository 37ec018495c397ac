# iscoroutine / iscoroutinefunction on functions, methods, objects.
import asyncio

async def af():
    pass

def f():
    pass

class C:
    async def am(self):
        pass
    def m(self):
        pass

def gen():
    yield 1

c = af()
print(asyncio.iscoroutinefunction(af), asyncio.iscoroutinefunction(f))
print(asyncio.iscoroutinefunction(C.am), asyncio.iscoroutinefunction(C().am), asyncio.iscoroutinefunction(C().m))
print(asyncio.iscoroutinefunction(lambda: None), asyncio.iscoroutinefunction(print))
print(asyncio.iscoroutine(c), asyncio.iscoroutine(af), asyncio.iscoroutine(1))
print(asyncio.iscoroutine(gen()))
print(type(c).__name__)
c.close()
