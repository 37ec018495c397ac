# sys.set_asyncgen_hooks / get_asyncgen_hooks; a running loop installs its own
# and restores the previous ones afterwards.
import asyncio
import sys


def first(agen):
    print("firstiter:", agen.__name__)


def final(agen):
    print("finalizer:", agen.__name__)


async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


def drive(awaitable):
    # Runs an awaitable that never suspends, without an event loop.
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value


print(sys.get_asyncgen_hooks())
print(tuple(sys.get_asyncgen_hooks()))
sys.set_asyncgen_hooks(first, final)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter.__name__, hooks.finalizer.__name__)
g = gen()
print("created, no hook yet")
print(drive(g.__anext__()))
print(drive(g.asend(None)))
g = None
print("after drop")
for bad in [{"firstiter": 1}, {"finalizer": "x"}]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError:", e)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer.__name__)


async def main():
    h = sys.get_asyncgen_hooks()
    print("inside the loop:", h.firstiter.__name__, h.finalizer.__name__)


asyncio.run(main())
print("restored:", sys.get_asyncgen_hooks().finalizer.__name__)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
