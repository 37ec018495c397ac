# Loop iterations around a thread's result: the worker completes the asyncio
# future through call_soon_threadsafe in one iteration, the awaiting task
# resumes in the next.
import asyncio
import time


class CountingLoop(asyncio.SelectorEventLoop):
    iterations = 0

    def _run_once(self):
        CountingLoop.iterations += 1
        super()._run_once()


def p(*args):
    print(f"[iter {CountingLoop.iterations}]", *args)


def job():
    time.sleep(0.2)
    return 42


def on_done(fut):
    p("future done-callback:", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, job)
    fut.add_done_callback(on_done)
    p("submitted")
    value = await fut
    p("main resumed with", value)
    await asyncio.sleep(0)
    p("after sleep(0)")


with asyncio.Runner(loop_factory=CountingLoop) as runner:
    runner.run(main())
