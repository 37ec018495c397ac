# An uncaught exception ends the program: the traceback is printed first, then
# what is still alive is finalized (a suspended generator's finally runs).
import asyncio


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers: finally at exit")


async def agen():
    try:
        yield "a"
    finally:
        print("agen: closed by asyncio.run before the error escapes")


async def main():
    g = agen()
    print(await anext(g))
    raise LookupError("main failed")


n = numbers()
print(next(n))
try:
    asyncio.run(main())
finally:
    print("finally around asyncio.run")
print("never printed")
