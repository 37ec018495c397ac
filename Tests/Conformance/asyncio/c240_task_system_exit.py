# SystemExit raised in a task ends asyncio.run (after teardown) with that exception.
import asyncio

holder = []

async def quitter():
    await asyncio.sleep(0.1)
    print("quitter raises SystemExit(3)")
    raise SystemExit(3)

async def main():
    holder.append(asyncio.create_task(quitter()))
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally")

try:
    asyncio.run(main())
except SystemExit as e:
    print("asyncio.run raised SystemExit", e.code)
print("task exception:", repr(holder[0].exception()))
