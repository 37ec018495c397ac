/// `concurrent.futures`: CPython's `_base.py` and `thread.py` without logging,
/// weak references and process pools. Futures are guarded by a `Condition`
/// and workers take work from a `SimpleQueue`, as in CPython, so results,
/// callbacks and worker start-up hand over at the same points.
extension VM {
    static let futuresSource = """
    import sys as _sys
    import threading
    import time
    from collections import namedtuple as _namedtuple
    from queue import SimpleQueue as _SimpleQueue, Empty as _Empty

    FIRST_COMPLETED = 'FIRST_COMPLETED'
    FIRST_EXCEPTION = 'FIRST_EXCEPTION'
    ALL_COMPLETED = 'ALL_COMPLETED'
    _AS_COMPLETED = '_AS_COMPLETED'

    PENDING = 'PENDING'
    RUNNING = 'RUNNING'
    CANCELLED = 'CANCELLED'
    CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
    FINISHED = 'FINISHED'

    _STATE_TO_DESCRIPTION_MAP = {
        PENDING: "pending",
        RUNNING: "running",
        CANCELLED: "cancelled",
        CANCELLED_AND_NOTIFIED: "cancelled",
        FINISHED: "finished",
    }


    class Error(Exception):
        __module__ = "concurrent.futures._base"


    class CancelledError(Error):
        __module__ = "concurrent.futures._base"


    TimeoutError = TimeoutError


    class InvalidStateError(Error):
        __module__ = "concurrent.futures._base"


    class BrokenExecutor(RuntimeError):
        __module__ = "concurrent.futures._base"


    def _log_callback_error(future):
        print("exception calling callback for %r" % (future,), file=_sys.stderr)
        threading._print_exception(_sys.exception())


    class _Waiter:
        def __init__(self):
            self.event = threading.Event()
            self.finished_futures = []

        def add_result(self, future):
            self.finished_futures.append(future)

        def add_exception(self, future):
            self.finished_futures.append(future)

        def add_cancelled(self, future):
            self.finished_futures.append(future)


    class _AsCompletedWaiter(_Waiter):
        def __init__(self):
            super().__init__()
            self.lock = threading.Lock()

        def add_result(self, future):
            with self.lock:
                super().add_result(future)
                self.event.set()

        def add_exception(self, future):
            with self.lock:
                super().add_exception(future)
                self.event.set()

        def add_cancelled(self, future):
            with self.lock:
                super().add_cancelled(future)
                self.event.set()


    class _FirstCompletedWaiter(_Waiter):
        def add_result(self, future):
            super().add_result(future)
            self.event.set()

        def add_exception(self, future):
            super().add_exception(future)
            self.event.set()

        def add_cancelled(self, future):
            super().add_cancelled(future)
            self.event.set()


    class _AllCompletedWaiter(_Waiter):
        def __init__(self, num_pending_calls, stop_on_exception):
            self.num_pending_calls = num_pending_calls
            self.stop_on_exception = stop_on_exception
            self.lock = threading.Lock()
            super().__init__()

        def _decrement_pending_calls(self):
            with self.lock:
                self.num_pending_calls -= 1
                if not self.num_pending_calls:
                    self.event.set()

        def add_result(self, future):
            super().add_result(future)
            self._decrement_pending_calls()

        def add_exception(self, future):
            super().add_exception(future)
            if self.stop_on_exception:
                self.event.set()
            else:
                self._decrement_pending_calls()

        def add_cancelled(self, future):
            super().add_cancelled(future)
            self._decrement_pending_calls()


    class _AcquireFutures:
        def __init__(self, futures):
            self.futures = list(futures)

        def __enter__(self):
            for future in self.futures:
                future._condition.acquire()

        def __exit__(self, *args):
            for future in self.futures:
                future._condition.release()


    def _create_and_install_waiters(fs, return_when):
        if return_when == _AS_COMPLETED:
            waiter = _AsCompletedWaiter()
        elif return_when == FIRST_COMPLETED:
            waiter = _FirstCompletedWaiter()
        else:
            pending_count = sum(f._state not in [CANCELLED_AND_NOTIFIED, FINISHED] for f in fs)
            if return_when == FIRST_EXCEPTION:
                waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
            elif return_when == ALL_COMPLETED:
                waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
            else:
                raise ValueError("Invalid return condition: %r" % return_when)
        for f in fs:
            f._waiters.append(waiter)
        return waiter


    def _yield_finished_futures(fs, waiter, ref_collect):
        while fs:
            f = fs[-1]
            for futures_set in ref_collect:
                futures_set.remove(f)
            with f._condition:
                f._waiters.remove(waiter)
            del f
            yield fs.pop()


    def as_completed(fs, timeout=None):
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = set(fs)
        total_futures = len(fs)
        with _AcquireFutures(fs):
            finished = set(f for f in fs if f._state in [CANCELLED_AND_NOTIFIED, FINISHED])
            pending = fs - finished
            waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
        finished = list(finished)
        try:
            yield from _yield_finished_futures(finished, waiter, ref_collect=(fs,))
            while pending:
                if timeout is None:
                    wait_timeout = None
                else:
                    wait_timeout = end_time - time.monotonic()
                    if wait_timeout < 0:
                        raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total_futures))
                waiter.event.wait(wait_timeout)
                with waiter.lock:
                    finished = waiter.finished_futures
                    waiter.finished_futures = []
                    waiter.event.clear()
                finished.reverse()
                yield from _yield_finished_futures(finished, waiter, ref_collect=(fs, pending))
        finally:
            for f in fs:
                with f._condition:
                    f._waiters.remove(waiter)


    DoneAndNotDoneFutures = _namedtuple("DoneAndNotDoneFutures", "done not_done")


    def wait(fs, timeout=None, return_when=ALL_COMPLETED):
        fs = set(fs)
        with _AcquireFutures(fs):
            done = {f for f in fs if f._state in [CANCELLED_AND_NOTIFIED, FINISHED]}
            not_done = fs - done
            if return_when == FIRST_COMPLETED and done:
                return DoneAndNotDoneFutures(done, not_done)
            elif return_when == FIRST_EXCEPTION and done:
                if any(f for f in done if not f.cancelled() and f.exception() is not None):
                    return DoneAndNotDoneFutures(done, not_done)
            if len(done) == len(fs):
                return DoneAndNotDoneFutures(done, not_done)
            waiter = _create_and_install_waiters(fs, return_when)
        waiter.event.wait(timeout)
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)
        done.update(waiter.finished_futures)
        return DoneAndNotDoneFutures(done, fs - done)


    def _result_or_cancel(fut, timeout=None):
        try:
            try:
                return fut.result(timeout)
            finally:
                fut.cancel()
        finally:
            del fut


    class Future:
        __module__ = "concurrent.futures._base"

        def __init__(self):
            self._condition = threading.Condition()
            self._state = PENDING
            self._result = None
            self._exception = None
            self._waiters = []
            self._done_callbacks = []

        def _invoke_callbacks(self):
            for callback in self._done_callbacks:
                try:
                    callback(self)
                except Exception:
                    _log_callback_error(self)

        def __repr__(self):
            with self._condition:
                state = _STATE_TO_DESCRIPTION_MAP[self._state]
                if self._state == FINISHED:
                    if self._exception:
                        return "<%s at %#x state=%s raised %s>" % (
                            self.__class__.__name__, id(self), state, self._exception.__class__.__name__)
                    return "<%s at %#x state=%s returned %s>" % (
                        self.__class__.__name__, id(self), state, self._result.__class__.__name__)
                return "<%s at %#x state=%s>" % (self.__class__.__name__, id(self), state)

        def cancel(self):
            with self._condition:
                if self._state in [RUNNING, FINISHED]:
                    return False
                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                    return True
                self._state = CANCELLED
                self._condition.notify_all()
            self._invoke_callbacks()
            return True

        def cancelled(self):
            with self._condition:
                return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

        def running(self):
            with self._condition:
                return self._state == RUNNING

        def done(self):
            with self._condition:
                return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

        def _get_result(self):
            if self._exception:
                raise self._exception
            return self._result

        def add_done_callback(self, fn):
            with self._condition:
                if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                    self._done_callbacks.append(fn)
                    return
            try:
                fn(self)
            except Exception:
                _log_callback_error(self)

        def result(self, timeout=None):
            with self._condition:
                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self._get_result()
                self._condition.wait(timeout)
                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self._get_result()
                else:
                    raise TimeoutError()

        def exception(self, timeout=None):
            with self._condition:
                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self._exception
                self._condition.wait(timeout)
                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self._exception
                else:
                    raise TimeoutError()

        def set_running_or_notify_cancel(self):
            with self._condition:
                if self._state == CANCELLED:
                    self._state = CANCELLED_AND_NOTIFIED
                    for waiter in self._waiters:
                        waiter.add_cancelled(self)
                    return False
                elif self._state == PENDING:
                    self._state = RUNNING
                    return True
                else:
                    raise RuntimeError("Future in unexpected state")

        def set_result(self, result):
            with self._condition:
                if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                    raise InvalidStateError("{}: {!r}".format(self._state, self))
                self._result = result
                self._state = FINISHED
                for waiter in self._waiters:
                    waiter.add_result(self)
                self._condition.notify_all()
            self._invoke_callbacks()

        def set_exception(self, exception):
            with self._condition:
                if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                    raise InvalidStateError("{}: {!r}".format(self._state, self))
                self._exception = exception
                self._state = FINISHED
                for waiter in self._waiters:
                    waiter.add_exception(self)
                self._condition.notify_all()
            self._invoke_callbacks()


    class Executor:
        __module__ = "concurrent.futures._base"

        def submit(self, fn, /, *args, **kwargs):
            raise NotImplementedError()

        def map(self, fn, *iterables, timeout=None, chunksize=1):
            if timeout is not None:
                end_time = timeout + time.monotonic()
            fs = [self.submit(fn, *args) for args in zip(*iterables)]

            def result_iterator():
                try:
                    fs.reverse()
                    while fs:
                        if timeout is None:
                            yield _result_or_cancel(fs.pop())
                        else:
                            yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
                finally:
                    for future in fs:
                        future.cancel()
            return result_iterator()

        def shutdown(self, wait=True, *, cancel_futures=False):
            pass

        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc_val, exc_tb):
            self.shutdown(wait=True)
            return False


    # ThreadPoolExecutor (concurrent/futures/thread.py).

    _threads_queues = {}
    _shutdown = False
    _global_shutdown_lock = threading.Lock()

    def _python_exit():
        global _shutdown
        with _global_shutdown_lock:
            _shutdown = True
        items = list(_threads_queues.items())
        for t, q in items:
            q.put(None)
        for t, q in items:
            t.join()

    threading._register_atexit(_python_exit)


    class _WorkItem:
        def __init__(self, future, fn, args, kwargs):
            self.future = future
            self.fn = fn
            self.args = args
            self.kwargs = kwargs
            self.job = _trace_job(future, fn, args, kwargs)

        def run(self):
            if not self.future.set_running_or_notify_cancel():
                return
            _trace_job_start(self.job)
            try:
                result = self.fn(*self.args, **self.kwargs)
            except BaseException as exc:
                _trace_job_end(self.job, False, exc)
                self.future.set_exception(exc)
            else:
                _trace_job_end(self.job, True, result)
                self.future.set_result(result)


    def _worker(executor, work_queue, initializer, initargs):
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                print("Exception in initializer:", file=_sys.stderr)
                threading._print_exception(_sys.exception())
                executor._initializer_failed()
                return
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                del work_item
                executor._idle_semaphore.release()
                continue
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                work_queue.put(None)
                return


    class BrokenThreadPool(BrokenExecutor):
        __module__ = "concurrent.futures.thread"


    _pool_counter = 0

    def _next_pool_number():
        global _pool_counter
        number = _pool_counter
        _pool_counter += 1
        return number


    class ThreadPoolExecutor(Executor):
        __module__ = "concurrent.futures.thread"

        def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
            if max_workers is None:
                max_workers = min(32, _cpu_count + 4)
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            if initializer is not None and not callable(initializer):
                raise TypeError("initializer must be a callable")
            self._max_workers = max_workers
            self._work_queue = _SimpleQueue()
            self._idle_semaphore = threading.Semaphore(0)
            self._threads = set()
            self._broken = False
            self._shutdown = False
            self._shutdown_lock = threading.Lock()
            self._thread_name_prefix = (thread_name_prefix or
                                        ("ThreadPoolExecutor-%d" % _next_pool_number()))
            self._initializer = initializer
            self._initargs = initargs

        def submit(self, fn, /, *args, **kwargs):
            with self._shutdown_lock, _global_shutdown_lock:
                if self._broken:
                    raise BrokenThreadPool(self._broken)
                if self._shutdown:
                    raise RuntimeError("cannot schedule new futures after shutdown")
                if _shutdown:
                    raise RuntimeError("cannot schedule new futures after interpreter shutdown")
                f = Future()
                w = _WorkItem(f, fn, args, kwargs)
                self._work_queue.put(w)
                self._adjust_thread_count()
                return f

        def _adjust_thread_count(self):
            if self._idle_semaphore.acquire(timeout=0):
                return
            num_threads = len(self._threads)
            if num_threads < self._max_workers:
                thread_name = "%s_%d" % (self._thread_name_prefix or self, num_threads)
                t = threading.Thread(name=thread_name, target=_worker,
                                     args=(self, self._work_queue, self._initializer, self._initargs))
                t.start()
                self._threads.add(t)
                _threads_queues[t] = self._work_queue

        def _initializer_failed(self):
            with self._shutdown_lock:
                self._broken = ("A thread initializer failed, the thread pool "
                                "is not usable anymore")
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except _Empty:
                        break
                    if work_item is not None:
                        work_item.future.set_exception(BrokenThreadPool(self._broken))

        def shutdown(self, wait=True, *, cancel_futures=False):
            with self._shutdown_lock:
                self._shutdown = True
                if cancel_futures:
                    while True:
                        try:
                            work_item = self._work_queue.get_nowait()
                        except _Empty:
                            break
                        if work_item is not None:
                            work_item.future.cancel()
                self._work_queue.put(None)
            if wait:
                for t in self._threads:
                    t.join()
    """
}
