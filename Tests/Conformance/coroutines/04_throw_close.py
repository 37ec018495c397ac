class Yield:
    def __await__(self):
        value = yield "yielded"
        return value
async def careful():
    try:
        got = await Yield()
        print("  got", got)
        got = await Yield()
        return "normal end"
    except ValueError as e:
        print("  careful caught", repr(e))
        return "recovered"
    finally:
        print("  careful finally")
c = careful()
print(c.send(None))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("after throw, StopIteration value:", e.value)
c2 = careful()
print(c2.send(None))
c2.close()
print("closed c2")
c3 = careful()
c3.send(None)
try:
    c3.throw(KeyError("not handled"))
except KeyError as e:
    print("KeyError propagated:", e)
c4 = careful()
c4.close()
print("closed before start, no output from coroutine body")
