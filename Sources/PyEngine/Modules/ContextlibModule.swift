/// `contextlib`: generator-based context managers and a few small managers,
/// written in Python because they only drive other Python objects.
extension VM {
    func makeContextlibModule() throws -> PyModule {
        try makeModule("contextlib", source: Self.contextlibSource)
    }

    /// `_OneShotManager` runs a generator that must yield exactly once: the code
    /// before the `yield` is the setup, the code after it the teardown. An
    /// exception from the `with` body is thrown in at the `yield`; the manager
    /// then decides whether it was swallowed, replaced or passed through.
    private static let contextlibSource = """
    from functools import wraps

    class _OneShotManager:
        def __init__(self, start):
            self._start = start
            self._gen = start()

        def __call__(self, fn):
            # As a decorator, each call runs inside a manager of its own.
            start = self._start
            @wraps(fn)
            def run_inside(*args, **kwargs):
                with _OneShotManager(start):
                    return fn(*args, **kwargs)
            return run_inside

        def __enter__(self):
            for value in self._gen:
                return value
            raise RuntimeError("generator didn't yield")

        def __exit__(self, kind, exc, tb):
            if kind is None:
                for _ in self._gen:
                    raise RuntimeError("generator didn't stop")
                return False
            if exc is None:
                exc = kind()
            try:
                self._gen.throw(exc)
            except BaseException as escaped:
                return _swallowed(escaped, exc)
            raise RuntimeError("generator didn't stop after throw()")

    def _swallowed(escaped, sent):
        # True: the generator handled `sent`. False: `sent` itself comes back
        # out (possibly wrapped as a RuntimeError when it was a StopIteration),
        # so the with statement re-raises it. Anything else is a new error.
        if isinstance(escaped, StopIteration):
            return escaped is not sent
        if escaped is sent:
            return False
        if isinstance(sent, StopIteration) and isinstance(escaped, RuntimeError) and escaped.__cause__ is sent:
            return False
        raise escaped

    def contextmanager(func):
        @wraps(func)
        def make_manager(*args, **kwargs):
            return _OneShotManager(lambda: func(*args, **kwargs))
        return make_manager

    class _AsyncGeneratorContextManager:
        # The async twin of _OneShotManager, with CPython's name and checks.
        def __init__(self, start):
            self._start = start
            self.gen = start()

        def __call__(self, fn):
            start = self._start
            @wraps(fn)
            async def run_inside(*args, **kwargs):
                async with _AsyncGeneratorContextManager(start):
                    return await fn(*args, **kwargs)
            return run_inside

        async def __aenter__(self):
            try:
                return await anext(self.gen)
            except StopAsyncIteration:
                raise RuntimeError("generator didn't yield") from None

        async def __aexit__(self, typ, value, traceback):
            if typ is None:
                try:
                    await anext(self.gen)
                except StopAsyncIteration:
                    return False
                raise RuntimeError("generator didn't stop")
            if value is None:
                value = typ()
            try:
                await self.gen.athrow(typ, value, traceback)
            except StopAsyncIteration as exc:
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    return False
                if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                    return False
                raise
            except BaseException as exc:
                if exc is not value:
                    raise
                return False
            raise RuntimeError("generator didn't stop after athrow()")

    def asynccontextmanager(func):
        @wraps(func)
        def make_manager(*args, **kwargs):
            return _AsyncGeneratorContextManager(lambda: func(*args, **kwargs))
        return make_manager

    class aclosing:
        def __init__(self, thing):
            self.thing = thing

        async def __aenter__(self):
            return self.thing

        async def __aexit__(self, *details):
            await self.thing.aclose()

    class suppress:
        def __init__(self, *exceptions):
            self._caught = exceptions

        def __enter__(self):
            return None

        def __exit__(self, kind, exc, tb):
            return kind is not None and issubclass(kind, self._caught)

    class nullcontext:
        def __init__(self, enter_result=None):
            self.enter_result = enter_result

        def __enter__(self):
            return self.enter_result

        def __exit__(self, *details):
            return None

    class closing:
        def __init__(self, thing):
            self.thing = thing

        def __enter__(self):
            return self.thing

        def __exit__(self, *details):
            self.thing.close()

    def _exit_method(manager):
        # The bound `__exit__` of a context manager, looked up on its class.
        cls = type(manager)
        try:
            unbound = cls.__exit__
        except AttributeError:
            return None
        return lambda kind, exc, tb: unbound(manager, kind, exc, tb)

    class ExitStack:
        # `_undo` holds exit functions taking (type, value, traceback); the
        # newest runs first.
        def __init__(self):
            self._undo = []

        def __enter__(self):
            return self

        def __exit__(self, kind, exc, tb):
            return self._unwind((kind, exc, tb))

        def enter_context(self, cm):
            cls = type(cm)
            leave = _exit_method(cm)
            try:
                enter = cls.__enter__
            except AttributeError:
                leave = None
            if leave is None:
                raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not "
                                "support the context manager protocol")
            result = enter(cm)
            self._undo.append(leave)
            return result

        def push(self, exit):
            self._undo.append(_exit_method(exit) or exit)
            return exit

        def callback(self, callback, /, *args, **kwds):
            def call_ignoring_error(kind, exc, tb):
                callback(*args, **kwds)
            self._undo.append(call_ignoring_error)
            return callback

        def pop_all(self):
            moved = type(self)()
            moved._undo, self._undo = self._undo, []
            return moved

        def close(self):
            self._unwind((None, None, None))

        def _unwind(self, details):
            arrived_with_error = details[1] is not None
            raised_here = False
            while self._undo:
                leave = self._undo.pop()
                try:
                    handled = leave(*details)
                except BaseException as err:
                    details = (type(err), err, None)
                    raised_here = True
                else:
                    if handled and details[1] is not None:
                        details = (None, None, None)
                        raised_here = False
            if raised_here:
                raise details[1]
            return arrived_with_error and details[1] is None
    """
}
