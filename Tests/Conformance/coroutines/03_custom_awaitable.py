class Pause:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        print(f"  pausing at {self.label}")
        reply = yield f"paused:{self.label}"
        print(f"  resumed at {self.label} with {reply!r}")
        return f"{self.label}-done"
async def task():
    a = await Pause("one")
    b = await Pause("two")
    return [a, b]
coro = task()
print("first send ->", coro.send(None))
print("second send ->", coro.send("hello"))
try:
    coro.send("world")
except StopIteration as e:
    print("finished with", e.value)
class Ready:
    def __await__(self):
        return iter([])
async def uses_ready():
    r = await Ready()
    return ("ready result", r)
try:
    uses_ready().send(None)
except StopIteration as e:
    print(e.value)
