/// `queue`: CPython's `queue.py` over `threading.Condition`, plus
/// `SimpleQueue` built the way its C version is (one lock that a getter waits
/// on while the queue is empty), so gets and puts hand over where CPython's do.
extension VM {
    static let queueSource = """
    import threading
    from collections import deque
    from time import monotonic as time


    class Empty(Exception):
        __module__ = "_queue"


    class Full(Exception):
        pass


    class Queue:
        def __init__(self, maxsize=0):
            self.maxsize = maxsize
            self._init(maxsize)
            self.mutex = threading.Lock()
            self.not_empty = threading.Condition(self.mutex)
            self.not_full = threading.Condition(self.mutex)
            self.all_tasks_done = threading.Condition(self.mutex)
            self.unfinished_tasks = 0

        def task_done(self):
            with self.all_tasks_done:
                unfinished = self.unfinished_tasks - 1
                if unfinished <= 0:
                    if unfinished < 0:
                        raise ValueError("task_done() called too many times")
                    self.all_tasks_done.notify_all()
                self.unfinished_tasks = unfinished

        def join(self):
            with self.all_tasks_done:
                while self.unfinished_tasks:
                    self.all_tasks_done.wait()

        def qsize(self):
            with self.mutex:
                return self._qsize()

        def empty(self):
            with self.mutex:
                return not self._qsize()

        def full(self):
            with self.mutex:
                return 0 < self.maxsize <= self._qsize()

        def put(self, item, block=True, timeout=None):
            with self.not_full:
                if self.maxsize > 0:
                    if not block:
                        if self._qsize() >= self.maxsize:
                            raise Full
                    elif timeout is None:
                        while self._qsize() >= self.maxsize:
                            self.not_full.wait()
                    elif timeout < 0:
                        raise ValueError("'timeout' must be a non-negative number")
                    else:
                        endtime = time() + timeout
                        while self._qsize() >= self.maxsize:
                            remaining = endtime - time()
                            if remaining <= 0.0:
                                raise Full
                            self.not_full.wait(remaining)
                self._put(item)
                self.unfinished_tasks += 1
                self.not_empty.notify()

        def get(self, block=True, timeout=None):
            with self.not_empty:
                if not block:
                    if not self._qsize():
                        raise Empty
                elif timeout is None:
                    while not self._qsize():
                        self.not_empty.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    endtime = time() + timeout
                    while not self._qsize():
                        remaining = endtime - time()
                        if remaining <= 0.0:
                            raise Empty
                        self.not_empty.wait(remaining)
                item = self._get()
                self.not_full.notify()
                return item

        def put_nowait(self, item):
            return self.put(item, block=False)

        def get_nowait(self):
            return self.get(block=False)

        def _init(self, maxsize):
            self.queue = deque()

        def _qsize(self):
            return len(self.queue)

        def _put(self, item):
            self.queue.append(item)

        def _get(self):
            return self.queue.popleft()


    def _sift_down(heap, startpos, pos):
        newitem = heap[pos]
        while pos > startpos:
            parentpos = (pos - 1) >> 1
            parent = heap[parentpos]
            if newitem < parent:
                heap[pos] = parent
                pos = parentpos
                continue
            break
        heap[pos] = newitem


    def _sift_up(heap, pos):
        # heapq's order of comparisons, so equal priorities leave as in CPython.
        endpos = len(heap)
        startpos = pos
        newitem = heap[pos]
        childpos = 2 * pos + 1
        while childpos < endpos:
            rightpos = childpos + 1
            if rightpos < endpos and not heap[childpos] < heap[rightpos]:
                childpos = rightpos
            heap[pos] = heap[childpos]
            pos = childpos
            childpos = 2 * pos + 1
        heap[pos] = newitem
        _sift_down(heap, startpos, pos)


    class PriorityQueue(Queue):
        def _init(self, maxsize):
            self.queue = []

        def _put(self, item):
            self.queue.append(item)
            _sift_down(self.queue, 0, len(self.queue) - 1)

        def _get(self):
            last = self.queue.pop()
            if self.queue:
                item = self.queue[0]
                self.queue[0] = last
                _sift_up(self.queue, 0)
                return item
            return last


    class LifoQueue(Queue):
        def _init(self, maxsize):
            self.queue = []

        def _get(self):
            return self.queue.pop()


    class SimpleQueue:
        __module__ = "_queue"

        def __init__(self):
            self._items = deque()
            self._lock = threading.Lock()
            # True while the lock is held on behalf of waiting getters.
            self._locked = False

        def put(self, item, block=True, timeout=None):
            self._items.append(item)
            if self._locked:
                self._locked = False
                self._lock.release()

        def get(self, block=True, timeout=None):
            if timeout is not None:
                if timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                endtime = time() + timeout
            while not self._items:
                if not block:
                    raise Empty
                if self._lock.acquire(False):
                    got = True
                elif timeout is None:
                    got = self._lock.acquire()
                else:
                    remaining = endtime - time()
                    got = remaining > 0 and self._lock.acquire(True, remaining)
                if not got:
                    raise Empty
                self._locked = True
            return self._items.popleft()

        def put_nowait(self, item):
            return self.put(item, block=False)

        def get_nowait(self):
            return self.get(block=False)

        def empty(self):
            return not self._items

        def qsize(self):
            return len(self._items)
    """
}
