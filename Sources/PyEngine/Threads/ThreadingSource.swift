/// The Python part of `threading`: CPython's `threading.py` cut down to what
/// lessons use, over the native locks and `_start_new_thread`. Keeping
/// CPython's structure (a thread waits on `_started` after starting one; joins
/// wait on the thread's sentinel lock) keeps its hand-off points too.
extension VM {
    static let threadingSource = """
    import sys as _sys
    from time import monotonic as _time
    from collections import deque as _deque, namedtuple as _namedtuple
    import functools as _functools

    Lock = _allocate_lock
    RLock = _CRLock
    ThreadError = RuntimeError


    class Condition:
        def __init__(self, lock=None):
            if lock is None:
                lock = RLock()
            self._lock = lock
            self.acquire = lock.acquire
            self.release = lock.release
            if hasattr(lock, "_release_save"):
                self._release_save = lock._release_save
                self._acquire_restore = lock._acquire_restore
                self._is_owned = lock._is_owned
            self._waiters = _deque()

        def __enter__(self):
            return self._lock.__enter__()

        def __exit__(self, *args):
            return self._lock.__exit__(*args)

        def __repr__(self):
            return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

        def _release_save(self):
            self._lock.release()

        def _acquire_restore(self, x):
            self._lock.acquire()

        def _is_owned(self):
            if self._lock.acquire(False):
                self._lock.release()
                return False
            return True

        def wait(self, timeout=None):
            if not self._is_owned():
                raise RuntimeError("cannot wait on un-acquired lock")
            waiter = _allocate_lock()
            waiter.acquire()
            self._waiters.append(waiter)
            saved_state = self._release_save()
            gotit = False
            try:
                if timeout is None:
                    waiter.acquire()
                    gotit = True
                elif timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
                return gotit
            finally:
                self._acquire_restore(saved_state)
                if not gotit:
                    try:
                        self._waiters.remove(waiter)
                    except ValueError:
                        pass

        def wait_for(self, predicate, timeout=None):
            endtime = None
            waittime = timeout
            result = predicate()
            while not result:
                if waittime is not None:
                    if endtime is None:
                        endtime = _time() + waittime
                    else:
                        waittime = endtime - _time()
                        if waittime <= 0:
                            break
                self.wait(waittime)
                result = predicate()
            return result

        def notify(self, n=1):
            if not self._is_owned():
                raise RuntimeError("cannot notify on un-acquired lock")
            waiters = self._waiters
            while waiters and n > 0:
                waiter = waiters[0]
                waiter.release()
                n -= 1
                try:
                    waiters.remove(waiter)
                except ValueError:
                    pass

        def notify_all(self):
            self.notify(len(self._waiters))


    class Semaphore:
        def __init__(self, value=1):
            if value < 0:
                raise ValueError("semaphore initial value must be >= 0")
            self._cond = Condition(Lock())
            self._value = value

        def acquire(self, blocking=True, timeout=None):
            if not blocking and timeout is not None:
                raise ValueError("can't specify timeout for non-blocking acquire")
            rc = False
            endtime = None
            with self._cond:
                while self._value == 0:
                    if not blocking:
                        break
                    if timeout is not None:
                        if endtime is None:
                            endtime = _time() + timeout
                        else:
                            timeout = endtime - _time()
                            if timeout <= 0:
                                break
                    self._cond.wait(timeout)
                else:
                    self._value -= 1
                    rc = True
            return rc

        __enter__ = acquire

        def release(self, n=1):
            if n < 1:
                raise ValueError("n must be one or more")
            with self._cond:
                self._value += n
                for i in range(n):
                    self._cond.notify()

        def __exit__(self, t, v, tb):
            self.release()


    class BoundedSemaphore(Semaphore):
        def __init__(self, value=1):
            Semaphore.__init__(self, value)
            self._initial_value = value

        def release(self, n=1):
            if n < 1:
                raise ValueError("n must be one or more")
            with self._cond:
                if self._value + n > self._initial_value:
                    raise ValueError("Semaphore released too many times")
                self._value += n
                for i in range(n):
                    self._cond.notify()


    class Event:
        def __init__(self):
            self._cond = Condition(Lock())
            self._flag = False

        def is_set(self):
            return self._flag

        def set(self):
            with self._cond:
                self._flag = True
                self._cond.notify_all()

        def clear(self):
            with self._cond:
                self._flag = False

        def wait(self, timeout=None):
            with self._cond:
                signaled = self._flag
                if not signaled:
                    signaled = self._cond.wait(timeout)
                return signaled


    class BrokenBarrierError(RuntimeError):
        pass


    class Barrier:
        def __init__(self, parties, action=None, timeout=None):
            self._cond = Condition(Lock())
            self._action = action
            self._timeout = timeout
            self._parties = parties
            self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
            self._count = 0

        def wait(self, timeout=None):
            if timeout is None:
                timeout = self._timeout
            with self._cond:
                self._enter()
                index = self._count
                self._count += 1
                try:
                    if index + 1 == self._parties:
                        self._release()
                    else:
                        self._wait(timeout)
                    return index
                finally:
                    self._count -= 1
                    self._exit()

        def _enter(self):
            while self._state in (-1, 1):
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError

        def _release(self):
            try:
                if self._action:
                    self._action()
                self._state = 1
                self._cond.notify_all()
            except:
                self._break()
                raise

        def _wait(self, timeout):
            if not self._cond.wait_for(lambda: self._state != 0, timeout):
                self._break()
                raise BrokenBarrierError
            if self._state < 0:
                raise BrokenBarrierError

        def _exit(self):
            if self._count == 0:
                if self._state in (-1, 1):
                    self._state = 0
                    self._cond.notify_all()

        def reset(self):
            with self._cond:
                if self._count > 0:
                    if self._state == 0 or self._state == -2:
                        self._state = -1
                else:
                    self._state = 0
                self._cond.notify_all()

        def abort(self):
            with self._cond:
                self._break()

        def _break(self):
            self._state = -2
            self._cond.notify_all()

        @property
        def parties(self):
            return self._parties

        @property
        def n_waiting(self):
            if self._state == 0:
                return self._count
            return 0

        @property
        def broken(self):
            return self._state == -2


    _counter = 0

    def _newname(name_template):
        global _counter
        _counter += 1
        return name_template % _counter

    _active_limbo_lock = RLock()
    _active = {}
    _limbo = {}
    _shutdown_locks_lock = _allocate_lock()
    _shutdown_locks = set()

    def _maintain_shutdown_locks():
        for lock in [lock for lock in _shutdown_locks if not lock.locked()]:
            _shutdown_locks.discard(lock)


    _ExceptHookArgs = _namedtuple("ExceptHookArgs", "exc_type exc_value exc_traceback thread")

    def ExceptHookArgs(args):
        return _ExceptHookArgs(*args)

    def excepthook(args, /):
        if args.exc_type == SystemExit:
            return
        if args.thread is not None:
            name = args.thread.name
        else:
            name = get_ident()
        print(f"Exception in thread {name}:", file=_sys.stderr, flush=True)
        _print_exception(args.exc_value)

    __excepthook__ = excepthook


    class Thread:
        _initialized = False

        def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
            assert group is None, "group argument must be None for now"
            if kwargs is None:
                kwargs = {}
            if name:
                name = str(name)
            else:
                name = _newname("Thread-%d")
                if target is not None:
                    try:
                        target_name = target.__name__
                        name += f" ({target_name})"
                    except AttributeError:
                        pass
            self._target = target
            self._name = name
            self._args = args
            self._kwargs = kwargs
            if daemon is not None:
                self._daemonic = daemon
            else:
                self._daemonic = current_thread().daemon
            self._ident = None
            self._native_id = None
            self._tstate_lock = None
            self._started = Event()
            self._is_stopped = False
            self._initialized = True

        def __repr__(self):
            assert self._initialized, "Thread.__init__() was not called"
            status = "initial"
            if self._started.is_set():
                status = "started"
            self.is_alive()
            if self._is_stopped:
                status = "stopped"
            if self._daemonic:
                status += " daemon"
            if self._ident is not None:
                status += " %s" % self._ident
            return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

        def start(self):
            if not self._initialized:
                raise RuntimeError("thread.__init__() not called")
            if self._started.is_set():
                raise RuntimeError("threads can only be started once")
            with _active_limbo_lock:
                _limbo[self] = self
            try:
                _start_new_thread(self._bootstrap, ())
            except Exception:
                with _active_limbo_lock:
                    del _limbo[self]
                raise
            self._started.wait()

        def run(self):
            try:
                if self._target is not None:
                    self._target(*self._args, **self._kwargs)
            finally:
                del self._target, self._args, self._kwargs

        def _bootstrap(self):
            self._bootstrap_inner()

        def _set_ident(self):
            self._ident = get_ident()

        def _set_native_id(self):
            self._native_id = get_native_id()

        def _set_tstate_lock(self):
            self._tstate_lock = _set_sentinel()
            if not self.daemon:
                with _shutdown_locks_lock:
                    _maintain_shutdown_locks()
                    _shutdown_locks.add(self._tstate_lock)

        def _bootstrap_inner(self):
            try:
                self._set_ident()
                self._set_tstate_lock()
                self._set_native_id()
                self._started.set()
                with _active_limbo_lock:
                    _active[self._ident] = self
                    del _limbo[self]
                try:
                    self.run()
                except:
                    _invoke_excepthook(self)
            finally:
                self._delete()

        def _stop(self):
            self._is_stopped = True
            self._tstate_lock = None
            if not self.daemon:
                with _shutdown_locks_lock:
                    _maintain_shutdown_locks()

        def _delete(self):
            with _active_limbo_lock:
                del _active[get_ident()]

        def join(self, timeout=None):
            if not self._initialized:
                raise RuntimeError("Thread.__init__() not called")
            if not self._started.is_set():
                raise RuntimeError("cannot join thread before it is started")
            if self is current_thread():
                raise RuntimeError("cannot join current thread")
            if timeout is None:
                self._wait_for_tstate_lock()
            else:
                self._wait_for_tstate_lock(timeout=max(timeout, 0))

        def _wait_for_tstate_lock(self, block=True, timeout=-1):
            lock = self._tstate_lock
            if lock is None:
                return
            try:
                if lock.acquire(block, timeout):
                    lock.release()
                    self._stop()
            except:
                if lock.locked():
                    lock.release()
                    self._stop()
                raise

        @property
        def name(self):
            return self._name

        @name.setter
        def name(self, name):
            self._name = str(name)

        @property
        def ident(self):
            return self._ident

        @property
        def native_id(self):
            return self._native_id

        def is_alive(self):
            if self._is_stopped or not self._started.is_set():
                return False
            self._wait_for_tstate_lock(False)
            return not self._is_stopped

        @property
        def daemon(self):
            return self._daemonic

        @daemon.setter
        def daemon(self, daemonic):
            if not self._initialized:
                raise RuntimeError("Thread.__init__() not called")
            if self._started.is_set():
                raise RuntimeError("cannot set daemon status of active thread")
            self._daemonic = daemonic

        def isDaemon(self):
            return self.daemon

        def setDaemon(self, daemonic):
            self.daemon = daemonic

        def getName(self):
            return self.name

        def setName(self, name):
            self.name = name


    def _invoke_excepthook(thread):
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        hook(ExceptHookArgs([*_sys.exc_info(), thread]))


    class Timer(Thread):
        def __init__(self, interval, function, args=None, kwargs=None):
            Thread.__init__(self)
            self.interval = interval
            self.function = function
            self.args = args if args is not None else []
            self.kwargs = kwargs if kwargs is not None else {}
            self.finished = Event()

        def cancel(self):
            self.finished.set()

        def run(self):
            self.finished.wait(self.interval)
            if not self.finished.is_set():
                self.function(*self.args, **self.kwargs)
            self.finished.set()


    class _MainThread(Thread):
        def __init__(self):
            Thread.__init__(self, name="MainThread", daemon=False)
            self._set_tstate_lock()
            self._started.set()
            self._set_ident()
            self._set_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self


    def current_thread():
        return _active[get_ident()]

    def active_count():
        with _active_limbo_lock:
            return len(_active) + len(_limbo)

    def enumerate():
        with _active_limbo_lock:
            return list(_active.values()) + list(_limbo.values())

    def main_thread():
        return _main_thread

    currentThread = current_thread
    activeCount = active_count

    _threading_atexits = []
    _SHUTTING_DOWN = False

    def _register_atexit(func, *arg, **kwargs):
        if _SHUTTING_DOWN:
            raise RuntimeError("can't register atexit after shutdown")
        _threading_atexits.append(_functools.partial(func, *arg, **kwargs))

    _main_thread = _MainThread()

    def _shutdown():
        # Called by the engine when the main module ends: joins every
        # non-daemon thread, as the interpreter does before exiting.
        global _SHUTTING_DOWN
        if _main_thread._is_stopped:
            return
        _SHUTTING_DOWN = True
        for atexit_call in reversed(_threading_atexits):
            atexit_call()
        tlock = _main_thread._tstate_lock
        tlock.release()
        _main_thread._stop()
        while True:
            with _shutdown_locks_lock:
                locks = list(_shutdown_locks)
                _shutdown_locks.clear()
            if not locks:
                break
            for lock in locks:
                lock.acquire()
                lock.release()
    """
}
