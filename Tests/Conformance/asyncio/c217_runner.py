# asyncio.Runner: several run() calls share one loop; close() afterwards.
import asyncio

async def step(n):
    await asyncio.sleep(0.1)
    return n * 10

with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    print("same loop:", runner.get_loop() is loop, "| closed:", loop.is_closed())
print("closed after with:", loop.is_closed())
try:
    runner.run(step(3))
except RuntimeError as e:
    print("RuntimeError:", e)
r = asyncio.Runner()
try:
    r.run(5)
except ValueError as e:
    print("ValueError:", e)
r.close()
r.close()
print("closing twice is fine")
