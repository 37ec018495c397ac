/// A loop's unfinished tasks in creation order, with constant-time removal:
/// a finished task leaves a hole that is squeezed out once holes outnumber
/// the tasks. (A plain array made every finishing task scan all the others.)
struct TaskRegistry {
    private var slots: [PyTask?] = []
    private var holes = 0

    /// How many tasks are registered.
    var count: Int { slots.count - holes }

    /// The tasks in creation order.
    var all: [PyTask] { slots.compactMap { $0 } }

    mutating func add(_ task: PyTask) {
        task.registrySlot = slots.count
        slots.append(task)
    }

    mutating func remove(_ task: PyTask) {
        let slot = task.registrySlot
        guard slot >= 0, slot < slots.count, slots[slot] === task else { return }
        slots[slot] = nil
        task.registrySlot = -1
        holes += 1
        if holes > 32 && holes * 2 > slots.count { compact() }
    }

    /// Forgets every task (a closing loop's registry).
    mutating func removeAll() {
        for task in all { task.registrySlot = -1 }
        self = TaskRegistry()
    }

    private mutating func compact() {
        slots = slots.filter { $0 != nil }
        for (i, task) in slots.enumerated() { task!.registrySlot = i }
        holes = 0
    }
}
