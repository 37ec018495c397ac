# Two tasks taking turns through a pair of Events.
import asyncio

async def player(name, mine, theirs, rounds):
    for i in range(rounds):
        await mine.wait()
        mine.clear()
        print(name, i)
        theirs.set()

async def main():
    ping, pong = asyncio.Event(), asyncio.Event()
    ping.set()
    await asyncio.gather(player("ping", ping, pong, 3), player("pong", pong, ping, 3))

asyncio.run(main())
