async def boom():
    raise ValueError("inside coroutine")
async def catcher():
    try:
        await boom()
    except ValueError as e:
        print("  caught", e)
        return "handled"
try:
    catcher().send(None)
except StopIteration as e:
    print("result:", e.value)
async def awaits_int():
    await 5
c = awaits_int()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)
class BadAwait:
    def __await__(self):
        return 42
async def awaits_bad():
    await BadAwait()
try:
    awaits_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
async def simple():
    return 1
s = simple()
try:
    next(s)
except TypeError as e:
    print("TypeError:", e)
s.close()
try:
    for x in simple():
        pass
except TypeError as e:
    print("TypeError:", e)
async def reawait():
    inner = simple()
    a = await inner
    b = await inner
    return a, b
try:
    reawait().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
