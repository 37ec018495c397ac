# Scheduling: a recursive tree of gathers, depth 8 and fan-out 4 (87,381 tasks,
# 65,536 leaves). Each leaf takes one loop turn with sleep(0); each inner node
# gathers its four children and folds their results.
import asyncio

DEPTH = 8
FANOUT = 4


async def node(depth, index):
    if depth == 0:
        await asyncio.sleep(0)
        return index % 11
    children = [node(depth - 1, index * FANOUT + k) for k in range(FANOUT)]
    results = await asyncio.gather(*children)
    return (sum(results) * 7 + index) % 1_000_003


async def main():
    root = await node(DEPTH, 1)
    print("root", root)


asyncio.run(main())
