# A cancelled gather raises the CancelledError of its LAST argument's child,
# whichever child finished last; children here swallow the cancel and return.
import asyncio

async def guarded(name, how):
    try:
        if how == "queued":
            await asyncio.sleep(0)
            await asyncio.sleep(0)
        else:
            await asyncio.get_running_loop().create_future()
    except asyncio.CancelledError as e:
        print(name, "caught", e.args)
        return name

async def parent(first, last):
    try:
        await asyncio.gather(guarded("first", first), guarded("last", last))
    except asyncio.CancelledError as e:
        print("parent got", e.args)

async def main():
    for first, last in (("waiting", "queued"), ("queued", "waiting")):
        p = asyncio.create_task(parent(first, last))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        p.cancel("msg")
        await p

asyncio.run(main())
