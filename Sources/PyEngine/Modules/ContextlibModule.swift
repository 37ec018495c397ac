/// `contextlib`, written in Python after CPython's `Lib/contextlib.py`: the
/// `@contextmanager` protocol (what "generator didn't yield" means, how an
/// exception is thrown into the generator) follows it exactly.
extension VM {
    func makeContextlibModule() throws -> PyModule {
        try makeModule("contextlib", source: Self.contextlibSource)
    }

    private static let contextlibSource = """
    from functools import wraps

    class ContextDecorator:
        def _recreate_cm(self):
            return self

        def __call__(self, func):
            @wraps(func)
            def inner(*args, **kwds):
                with self._recreate_cm():
                    return func(*args, **kwds)
            return inner

    class _GeneratorContextManager(ContextDecorator):
        def __init__(self, func, args, kwds):
            self.gen = func(*args, **kwds)
            self.func, self.args, self.kwds = func, args, kwds

        def _recreate_cm(self):
            return self.__class__(self.func, self.args, self.kwds)

        def __enter__(self):
            try:
                return next(self.gen)
            except StopIteration:
                raise RuntimeError("generator didn't yield") from None

        def __exit__(self, typ, value, traceback):
            if typ is None:
                try:
                    next(self.gen)
                except StopIteration:
                    return False
                else:
                    raise RuntimeError("generator didn't stop")
            if value is None:
                value = typ()
            try:
                self.gen.throw(value)
            except StopIteration as exc:
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    return False
                if isinstance(value, StopIteration) and exc.__cause__ is value:
                    return False
                raise
            except BaseException as exc:
                if exc is not value:
                    raise
                return False
            raise RuntimeError("generator didn't stop after throw()")

    def contextmanager(func):
        @wraps(func)
        def helper(*args, **kwds):
            return _GeneratorContextManager(func, args, kwds)
        return helper

    class suppress:
        def __init__(self, *exceptions):
            self._exceptions = exceptions

        def __enter__(self):
            pass

        def __exit__(self, exctype, excinst, exctb):
            return exctype is not None and issubclass(exctype, self._exceptions)

    class nullcontext:
        def __init__(self, enter_result=None):
            self.enter_result = enter_result

        def __enter__(self):
            return self.enter_result

        def __exit__(self, *excinfo):
            pass

    class closing:
        def __init__(self, thing):
            self.thing = thing

        def __enter__(self):
            return self.thing

        def __exit__(self, *exc_info):
            self.thing.close()

    class ExitStack:
        def __init__(self):
            self._exit_callbacks = []

        def __enter__(self):
            return self

        def enter_context(self, cm):
            cls = type(cm)
            try:
                enter = cls.__enter__
                exit = cls.__exit__
            except AttributeError:
                raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not "
                                f"support the context manager protocol") from None
            result = enter(cm)
            self._exit_callbacks.append(lambda t, v, tb: exit(cm, t, v, tb))
            return result

        def push(self, exit):
            self._exit_callbacks.append(getattr(type(exit), "__exit__", None) and
                                        (lambda t, v, tb: type(exit).__exit__(exit, t, v, tb)) or exit)
            return exit

        def callback(self, callback, *args, **kwds):
            def _exit_wrapper(exc_type, exc, tb):
                callback(*args, **kwds)
            self._exit_callbacks.append(_exit_wrapper)
            return callback

        def pop_all(self):
            new_stack = type(self)()
            new_stack._exit_callbacks = self._exit_callbacks
            self._exit_callbacks = []
            return new_stack

        def close(self):
            self.__exit__(None, None, None)

        def __exit__(self, *exc_details):
            received_exc = exc_details[0] is not None
            suppressed_exc = False
            pending_raise = False
            while self._exit_callbacks:
                cb = self._exit_callbacks.pop()
                try:
                    if cb(*exc_details):
                        suppressed_exc = True
                        pending_raise = False
                        exc_details = (None, None, None)
                except BaseException as new_exc:
                    exc_details = (type(new_exc), new_exc, None)
                    pending_raise = True
            if pending_raise:
                raise exc_details[1]
            return received_exc and suppressed_exc
    """
}
