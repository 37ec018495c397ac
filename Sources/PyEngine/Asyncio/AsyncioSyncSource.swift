/// asyncio's synchronization primitives (`asyncio.locks`) and queues
/// (`asyncio.queues`), written in Python over the native loop and futures.
/// Every waiter is a future in a list; its task resumes through the future's
/// done-callback, one loop iteration after the wake-up (R32 to R36).
extension VM {
    static let asyncioSyncSource = """
    class _LoopBound:
        # A primitive belongs to the loop that first makes it wait.
        _loop = None

        def _bound_loop(self):
            running = _get_running_loop()
            if self._loop is None:
                self._loop = running
            if running is not self._loop:
                raise RuntimeError(f"{self!r} is bound to a different event loop")
            return running

        def _new_waiter(self, waiters):
            waiter = self._bound_loop().create_future()
            waiters.append(waiter)
            return waiter

        def _describe(self, state, waiters):
            base = object.__repr__(self)[1:-1]
            if waiters:
                state = f"{state}, waiters:{len(waiters)}"
            return f"<{base} [{state}]>"


    class _AsyncWith:
        async def __aenter__(self):
            await self.acquire()

        async def __aexit__(self, exc_type, exc, tb):
            self.release()


    class Lock(_AsyncWith, _LoopBound):
        __module__ = "asyncio.locks"

        def __init__(self):
            self._locked = False
            self._waiters = None

        def __repr__(self):
            return self._describe("locked" if self._locked else "unlocked", self._waiters)

        def locked(self):
            return self._locked

        def _free_for_newcomer(self):
            # No barging: a newcomer waits while any live waiter is queued (R33).
            if self._locked:
                return False
            return self._waiters is None or all(w.cancelled() for w in self._waiters)

        async def acquire(self):
            if self._free_for_newcomer():
                self._locked = True
                return True
            if self._waiters is None:
                self._waiters = []
            waiter = self._new_waiter(self._waiters)
            try:
                try:
                    await waiter
                finally:
                    self._waiters.remove(waiter)
            except CancelledError:
                # A cancelled waiter passes its turn on.
                if not self._locked:
                    self._wake_first()
                raise
            self._locked = True
            return True

        def release(self):
            if not self._locked:
                raise RuntimeError("Lock is not acquired.")
            self._locked = False
            self._wake_first()

        def _wake_first(self):
            if self._waiters:
                first = self._waiters[0]
                if not first.done():
                    first.set_result(True)


    class Event(_LoopBound):
        __module__ = "asyncio.locks"

        def __init__(self):
            self._waiters = []
            self._value = False

        def __repr__(self):
            return self._describe("set" if self._value else "unset", self._waiters)

        def is_set(self):
            return self._value

        def set(self):
            if self._value:
                return
            self._value = True
            for waiter in self._waiters:
                if not waiter.done():
                    waiter.set_result(True)

        def clear(self):
            self._value = False

        async def wait(self):
            if self._value:
                return True
            waiter = self._new_waiter(self._waiters)
            try:
                await waiter
                return True
            finally:
                self._waiters.remove(waiter)


    class Condition(_AsyncWith, _LoopBound):
        __module__ = "asyncio.locks"

        def __init__(self, lock=None):
            if lock is None:
                lock = Lock()
            self._lock = lock
            self.locked = lock.locked
            self.acquire = lock.acquire
            self.release = lock.release
            self._waiters = []

        def __repr__(self):
            return self._describe("locked" if self.locked() else "unlocked", self._waiters)

        async def wait(self):
            if not self.locked():
                raise RuntimeError("cannot wait on un-acquired lock")
            self.release()
            try:
                waiter = self._new_waiter(self._waiters)
                try:
                    await waiter
                    return True
                finally:
                    self._waiters.remove(waiter)
            finally:
                await self._reacquire()

        async def _reacquire(self):
            # The lock is taken back even through cancellation, which is re-raised after.
            interrupted = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    interrupted = True
            if interrupted:
                raise CancelledError

        async def wait_for(self, predicate):
            outcome = predicate()
            while not outcome:
                await self.wait()
                outcome = predicate()
            return outcome

        def notify(self, n=1):
            if not self.locked():
                raise RuntimeError("cannot notify on un-acquired lock")
            woken = 0
            for waiter in self._waiters:
                if woken >= n:
                    break
                if not waiter.done():
                    woken += 1
                    waiter.set_result(False)

        def notify_all(self):
            self.notify(len(self._waiters))


    class Semaphore(_AsyncWith, _LoopBound):
        __module__ = "asyncio.locks"

        def __init__(self, value=1):
            if value < 0:
                raise ValueError("Semaphore initial value must be >= 0")
            self._value = value
            self._waiters = None

        def __repr__(self):
            state = "locked" if self.locked() else f"unlocked, value:{self._value}"
            return self._describe(state, self._waiters)

        def locked(self):
            if self._value == 0:
                return True
            return any(not w.cancelled() for w in self._waiters or ())

        async def acquire(self):
            if not self.locked():
                self._value -= 1
                return True
            if self._waiters is None:
                self._waiters = []
            waiter = self._new_waiter(self._waiters)
            try:
                try:
                    await waiter
                finally:
                    self._waiters.remove(waiter)
            except CancelledError:
                # Woken, then cancelled: the reserved slot goes to the next waiter.
                if not waiter.cancelled():
                    self._value += 1
                    self._wake_next()
                raise
            if self._value > 0:
                self._wake_next()
            return True

        def release(self):
            self._value += 1
            self._wake_next()

        def _wake_next(self):
            # The slot is reserved for the first live waiter at once (R35).
            for waiter in self._waiters or ():
                if not waiter.done():
                    self._value -= 1
                    waiter.set_result(True)
                    return


    class BoundedSemaphore(Semaphore):
        __module__ = "asyncio.locks"

        def __init__(self, value=1):
            self._bound_value = value
            super().__init__(value)

        def release(self):
            if self._value >= self._bound_value:
                raise ValueError("BoundedSemaphore released too many times")
            super().release()


    class BrokenBarrierError(RuntimeError):
        __module__ = "asyncio.exceptions"


    class Barrier(_LoopBound):
        # States: "filling" (tasks arrive), "draining" (released tasks leave),
        # "resetting" (waiters are told to give up), "broken".
        __module__ = "asyncio.locks"

        def __init__(self, parties):
            if parties < 1:
                raise ValueError("parties must be > 0")
            self._cond = Condition()
            self._parties = parties
            self._state = "filling"
            self._count = 0

        def __repr__(self):
            state = self._state
            if not self.broken:
                state = f"{state}, waiters:{self.n_waiting}/{self.parties}"
            return f"<{object.__repr__(self)[1:-1]} [{state}]>"

        async def __aenter__(self):
            return await self.wait()

        async def __aexit__(self, *exc_info):
            pass

        async def wait(self):
            async with self._cond:
                await self._cond.wait_for(lambda: self._state not in ("draining", "resetting"))
                if self._state == "broken":
                    raise BrokenBarrierError("Barrier aborted")
                index = self._count
                self._count += 1
                try:
                    if index + 1 == self._parties:
                        self._state = "draining"
                        self._cond.notify_all()
                    else:
                        await self._cond.wait_for(lambda: self._state != "filling")
                        if self._state in ("broken", "resetting"):
                            raise BrokenBarrierError("Abort or reset of barrier")
                    return index
                finally:
                    self._count -= 1
                    self._leave()

        def _leave(self):
            # The last task out lets the next round fill.
            if self._count == 0:
                if self._state in ("resetting", "draining"):
                    self._state = "filling"
                self._cond.notify_all()

        async def reset(self):
            async with self._cond:
                if self._count > 0:
                    self._state = "resetting"
                else:
                    self._state = "filling"
                self._cond.notify_all()

        async def abort(self):
            async with self._cond:
                self._state = "broken"
                self._cond.notify_all()

        @property
        def parties(self):
            return self._parties

        @property
        def n_waiting(self):
            return self._count if self._state == "filling" else 0

        @property
        def broken(self):
            return self._state == "broken"


    class QueueEmpty(Exception):
        __module__ = "asyncio.queues"


    class QueueFull(Exception):
        __module__ = "asyncio.queues"


    def _wake_one(waiters):
        # Dropped waiters that are already done (cancelled) do not count.
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                return


    def _type_name(arg):
        # How a subscript argument reads in an alias's repr, as in `list[int]`.
        if arg is ...:
            return "..."
        if isinstance(arg, type):
            if arg.__module__ == "builtins":
                return arg.__qualname__
            return f"{arg.__module__}.{arg.__qualname__}"
        return repr(arg)


    class _QueueAlias:
        # `asyncio.Queue[int]`, for annotations: calling it makes a plain queue.
        def __init__(self, origin, args):
            self.__origin__ = origin
            self.__args__ = args if isinstance(args, tuple) else (args,)

        def __call__(self, *args, **kwargs):
            return self.__origin__(*args, **kwargs)

        def __repr__(self):
            names = ", ".join(_type_name(a) for a in self.__args__)
            return f"{_type_name(self.__origin__)}[{names}]"


    class Queue(_LoopBound):
        __module__ = "asyncio.queues"

        def __init__(self, maxsize=0):
            self._maxsize = maxsize
            self._getters = []
            self._putters = []
            self._unfinished_tasks = 0
            self._finished = Event()
            self._finished.set()
            self._init(maxsize)

        def _init(self, maxsize):
            self._queue = []

        def _put(self, item):
            self._queue.append(item)

        def _get(self):
            return self._queue.pop(0)

        def _format(self):
            text = f"maxsize={self._maxsize!r}"
            if getattr(self, "_queue", None):
                text += f" _queue={list(self._queue)!r}"
            if self._getters:
                text += f" _getters[{len(self._getters)}]"
            if self._putters:
                text += f" _putters[{len(self._putters)}]"
            if self._unfinished_tasks:
                text += f" tasks={self._unfinished_tasks}"
            return text

        def __repr__(self):
            return f"<{type(self).__name__} at {id(self):#x} {self._format()}>"

        def __str__(self):
            return f"<{type(self).__name__} {self._format()}>"

        def __class_getitem__(cls, item):
            return _QueueAlias(cls, item)

        @property
        def maxsize(self):
            return self._maxsize

        def qsize(self):
            return len(self._queue)

        def empty(self):
            return not self._queue

        def full(self):
            return self._maxsize > 0 and self.qsize() >= self._maxsize

        async def _wait_turn(self, waiters, blocked):
            # Wakes only signal a chance: the caller re-checks, someone may have come first (R32).
            waiter = self._new_waiter(waiters)
            try:
                await waiter
            except:
                waiter.cancel()
                if waiter in waiters:
                    waiters.remove(waiter)
                if not blocked() and not waiter.cancelled():
                    _wake_one(waiters)
                raise

        async def put(self, item):
            while self.full():
                await self._wait_turn(self._putters, self.full)
            return self.put_nowait(item)

        def put_nowait(self, item):
            if self.full():
                raise QueueFull
            self._put(item)
            self._unfinished_tasks += 1
            self._finished.clear()
            _wake_one(self._getters)

        async def get(self):
            while self.empty():
                await self._wait_turn(self._getters, self.empty)
            return self.get_nowait()

        def get_nowait(self):
            if self.empty():
                raise QueueEmpty
            item = self._get()
            _wake_one(self._putters)
            return item

        def task_done(self):
            if self._unfinished_tasks <= 0:
                raise ValueError("task_done() called too many times")
            self._unfinished_tasks -= 1
            if self._unfinished_tasks == 0:
                self._finished.set()

        async def join(self):
            if self._unfinished_tasks > 0:
                await self._finished.wait()


    def _sift_toward_root(heap, start, pos):
        # Move heap[pos] up while it is smaller than its parent.
        item = heap[pos]
        while pos > start:
            parent = (pos - 1) >> 1
            if item < heap[parent]:
                heap[pos] = heap[parent]
                pos = parent
            else:
                break
        heap[pos] = item


    def _sift_to_leaf(heap, pos):
        # Pull the smaller child up until a leaf is free, then settle the item there
        # (the same comparisons heapq makes, so equal keys leave in the same order).
        end = len(heap)
        start = pos
        item = heap[pos]
        child = 2 * pos + 1
        while child < end:
            right = child + 1
            if right < end and not heap[child] < heap[right]:
                child = right
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        heap[pos] = item
        _sift_toward_root(heap, start, pos)


    class PriorityQueue(Queue):
        __module__ = "asyncio.queues"

        def _put(self, item):
            self._queue.append(item)
            _sift_toward_root(self._queue, 0, len(self._queue) - 1)

        def _get(self):
            last = self._queue.pop()
            if not self._queue:
                return last
            smallest = self._queue[0]
            self._queue[0] = last
            _sift_to_leaf(self._queue, 0)
            return smallest


    class LifoQueue(Queue):
        __module__ = "asyncio.queues"

        def _get(self):
            return self._queue.pop()
    """
}
