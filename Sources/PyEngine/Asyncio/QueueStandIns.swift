/// Engine stand-ins for the hot paths of `asyncio.Queue`, which is written in
/// Python (`AsyncioSyncSource`): `await q.put(x)` when the queue has room,
/// `await q.get()` when it holds an item, and `q.task_done()` short of the
/// last one. Each does exactly what the Python methods do, and only for a
/// plain `Queue` (not a subclass) whose methods nobody replaced or shadowed;
/// otherwise, and whenever the Python code would wait or raise, it runs.
final class QueueStandIns {
    private let module: PyModule
    private let queueClass: PyType
    /// Where the Python methods await, for `PyQueueWaiter`'s traceback entries.
    let waitSites: QueueWaitSites
    private let eventClass: PyType
    /// The methods the stand-ins do the work of, as the module made them.
    /// (`_wake_one` is the engine's own helper, absent from CPython: no
    /// CPython program replaces it.)
    private let originals: [(owner: PyType, name: PyStr, function: PyObject)]
    /// `PyType.namespaceEpoch` when `originals` were last checked, and the verdict.
    private var checkedEpoch = -1
    private var intact = false

    private enum Key {
        static let maxsize = PyStr.intern("_maxsize")
        static let queue = PyStr.intern("_queue")
        static let getters = PyStr.intern("_getters")
        static let putters = PyStr.intern("_putters")
        static let unfinished = PyStr.intern("_unfinished_tasks")
        static let finished = PyStr.intern("_finished")
        static let loop = PyStr.intern("_loop")
        static let waiters = PyStr.intern("_waiters")
        static let value = PyStr.intern("_value")
        static let wakeOne = PyStr.intern("_wake_one")
    }

    /// The stand-ins for the module's `Queue`; the module must define it.
    init(module: PyModule) {
        func object(_ v: Value?) -> PyObject {
            guard case .object(let o)? = v else { preconditionFailure("asyncio's Queue source changed shape") }
            return o
        }
        let queue = object(module.dict.get("Queue")) as! PyType
        let event = object(module.dict.get("Event")) as! PyType
        let queueMethods = ["full", "qsize", "put_nowait", "_put", "empty", "get_nowait", "_get"]
        self.module = module
        queueClass = queue
        waitSites = QueueWaitSites(queue)
        eventClass = event
        originals = queueMethods.map { (queue, PyStr.intern($0), object(queue.lookup(PyStr.intern($0)))) }
            + ["clear", "set"].map { (event, PyStr.intern($0), object(event.lookup(PyStr.intern($0)))) }
    }

    /// Puts the stand-ins on the methods' code. They hold this object without
    /// counting references: the run's asyncio state owns it for as long as the
    /// run's code can call them, and they are called once per queue operation.
    func install() {
        func code(_ name: String) -> CodeObject {
            (queueClass.lookup(PyStr.intern(name))!.asObject as! PyFunction).code
        }
        code("put").standIn = StandIn(awaitedOnly: true) { [unowned(unsafe) self] vm, receiver, args in
            try put(vm, receiver, args)
        }
        code("get").standIn = StandIn(awaitedOnly: true) { [unowned(unsafe) self] vm, receiver, args in
            try get(vm, receiver, args)
        }
        code("task_done").standIn = StandIn(awaitedOnly: false) { [unowned(unsafe) self] vm, receiver, args in
            try taskDone(vm, receiver, args)
        }
    }

    // MARK: The stand-ins

    /// `await queue.put(item)`: done at once with room in the queue, else
    /// waited for by a `PyQueueWaiter`.
    private func put(_ vm: VM, _ receiver: Value, _ args: UnsafeBufferPointer<Value>) throws -> StandInOutcome? {
        guard args.count == 1, let q = plainQueue(receiver) else { return nil }
        if try putNow(q, args[0], vm) { return .awaitedValue(.none) }
        return waiter(q, receiver, .put(args[0]), vm)
    }

    /// `await queue.get()`: done at once with an item in the queue, else
    /// waited for by a `PyQueueWaiter`.
    private func get(_ vm: VM, _ receiver: Value, _ args: UnsafeBufferPointer<Value>) throws -> StandInOutcome? {
        guard args.isEmpty, let q = plainQueue(receiver) else { return nil }
        if let item = try getNow(q, vm) { return .awaitedValue(item) }
        return waiter(q, receiver, .get, vm)
    }

    /// A `PyQueueWaiter` for a queue that is blocked for `operation`, when its
    /// first waiter can be made natively: on the engine's own loop, the one
    /// the queue is bound to (else the Python code raises the binding error).
    private func waiter(_ q: QueueView, _ receiver: Value, _ operation: QueueOperation, _ vm: VM) -> StandInOutcome? {
        guard case .object(let o) = receiver, let queue = o as? PyInstance, blockedNow(q, operation) == true,
              nativeLoop(queue, vm) != nil else { return nil }
        return .awaitIterator(.object(PyQueueWaiter(queue: queue, operation: operation)))
    }

    // MARK: The operations

    /// `put_nowait(item)` if the queue has room and plain contents: the item,
    /// the unfinished count, the `_finished` event and a getter woken.
    private func putNow(_ q: QueueView, _ item: Value, _ vm: VM) throws -> Bool {
        guard let maxsize = q.int(q.at.maxsize), let unfinished = q.int(q.at.unfinished), unfinished < Int.max,
              let items = q.list(q.at.queue), !(maxsize > 0 && items.items.count >= maxsize),
              let finished = plainEvent(q.dict.value(at: q.at.finished)), let getters = q.list(q.at.getters),
              canWake(getters) else { return false }
        items.items.append(item)
        q.dict.setValue(.int(unfinished + 1), at: q.at.unfinished)
        finished.dict.setValue(.bool(false), at: finished.value)
        try wakeOne(getters, vm)
        return true
    }

    /// `get_nowait()` if the queue holds an item and plain contents: the item,
    /// with a putter woken.
    private func getNow(_ q: QueueView, _ vm: VM) throws -> Value? {
        guard let items = q.list(q.at.queue), !items.items.isEmpty, let putters = q.list(q.at.putters),
              canWake(putters) else { return nil }
        let item = items.items.removeFirst()
        try wakeOne(putters, vm)
        return item
    }

    /// `empty()` for a get, `full()` for a put; nil for odd contents.
    private func blockedNow(_ q: QueueView, _ operation: QueueOperation) -> Bool? {
        guard let items = q.list(q.at.queue) else { return nil }
        switch operation {
        case .get: return items.items.isEmpty
        case .put:
            guard let maxsize = q.int(q.at.maxsize) else { return nil }
            return maxsize > 0 && items.items.count >= maxsize
        }
    }

    /// The running loop, if it is an engine loop (not a subclass) and the
    /// queue is bound to it or to none yet (`_bound_loop` would pass).
    private func nativeLoop(_ queue: PyInstance, _ vm: VM) -> PyEventLoop? {
        guard let running = vm.asyncio.runningLoop, running.type === AsyncioTypes.eventLoop else { return nil }
        let bound = queue.dict.get(Key.loop) ?? .none
        return bound.isNone || bound.asObject === running ? running : nil
    }

    /// Whether the queue is blocked for `operation` (`while self.empty()`/`self.full()`).
    func isBlocked(_ queue: PyInstance, _ operation: QueueOperation, _ vm: VM) throws -> Bool {
        if let q = plainQueue(.object(queue)), let blocked = blockedNow(q, operation) { return blocked }
        switch operation {
        case .get: return try vm.isTrue(callPython(queue, "empty", [], vm))
        case .put: return try vm.isTrue(callPython(queue, "full", [], vm))
        }
    }

    /// The queue's method after the wait (`get_nowait()` or `put_nowait(item)`).
    func finish(_ queue: PyInstance, _ operation: QueueOperation, _ vm: VM) throws -> Value {
        let q = plainQueue(.object(queue))
        switch operation {
        case .get:
            if let q, let item = try getNow(q, vm) { return item }
            return try callPython(queue, "get_nowait", [], vm)
        case .put(let item):
            if let q, try putNow(q, item, vm) { return .none }
            return try callPython(queue, "put_nowait", [item], vm)
        }
    }

    /// `self._new_waiter(waiters)`: a future of the bound loop, appended to the
    /// getters or putters.
    func newWaiter(_ queue: PyInstance, _ operation: QueueOperation, _ vm: VM) throws -> PyFuture {
        let waiters = try waiterList(queue, operation, vm)
        guard let loop = nativeLoop(queue, vm) else {
            let made = try callPython(queue, "_new_waiter", [waiters], vm)
            guard let future = made.asObject as? PyFuture else { throw PyError.type("a queue waiter must be a future") }
            return future
        }
        if queue.dict.get(Key.loop)?.isNone ?? true { queue.dict.set(Key.loop, .object(loop)) }
        let future = PyFuture(loop: loop)
        if let list = waiters.asObject as? PyList, list.type === BuiltinTypes.list {
            list.items.append(.object(future))
        } else {
            _ = try vm.call(try vm.getAttribute(waiters, PyStr.intern("append")), CallArgs([.object(future)]))
        }
        return future
    }

    /// `_wait_turn`'s `except` clause: the waiter is cancelled and dropped, and
    /// a wake-up it had received goes to the next waiter if the queue allows.
    func dropWaiter(_ waiter: PyFuture, _ queue: PyInstance, _ operation: QueueOperation, _ vm: VM) throws {
        _ = waiter.cancel()
        let waiters = try waiterList(queue, operation, vm)
        let list = waiters.asObject as? PyList
        if let list, list.type === BuiltinTypes.list {
            if let i = list.items.firstIndex(where: { $0.asObject === waiter }) { list.items.remove(at: i) }
        } else if try vm.contains(waiters, .object(waiter)) {
            _ = try vm.call(try vm.getAttribute(waiters, PyStr.intern("remove")), CallArgs([.object(waiter)]))
        }
        guard try !isBlocked(queue, operation, vm), !waiter.isCancelled else { return }
        if let list, list.type === BuiltinTypes.list, canWake(list) {
            try wakeOne(list, vm)
        } else if let wake = module.dict.get(Key.wakeOne) {
            _ = try vm.call(wake, CallArgs([waiters]))
        }
    }

    /// `self._getters` for a get, `self._putters` for a put.
    private func waiterList(_ queue: PyInstance, _ operation: QueueOperation, _ vm: VM) throws -> Value {
        if case .get = operation { return try vm.getAttribute(.object(queue), Key.getters) }
        return try vm.getAttribute(.object(queue), Key.putters)
    }

    private func callPython(_ queue: PyInstance, _ name: String, _ args: [Value], _ vm: VM) throws -> Value {
        try vm.call(try vm.getAttribute(.object(queue), PyStr.intern(name)), CallArgs(args))
    }

    /// `queue.task_done()` with an item unfinished; the last one sets the
    /// `_finished` event (`Event.set`: every pending waiter gets True).
    private func taskDone(_ vm: VM, _ receiver: Value, _ args: UnsafeBufferPointer<Value>) throws -> StandInOutcome? {
        guard args.isEmpty, let q = plainQueue(receiver), let unfinished = q.int(q.at.unfinished), unfinished > 0 else {
            return nil
        }
        if unfinished > 1 {
            q.dict.setValue(.int(unfinished - 1), at: q.at.unfinished)
            return .returned(.none)
        }
        guard let finished = plainEvent(q.dict.value(at: q.at.finished)),
              case .bool(let isSet) = finished.dict.value(at: finished.value),
              case .object(let w) = finished.dict.value(at: finished.waiters), let waiters = w as? PyList,
              waiters.type === BuiltinTypes.list, waiters.items.allSatisfy(isPlainFuture) else { return nil }
        q.dict.setValue(.int(0), at: q.at.unfinished)
        if !isSet {
            finished.dict.setValue(.bool(true), at: finished.value)
            for case .object(let o) in waiters.items {
                if let future = o as? PyFuture, !future.isDone { try future.setResult(.bool(true), vm) }
            }
        }
        return .returned(.none)
    }

    // MARK: Checks

    /// Where a queue's attributes sit in its dict.
    private struct QueuePositions {
        let maxsize, unfinished, queue, getters, putters, finished: Int
    }

    /// A plain queue's dict with its attributes' positions; the stand-ins read
    /// only the attributes they need, checking each value's type.
    private struct QueueView {
        let dict: PyDict
        let at: QueuePositions

        func int(_ position: Int) -> Int? {
            if case .int(let n) = dict.value(at: position) { return n }
            return nil
        }

        func list(_ position: Int) -> PyList? {
            guard case .object(let o) = dict.value(at: position), o.type === BuiltinTypes.list else { return nil }
            return unsafeDowncast(o, to: PyList.self)
        }
    }

    /// The last queue and event dicts seen, with their positions, valid while
    /// their keys stay as they were (the same `PyDict.version`). Plain stored
    /// properties: a tuple holding the dict would be copied, and retained, by
    /// every check.
    private var queueDict: PyDict?
    private var queueVersion = -1
    private var queueAt = QueuePositions(maxsize: 0, unfinished: 0, queue: 0, getters: 0, putters: 0, finished: 0)
    private var eventDict: PyDict?
    private var eventVersion = -1
    private var eventAt = (value: 0, waiters: 0)

    /// `v` as a plain `Queue` in the state `Queue.__init__` leaves it (plus its
    /// loop once bound): no other instance attribute can shadow a method, and
    /// the class's methods are the originals.
    private func plainQueue(_ v: Value) -> QueueView? {
        guard case .object(let o) = v, o.type === queueClass, methodsIntact() else { return nil }
        let q = unsafeDowncast(o, to: PyInstance.self)
        let d = q.dict
        if d === queueDict && d.version == queueVersion { return QueueView(dict: d, at: queueAt) }
        guard hasOnly(d, 6), let maxsize = d.position(of: Key.maxsize), let unfinished = d.position(of: Key.unfinished),
              let queue = d.position(of: Key.queue), let getters = d.position(of: Key.getters),
              let putters = d.position(of: Key.putters), let finished = d.position(of: Key.finished) else { return nil }
        let at = QueuePositions(maxsize: maxsize, unfinished: unfinished, queue: queue, getters: getters,
                                putters: putters, finished: finished)
        (queueDict, queueVersion, queueAt) = (d, d.version, at)
        return QueueView(dict: d, at: at)
    }

    /// The dict of `v` and the positions of `_value` and `_waiters` if `v` is a
    /// plain `Event` as `Event.__init__` leaves it (plus its loop).
    private func plainEvent(_ v: Value) -> (dict: PyDict, value: Int, waiters: Int)? {
        guard case .object(let o) = v, o.type === eventClass else { return nil }
        let e = unsafeDowncast(o, to: PyInstance.self)
        let d = e.dict
        if d === eventDict && d.version == eventVersion { return (d, eventAt.value, eventAt.waiters) }
        guard hasOnly(d, 2), let waiters = d.position(of: Key.waiters), let value = d.position(of: Key.value) else {
            return nil
        }
        (eventDict, eventVersion, eventAt) = (d, d.version, (value, waiters))
        return (d, value, waiters)
    }

    /// Whether `d` holds `count` attributes plus, maybe, the loop's: with the
    /// expected attributes found, there is room for no other.
    private func hasOnly(_ d: PyDict, _ count: Int) -> Bool {
        d.count == count + (d.position(of: Key.loop) == nil ? 0 : 1)
    }

    /// Whether the classes' methods are still the originals; rechecked only
    /// after some class namespace changed.
    private func methodsIntact() -> Bool {
        let epoch = PyType.namespaceEpoch.load(ordering: .relaxed)
        if epoch != checkedEpoch {
            checkedEpoch = epoch
            intact = originals.allSatisfy { $0.owner.lookup($0.name)?.asObject === $0.function }
        }
        return intact
    }

    // MARK: Waking

    /// Whether `_wake_one(waiters)` would see only plain futures (whose `done`
    /// and `set_result` are the built-in ones): those it drops and the one it wakes.
    private func canWake(_ waiters: PyList) -> Bool {
        for waiter in waiters.items {
            guard isPlainFuture(waiter) else { return false }
            if case .object(let o) = waiter, !unsafeDowncast(o, to: PyFuture.self).isDone { return true }
        }
        return true
    }

    /// A future made by `loop.create_future()`, whose methods are the built-in ones.
    private func isPlainFuture(_ v: Value) -> Bool {
        if case .object(let o) = v { return o.type === AsyncioTypes.future }
        return false
    }

    /// `_wake_one(waiters)`: drops done waiters up to the first pending one,
    /// which it completes.
    private func wakeOne(_ waiters: PyList, _ vm: VM) throws {
        while !waiters.items.isEmpty {
            guard case .object(let o) = waiters.items.removeFirst(), o.type === AsyncioTypes.future else { continue }
            let future = unsafeDowncast(o, to: PyFuture.self)
            if !future.isDone {
                try future.setResult(.none, vm)
                return
            }
        }
    }
}

extension VM {
    /// Lets the hot paths of `asyncio.Queue` use `QueueStandIns`.
    func installQueueStandIns(in module: PyModule) {
        let standIns = QueueStandIns(module: module)
        asyncio.queueStandIns = standIns
        standIns.install()
    }
}
