/// Engine stand-ins for the hot paths of `asyncio.Queue`, which is written in
/// Python (`AsyncioSyncSource`): `await q.put(x)` when the queue has room,
/// `await q.get()` when it holds an item, and `q.task_done()` short of the
/// last one. Each does exactly what the Python methods do, and only for a
/// plain `Queue` (not a subclass) whose methods nobody replaced or shadowed;
/// otherwise, and whenever the Python code would wait or raise, it runs.
final class QueueStandIns {
    private let module: PyModule
    private let queueClass: PyType
    private let eventClass: PyType
    /// The methods and helper the stand-ins do the work of, as the module made them.
    private let originals: [(owner: PyType, name: PyStr, function: PyObject)]
    private let wakeOneFunction: PyObject
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
        eventClass = event
        originals = queueMethods.map { (queue, PyStr.intern($0), object(queue.lookup(PyStr.intern($0)))) }
            + [(event, PyStr.intern("clear"), object(event.lookup(PyStr.intern("clear"))))]
        wakeOneFunction = object(module.dict.get(Key.wakeOne))
    }

    /// Puts the stand-ins on the methods' code.
    func install() {
        func code(_ name: String) -> CodeObject {
            (queueClass.lookup(PyStr.intern(name))!.asObject as! PyFunction).code
        }
        code("put").standIn = StandIn(awaitedOnly: true) { vm, receiver, args in
            try vm.asyncio.queueStandIns?.put(vm, receiver, args)
        }
        code("get").standIn = StandIn(awaitedOnly: true) { vm, receiver, args in
            try vm.asyncio.queueStandIns?.get(vm, receiver, args)
        }
        code("task_done").standIn = StandIn(awaitedOnly: false) { vm, receiver, args in
            vm.asyncio.queueStandIns?.taskDone(receiver, args)
        }
    }

    // MARK: The stand-ins

    /// `await queue.put(item)` with room in the queue: `put_nowait`'s work.
    private func put(_ vm: VM, _ receiver: Value?, _ args: UnsafeBufferPointer<Value>) throws -> StandInOutcome? {
        guard args.count == 1, let q = plainQueue(receiver), !q.isFull, q.unfinished < Int.max,
              let finished = plainEvent(q.dict.get(Key.finished)), canWake(q.getters) else { return nil }
        q.items.items.append(args[0])
        q.dict.set(Key.unfinished, .int(q.unfinished + 1))
        finished.dict.set(Key.value, .bool(false))
        try wakeOne(q.getters, vm)
        return .awaitedValue(.none)
    }

    /// `await queue.get()` with an item in the queue: `get_nowait`'s work.
    private func get(_ vm: VM, _ receiver: Value?, _ args: UnsafeBufferPointer<Value>) throws -> StandInOutcome? {
        guard args.isEmpty, let q = plainQueue(receiver), !q.items.items.isEmpty, canWake(q.putters) else { return nil }
        let item = q.items.items.removeFirst()
        try wakeOne(q.putters, vm)
        return .awaitedValue(item)
    }

    /// `queue.task_done()` while more than one item is unfinished (the last
    /// one sets the `_finished` event, which the Python method does).
    private func taskDone(_ receiver: Value?, _ args: UnsafeBufferPointer<Value>) -> StandInOutcome? {
        guard args.isEmpty, let q = plainQueue(receiver), q.unfinished > 1 else { return nil }
        q.dict.set(Key.unfinished, .int(q.unfinished - 1))
        return .returned(.none)
    }

    // MARK: Checks

    /// A queue's attributes, read once.
    private struct QueueParts {
        let dict: PyDict
        let items: PyList
        let maxsize: Int
        let unfinished: Int
        let getters: PyList
        let putters: PyList

        var isFull: Bool { maxsize > 0 && items.items.count >= maxsize }
    }

    /// The parts of `v` if it is a plain `Queue` in the state `Queue.__init__`
    /// leaves (plus its loop once bound) with the original methods: no other
    /// instance attribute can shadow a method, and every value has its type.
    private func plainQueue(_ v: Value?) -> QueueParts? {
        guard case .object(let o)? = v, let q = o as? PyInstance, q.type === queueClass, methodsIntact() else { return nil }
        let d = q.dict
        guard d.count == (d.get(Key.loop) == nil ? 6 : 7), d.get(Key.finished) != nil,
              case .int(let maxsize)? = d.get(Key.maxsize), case .int(let unfinished)? = d.get(Key.unfinished),
              let items = plainList(d.get(Key.queue)), let getters = plainList(d.get(Key.getters)),
              let putters = plainList(d.get(Key.putters)) else { return nil }
        return QueueParts(dict: d, items: items, maxsize: maxsize, unfinished: unfinished, getters: getters, putters: putters)
    }

    /// `v` if it is a plain `Event` as `Event.__init__` leaves it (plus its loop).
    private func plainEvent(_ v: Value?) -> PyInstance? {
        guard case .object(let o)? = v, let e = o as? PyInstance, e.type === eventClass else { return nil }
        let d = e.dict
        guard d.count == (d.get(Key.loop) == nil ? 2 : 3), d.get(Key.waiters) != nil, d.get(Key.value) != nil else { return nil }
        return e
    }

    private func plainList(_ v: Value?) -> PyList? {
        guard case .object(let o)? = v, let list = o as? PyList, list.type === BuiltinTypes.list else { return nil }
        return list
    }

    /// Whether the classes' methods and `_wake_one` are still the originals;
    /// rechecked only after some class namespace changed.
    private func methodsIntact() -> Bool {
        let epoch = PyType.namespaceEpoch.load(ordering: .relaxed)
        if epoch != checkedEpoch {
            checkedEpoch = epoch
            intact = originals.allSatisfy { $0.owner.lookup($0.name)?.asObject === $0.function }
        }
        guard intact, case .object(let wake)? = module.dict.get(Key.wakeOne) else { return false }
        return wake === wakeOneFunction
    }

    // MARK: Waking

    /// Whether `_wake_one(waiters)` would see only plain futures (whose `done`
    /// and `set_result` are the built-in ones): those it drops and the one it wakes.
    private func canWake(_ waiters: PyList) -> Bool {
        for waiter in waiters.items {
            guard case .object(let o) = waiter, o.type === AsyncioTypes.future, let future = o as? PyFuture else { return false }
            if !future.isDone { return true }
        }
        return true
    }

    /// `_wake_one(waiters)`: drops done waiters up to the first pending one,
    /// which it completes.
    private func wakeOne(_ waiters: PyList, _ vm: VM) throws {
        while !waiters.items.isEmpty {
            guard case .object(let o) = waiters.items.removeFirst(), let future = o as? PyFuture else { continue }
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
