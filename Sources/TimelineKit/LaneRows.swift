/// The rows a chart shows for tasks and threads: one lane per task while they
/// fit, else lanes grouped by coroutine function and definition site (Go's
/// trace viewer groups goroutines by start location the same way).
public enum LaneRow: Equatable, Sendable {
    /// One task, by index into `TimelineModel.tasks`.
    case task(Int)
    /// Several tasks drawn as one lane plus a density row.
    case group(LaneGroup)
    /// A worker thread, by index into `TimelineModel.threads`.
    case thread(Int)

    /// Screen rows it takes (a group adds its density row).
    public var height: Int {
        if case .group = self { return 2 }
        return 1
    }
}

/// Tasks that share a coroutine function and site.
public struct LaneGroup: Equatable, Sendable {
    public var function: String
    public var site: String
    /// Indices into `TimelineModel.tasks`, in creation order.
    public var members: [Int]
}

extension TimelineModel {
    /// Rows for tasks and threads in at most `maxRows` screen rows (never fewer than
    /// the groups need: grouping always fits ten thousand tasks in a screen).
    public func laneRows(maxRows: Int) -> [LaneRow] {
        let threadRows = threads.indices.map(LaneRow.thread)
        if tasks.count + threadRows.count <= maxRows {
            return tasks.indices.map(LaneRow.task) + threadRows
        }
        var groups: [LaneGroup] = []
        var byKey: [String: Int] = [:]
        for (index, task) in tasks.enumerated() {
            let key = task.function + "\u{0}" + task.site
            if let g = byKey[key] {
                groups[g].members.append(index)
            } else {
                byKey[key] = groups.count
                groups.append(LaneGroup(function: task.function, site: task.site, members: [index]))
            }
        }
        groups = Self.fold(groups, into: max(1, (maxRows - threadRows.count) / 2))
        return groups.map { $0.members.count == 1 ? .task($0.members[0]) : .group($0) } + threadRows
    }

    /// Keeps the biggest groups and folds the rest into one "other" group.
    static func fold(_ groups: [LaneGroup], into limit: Int) -> [LaneGroup] {
        guard groups.count > limit else { return groups }
        let kept = Set(groups.indices.sorted { groups[$0].members.count > groups[$1].members.count }.prefix(max(0, limit - 1)))
        var result = groups.indices.filter(kept.contains).map { groups[$0] }
        let rest = groups.indices.filter { !kept.contains($0) }.flatMap { groups[$0].members }.sorted()
        result.append(LaneGroup(function: "other tasks", site: "", members: rest))
        return result
    }
}
