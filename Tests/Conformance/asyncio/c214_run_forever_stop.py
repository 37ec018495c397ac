# run_forever runs until stop(); the batch that called stop() still finishes.
import asyncio

loop = asyncio.new_event_loop()
count = 0

def tick():
    global count
    count += 1
    print("tick", count)
    if count == 3:
        loop.stop()
        print("stop() called")
    loop.call_soon(tick)

loop.call_soon(tick)
loop.call_soon(print, "same batch as the first tick")
loop.run_forever()
print("run_forever returned; running?", loop.is_running())
loop.call_soon(loop.stop)
loop.run_forever()
print("second run_forever returned after", count, "ticks")
loop.close()
