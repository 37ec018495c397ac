async def leaf(n):
    print(f"  leaf({n})")
    return n + 1
async def middle(n):
    a = await leaf(n)
    b = await leaf(a)
    print(f"  middle got {a}, {b}")
    return a + b
async def top():
    results = []
    for i in range(3):
        results.append(await middle(i * 10))
    return results
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(top()))
print(run(middle(100)))
