/// The parts of `asyncio` that are ordinary coroutines and classes over the
/// native loop, futures and tasks: `sleep`, `wait_for`, `Runner` and `run`.
extension VM {
    static let asyncioSource = """
    def _resolve(future, value):
        # A sleep's timer: the sleeper may have been cancelled meanwhile.
        if not future.done():
            future.set_result(value)

    async def sleep(delay, result=None):
        if delay <= 0:
            await _yield_once()
            return result
        loop = get_running_loop()
        future = loop.create_future()
        timer = loop.call_later(delay, _resolve, future, result)
        try:
            return await future
        finally:
            timer.cancel()

    def _wake(signal, *ignored):
        if not signal.done():
            signal.set_result(None)

    async def _stop_and_join(inner, loop):
        # Cancel `inner` and wait until it has really finished (its cleanup may await).
        finished = loop.create_future()
        def on_done(_):
            _wake(finished)
        inner.add_done_callback(on_done)
        try:
            inner.cancel()
            await finished
        finally:
            inner.remove_done_callback(on_done)

    def _outcome_after_cancel(inner):
        try:
            return inner.result()
        except CancelledError as cancelled:
            raise TimeoutError() from cancelled

    async def wait_for(fut, timeout):
        # 3.11: the awaitable runs as its own task; the timer is armed first (R24).
        loop = get_running_loop()
        if timeout is None:
            return await fut
        if timeout <= 0:
            inner = ensure_future(fut, loop=loop)
            if inner.done():
                return inner.result()
            await _stop_and_join(inner, loop)
            return _outcome_after_cancel(inner)
        signal = loop.create_future()
        timer = loop.call_later(timeout, _wake, signal)
        inner = ensure_future(fut, loop=loop)
        def on_done(_):
            _wake(signal)
        inner.add_done_callback(on_done)
        try:
            try:
                await signal
            except CancelledError:
                if inner.done():
                    return inner.result()
                inner.remove_done_callback(on_done)
                await _stop_and_join(inner, loop)
                raise
            if inner.done():
                return inner.result()
            inner.remove_done_callback(on_done)
            await _stop_and_join(inner, loop)
            return _outcome_after_cancel(inner)
        finally:
            timer.cancel()

    def _cancel_all_tasks(loop):
        # Teardown: every unfinished task gets to run its except/finally code.
        leftovers = _pending_tasks(loop)
        if not leftovers:
            return
        for task in leftovers:
            task.cancel()
        loop.run_until_complete(gather(*leftovers, return_exceptions=True))
        for task in leftovers:
            if not task.cancelled() and task.exception() is not None:
                loop.call_exception_handler({
                    'message': 'unhandled exception during asyncio.run() shutdown',
                    'exception': task.exception(),
                    'task': task,
                })

    class Runner:
        def __init__(self, *, debug=None, loop_factory=None):
            self._factory = loop_factory
            self._debug = debug
            self._loop = None
            self._closed = False

        def __enter__(self):
            self._start()
            return self

        def __exit__(self, *exc_info):
            self.close()

        def _start(self):
            if self._closed:
                raise RuntimeError("Runner is closed")
            if self._loop is None:
                if self._factory is None:
                    self._loop = new_event_loop()
                    set_event_loop(self._loop)
                else:
                    self._loop = self._factory()
                if self._debug is not None:
                    self._loop.set_debug(self._debug)

        def get_loop(self):
            self._start()
            return self._loop

        def run(self, coro, *, context=None):
            if not iscoroutine(coro):
                raise ValueError("a coroutine was expected, got {!r}".format(coro))
            if _get_running_loop() is not None:
                raise RuntimeError("Runner.run() cannot be called from a running event loop")
            self._start()
            task = self._loop.create_task(coro)
            return self._loop.run_until_complete(task)

        def close(self):
            if self._closed or self._loop is None:
                self._closed = True
                return
            try:
                _cancel_all_tasks(self._loop)
                self._loop.run_until_complete(self._loop.shutdown_asyncgens())
                self._loop.run_until_complete(self._loop.shutdown_default_executor())
            finally:
                if self._factory is None:
                    set_event_loop(None)
                self._loop.close()
                self._loop = None
                self._closed = True

    def run(main, *, debug=None):
        if _get_running_loop() is not None:
            raise RuntimeError("asyncio.run() cannot be called from a running event loop")
        with Runner(debug=debug) as runner:
            return runner.run(main)
    """
}
