import LoopTrace
import TerminalKit
import Testing
@testable import TimelineKit

/// Ten thousand tasks: lanes group by coroutine function and the chart still fits
/// one screen. Structure only: speed is measured by `Tests/Benchmarks`, never here.
@Suite struct ScaleTests {
    static let model = TimelineModel(trace: SyntheticTraces.manyCounts(10_000))

    @Test func tenThousandTasksGroupIntoOneLane() {
        let rows = Self.model.laneRows(maxRows: 24)
        #expect(rows.count == 2)
        #expect(rows.first == .task(0))
        guard case .group(let group) = rows.last else {
            Issue.record("expected a group, got \(rows)")
            return
        }
        #expect(group.function == "count")
        #expect(group.members.count == 10_000)
    }

    @Test func theChartFitsOneScreen() {
        let lines = TimelineChart.render(Self.model, options: ChartOptions(width: 100))
        #expect(lines.count <= 24)
        #expect(lines.allSatisfy { $0.width <= 100 })
        let text = lines.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("count() ×10000"))
        #expect(text.contains("active"))
        Golden.check(TimelineChart.text(Self.model, options: ChartOptions(width: 100)), named: "many_tasks-w100.txt")
    }

    @Test func smallGroupsFoldIntoOther() {
        let groups = (0..<30).map { LaneGroup(function: "f\($0)", site: "x.py:\($0)", members: [$0 * 2, $0 * 2 + 1]) }
        let folded = TimelineModel.fold(groups, into: 5)
        #expect(folded.count == 5)
        #expect(folded.last?.function == "other tasks")
        #expect(folded.reduce(0) { $0 + $1.members.count } == 60)
    }
}
