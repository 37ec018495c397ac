# asyncio.run's argument and nesting errors.
import asyncio

async def noop():
    return "noop"

for bad in (5, None, noop, [noop()]):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(" at 0x")[0])
    finally:
        if isinstance(bad, list):
            bad[0].close()

async def main():
    c = noop()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    r = asyncio.Runner()
    c = noop()
    try:
        r.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    return await noop()

print(asyncio.run(main()))
