/// asyncio's ways of waiting on several awaitables (`wait`, `as_completed`,
/// `shield`, `timeout`, `TaskGroup`), written in Python over the native loop.
/// Where CPython iterates a set of tasks (hash order, R44) these use argument or
/// creation order instead.
extension VM {
    static let asyncioWaitingSource = [waitSource, shieldSource, timeoutSource, taskGroupSource].joined(separator: "\n")

    /// `wait` and `as_completed` (R21, R22).
    private static let waitSource = """
    FIRST_COMPLETED = 'FIRST_COMPLETED'
    FIRST_EXCEPTION = 'FIRST_EXCEPTION'
    ALL_COMPLETED = 'ALL_COMPLETED'

    def _failed(future):
        return not future.cancelled() and future.exception() is not None

    async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
        if isfuture(fs) or iscoroutine(fs):
            raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
        if not fs:
            raise ValueError('Set of Tasks/Futures is empty.')
        if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
            raise ValueError(f'Invalid return_when value: {return_when}')
        fs = _distinct(fs)
        if any(iscoroutine(f) for f in fs):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
        loop = get_running_loop()
        return await _wait_on(fs, timeout, return_when, loop)

    async def _wait_on(fs, timeout, return_when, loop):
        # Completion callbacks run one turn after each input finishes (R21).
        assert fs, 'Set of Futures is empty.'
        signal = loop.create_future()
        timer = None
        if timeout is not None:
            timer = loop.call_later(timeout, _wake, signal)
        remaining = len(fs)

        def on_done(f):
            nonlocal remaining
            remaining -= 1
            if (remaining <= 0 or return_when == FIRST_COMPLETED
                    or (return_when == FIRST_EXCEPTION and _failed(f))):
                if timer is not None:
                    timer.cancel()
                _wake(signal)

        for f in fs:
            f.add_done_callback(on_done)
        try:
            await signal
        finally:
            if timer is not None:
                timer.cancel()
            for f in fs:
                f.remove_done_callback(on_done)
        done = set()
        pending = set()
        for f in fs:
            if f.done():
                done.add(f)
            else:
                pending.add(f)
        return done, pending

    class _Arrivals:
        # The FIFO `as_completed` hands finished futures through (an asyncio.Queue in CPython).
        def __init__(self, loop):
            self._loop = loop
            self._items = []
            self._getters = []

        def put(self, item):
            self._items.append(item)
            while self._getters:
                getter = self._getters.pop(0)
                if not getter.done():
                    getter.set_result(None)
                    break

        async def get(self):
            while not self._items:
                getter = self._loop.create_future()
                self._getters.append(getter)
                try:
                    await getter
                except:
                    if getter in self._getters:
                        self._getters.remove(getter)
                    raise
            return self._items.pop(0)

    def as_completed(fs, *, timeout=None):
        # A generator: nothing is checked or started before the first next().
        if isfuture(fs) or iscoroutine(fs):
            raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
        loop = get_event_loop()
        todo = {}
        for f in _distinct(fs):
            todo[ensure_future(f, loop=loop)] = None
        arrivals = _Arrivals(loop)
        timer = None

        def on_timeout():
            for f in todo:
                f.remove_done_callback(on_done)
                arrivals.put(None)
            todo.clear()

        def on_done(f):
            if not todo:
                return
            del todo[f]
            arrivals.put(f)
            if not todo and timer is not None:
                timer.cancel()

        async def next_result():
            f = await arrivals.get()
            if f is None:
                raise TimeoutError
            return f.result()

        for f in todo:
            f.add_done_callback(on_done)
        if todo and timeout is not None:
            timer = loop.call_later(timeout, on_timeout)
        for _ in range(len(todo)):
            yield next_result()
    """

    /// `shield` (R23).
    private static let shieldSource = """
    def shield(arg):
        inner = ensure_future(arg)
        if inner.done():
            return inner
        outer = inner.get_loop().create_future()

        def inner_done(inner):
            if outer.cancelled():
                if not inner.cancelled():
                    inner.exception()
                return
            if inner.cancelled():
                outer.cancel()
            elif inner.exception() is not None:
                outer.set_exception(inner.exception())
            else:
                outer.set_result(inner.result())

        def outer_done(outer):
            if not inner.done():
                inner.remove_done_callback(inner_done)

        inner.add_done_callback(inner_done)
        outer.add_done_callback(outer_done)
        return outer
    """

    /// `Timeout`, `timeout`, `timeout_at` (R25).
    private static let timeoutSource = """
    class Timeout:
        # States as CPython names them in reprs and errors.
        def __init__(self, when):
            self._state = 'created'
            self._timeout_handler = None
            self._task = None
            self._when = when

        def when(self):
            return self._when

        def reschedule(self, when):
            if self._state != 'active':
                if self._state == 'created':
                    raise RuntimeError("Timeout has not been entered")
                raise RuntimeError(f"Cannot change state of {self._state} Timeout")
            self._when = when
            if self._timeout_handler is not None:
                self._timeout_handler.cancel()
            if when is None:
                self._timeout_handler = None
                return
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

        def expired(self):
            return self._state in ('expiring', 'expired')

        def __repr__(self):
            info = ''
            if self._state == 'active':
                when = round(self._when, 3) if self._when is not None else None
                info = f" when={when}"
            return f"<Timeout [{self._state}]{info}>"

        async def __aenter__(self):
            if self._state != 'created':
                raise RuntimeError("Timeout has already been entered")
            task = current_task()
            if task is None:
                raise RuntimeError("Timeout should be used inside a task")
            self._state = 'active'
            self._task = task
            self._cancelling = task.cancelling()
            self.reschedule(self._when)
            return self

        async def __aexit__(self, exc_type, exc_val, exc_tb):
            assert self._state in ('active', 'expiring')
            if self._timeout_handler is not None:
                self._timeout_handler.cancel()
                self._timeout_handler = None
            if self._state == 'expiring':
                self._state = 'expired'
                if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                    raise TimeoutError from exc_val
            elif self._state == 'active':
                self._state = 'finished'
            return None

        def _on_timeout(self):
            assert self._state == 'active'
            self._task.cancel()
            self._state = 'expiring'
            self._timeout_handler = None

    def timeout(delay):
        loop = get_running_loop()
        return Timeout(loop.time() + delay if delay is not None else None)

    def timeout_at(when):
        return Timeout(when)
    """

    /// `TaskGroup` (R26).
    private static let taskGroupSource = """
    class TaskGroup:
        def __init__(self):
            self._entered = False
            self._exiting = False
            self._aborting = False
            self._loop = None
            self._parent_task = None
            self._parent_cancel_requested = False
            self._tasks = {}
            self._errors = []
            self._base_error = None
            self._on_completed_fut = None

        def __repr__(self):
            info = ['']
            if self._tasks:
                info.append(f'tasks={len(self._tasks)}')
            if self._errors:
                info.append(f'errors={len(self._errors)}')
            if self._aborting:
                info.append('cancelling')
            elif self._entered:
                info.append('entered')
            return f"<TaskGroup{' '.join(info)}>"

        async def __aenter__(self):
            if self._entered:
                raise RuntimeError(f"TaskGroup {self!r} has already been entered")
            self._entered = True
            if self._loop is None:
                self._loop = get_running_loop()
            self._parent_task = current_task(self._loop)
            if self._parent_task is None:
                raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
            return self

        async def __aexit__(self, et, exc, tb):
            self._exiting = True
            if exc is not None and self._is_base_error(exc) and self._base_error is None:
                self._base_error = exc
            propagate = exc if et is CancelledError else None
            if self._parent_cancel_requested:
                # The group cancelled its parent: that request is withdrawn here.
                if self._parent_task.uncancel() == 0:
                    propagate = None
            if et is not None and not self._aborting:
                self._abort()
            while self._tasks:
                if self._on_completed_fut is None:
                    self._on_completed_fut = self._loop.create_future()
                try:
                    await self._on_completed_fut
                except CancelledError as ex:
                    if not self._aborting:
                        propagate = ex
                        self._abort()
                self._on_completed_fut = None
            if self._base_error is not None:
                raise self._base_error
            if propagate and not self._errors:
                raise propagate
            if et is not None and et is not CancelledError:
                self._errors.append(exc)
            if self._errors:
                errors = self._errors
                self._errors = None
                raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

        def create_task(self, coro, *, name=None, context=None):
            if not self._entered:
                raise RuntimeError(f"TaskGroup {self!r} has not been entered")
            if self._exiting and not self._tasks:
                raise RuntimeError(f"TaskGroup {self!r} is finished")
            if self._aborting:
                raise RuntimeError(f"TaskGroup {self!r} is shutting down")
            task = self._loop.create_task(coro)
            if name is not None:
                task.set_name(name)
            task.add_done_callback(self._on_task_done)
            self._tasks[task] = None
            return task

        def _is_base_error(self, exc):
            return isinstance(exc, (SystemExit, KeyboardInterrupt))

        def _abort(self):
            # CPython walks a set here (hash order, R44); creation order instead.
            self._aborting = True
            for t in _distinct(self._tasks):
                if not t.done():
                    t.cancel()

        def _on_task_done(self, task):
            self._tasks.pop(task, None)
            if self._on_completed_fut is not None and not self._tasks:
                if not self._on_completed_fut.done():
                    self._on_completed_fut.set_result(True)
            if task.cancelled():
                return
            exc = task.exception()
            if exc is None:
                return
            self._errors.append(exc)
            if self._is_base_error(exc) and self._base_error is None:
                self._base_error = exc
            if self._parent_task.done():
                self._loop.call_exception_handler({
                    'message': f'Task {task!r} has errored out but its parent task {self._parent_task} is already completed',
                    'exception': exc,
                    'task': task,
                })
                return
            if not self._aborting and not self._parent_cancel_requested:
                self._abort()
                self._parent_cancel_requested = True
                self._parent_task.cancel()
    """
}
