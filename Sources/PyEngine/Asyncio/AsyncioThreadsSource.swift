/// asyncio's bridge to threads, as in CPython 3.11: `run_in_executor` submits
/// to a `concurrent.futures` executor and chains its future to an asyncio one
/// through `call_soon_threadsafe`; `to_thread`, `wrap_future`,
/// `run_coroutine_threadsafe` and the default executor's shutdown. The loop's
/// native methods call the `_loop_*` functions here.
extension VM {
    static let asyncioThreadsSource = """
    def _convert_future_exc(exc):
        import concurrent.futures
        exc_class = type(exc)
        if exc_class is concurrent.futures.CancelledError:
            return CancelledError(*exc.args)
        elif exc_class is concurrent.futures.InvalidStateError:
            return InvalidStateError(*exc.args)
        return exc

    def _set_concurrent_future_state(concurrent, source):
        if source.cancelled():
            concurrent.cancel()
        if not concurrent.set_running_or_notify_cancel():
            return
        exception = source.exception()
        if exception is not None:
            concurrent.set_exception(_convert_future_exc(exception))
        else:
            concurrent.set_result(source.result())

    def _copy_future_state(source, dest):
        if dest.cancelled():
            return
        if source.cancelled():
            dest.cancel()
        else:
            exception = source.exception()
            if exception is not None:
                dest.set_exception(_convert_future_exc(exception))
            else:
                dest.set_result(source.result())

    def _chain_future(source, destination):
        # The result of `source` goes to `destination`; cancelling `destination`
        # cancels `source`. Either may be a concurrent.futures.Future.
        source_loop = source.get_loop() if isfuture(source) else None
        dest_loop = destination.get_loop() if isfuture(destination) else None

        def _set_state(future, other):
            if isfuture(future):
                _copy_future_state(other, future)
            else:
                _set_concurrent_future_state(future, other)

        def _call_check_cancel(destination):
            if destination.cancelled():
                if source_loop is None or source_loop is dest_loop:
                    source.cancel()
                else:
                    source_loop.call_soon_threadsafe(source.cancel)

        def _call_set_state(source):
            if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
                return
            if dest_loop is None or dest_loop is source_loop:
                _set_state(destination, source)
            else:
                if dest_loop.is_closed():
                    return
                dest_loop.call_soon_threadsafe(_set_state, destination, source)

        destination.add_done_callback(_call_check_cancel)
        source.add_done_callback(_call_set_state)

    def wrap_future(future, *, loop=None):
        if isfuture(future):
            return future
        if loop is None:
            loop = get_event_loop()
        new_future = loop.create_future()
        _chain_future(future, new_future)
        return new_future

    def run_coroutine_threadsafe(coro, loop):
        if not iscoroutine(coro):
            raise TypeError("A coroutine object is required")
        import concurrent.futures
        future = concurrent.futures.Future()

        def callback():
            try:
                _chain_future(ensure_future(coro, loop=loop), future)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                if future.set_running_or_notify_cancel():
                    future.set_exception(exc)
                raise

        loop.call_soon_threadsafe(callback)
        return future

    async def to_thread(func, /, *args, **kwargs):
        import functools
        loop = get_running_loop()
        return await loop.run_in_executor(None, functools.partial(func, *args, **kwargs))

    def _loop_run_in_executor(self, executor, func, *args):
        if self.is_closed():
            raise RuntimeError("Event loop is closed")
        if executor is None:
            executor = getattr(self, "_default_executor", None)
            if getattr(self, "_executor_shutdown_called", False):
                raise RuntimeError("Executor shutdown has been called")
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        import concurrent.futures
        submitted = executor.submit(func, *args)
        future = wrap_future(submitted, loop=self)
        concurrent.futures._trace_awaits_job(submitted, future)
        return future

    def _loop_set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError("executor must be ThreadPoolExecutor instance")
        self._default_executor = executor

    async def _loop_shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if getattr(self, "_default_executor", None) is None:
            return
        import threading
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _loop__do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    for _f in (_loop_run_in_executor, _loop_set_default_executor,
               _loop_shutdown_default_executor, _loop__do_shutdown):
        _f.__name__ = _f.__name__[len("_loop_"):]
        _f.__qualname__ = "BaseEventLoop." + _f.__name__
    del _f
    """
}
