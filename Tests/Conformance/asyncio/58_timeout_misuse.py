# Timeout objects are single-use: rescheduling before entering and entering
# twice are errors.
import asyncio

async def main():
    cm = asyncio.timeout(1)
    for action in ("reschedule", "enter", "enter again", "reschedule after"):
        try:
            if action.startswith("reschedule"):
                cm.reschedule(None)
            else:
                async with cm:
                    await asyncio.sleep(0)
            print(action, "ok", cm.expired())
        except RuntimeError as e:
            print(action, "->", e)
    print(repr(cm))
    later = asyncio.timeout_at(None)
    print(later.when(), later.expired(), repr(later))

asyncio.run(main())
