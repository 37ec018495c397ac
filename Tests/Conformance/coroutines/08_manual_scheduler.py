class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self.ticks
async def worker(name, delays):
    total = 0
    for d in delays:
        print(f"  {name} sleeps {d}")
        await Sleep(d)
        total += d
    return f"{name} total={total}"
def run_all(coros):
    now = 0
    ready = [(0, i, c) for i, c in enumerate(coros)]
    results = {}
    while ready:
        ready.sort(key=lambda t: (t[0], t[1]))
        when, i, c = ready.pop(0)
        now = when
        print(f"t={now} resume #{i}")
        try:
            delay = c.send(None)
        except StopIteration as e:
            results[i] = e.value
            print(f"t={now} #{i} done -> {e.value}")
            continue
        ready.append((now + delay, i, c))
    return results, now
print(run_all([worker("A", [3, 1]), worker("B", [1, 1, 1]), worker("C", [])]))
