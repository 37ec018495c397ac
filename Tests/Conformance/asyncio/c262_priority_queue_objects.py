# PriorityQueue with objects ordered by __lt__, and ties broken by a counter.
import asyncio

class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio

async def main():
    q = asyncio.PriorityQueue()
    for p, n in [(2, "b"), (1, "a"), (3, "c"), (0, "z")]:
        q.put_nowait(Job(p, n))
    print([q.get_nowait().name for _ in range(4)])
    t = asyncio.PriorityQueue()
    for i, (p, n) in enumerate([(1, "x"), (1, "y"), (0, "w"), (1, "v")]):
        t.put_nowait((p, i, n))
    print([t.get_nowait() for _ in range(4)])

asyncio.run(main())
