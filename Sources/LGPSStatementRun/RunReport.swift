import LGPSRules
import LGPSStatements
import LGPSStorage

/// A run's report: counts by kind and outcome, the exceptions, and each statutory deadline with the days left.
public struct RunReport: Sendable {
    public var run: StatementRunRow
    public var counts: [StatementCount]
    public var exceptions: [StatementRunItem]
    public var today: CalendarDate

    public init(run: StatementRunRow, counts: [StatementCount], exceptions: [StatementRunItem], today: CalendarDate) {
        self.run = run
        self.counts = counts
        self.exceptions = exceptions
        self.today = today
    }

    /// The kinds the run covers, in the catalogue's order.
    public var kinds: [StatementKind] {
        StatementKind.allCases.filter { kind in counts.contains { $0.kind == kind.rawValue } }
    }

    /// Items of `kind` in any of `statuses`.
    public func count(_ kind: StatementKind?, _ statuses: Set<StatementRunItem.Status>) -> Int {
        counts.filter { (kind == nil || $0.kind == kind?.rawValue) && statuses.contains($0.status) }
            .reduce(0) { $0 + $1.count }
    }

    public var deadlines: [StatutoryDeadline] { kinds.map { StatutoryDeadline.of($0, year: run.schemeYear) } }

    /// The report as plain text, for the terminal and `report.txt`.
    public var text: String {
        var lines = ["Statement run \(run.id): Scheme year \(run.schemeYear) (statement date \(run.schemeYear.end.longUK))",
                     "Statements dated \(run.issuedOn.longUK); \(run.status == .complete ? "complete" : "not finished")",
                     "",
                     Self.pad("Kind", 16) + Self.pad("Records", 10) + Self.pad("Produced", 10)
                        + Self.pad("PDF to come", 13) + Self.pad("Exceptions", 12) + "Not yet done"]
        for kind in kinds + [nil] {
            lines.append(Self.pad(kind?.rawValue ?? "total", 16)
                         + Self.pad("\(count(kind, Set(StatementRunItem.Status.allCases)))", 10)
                         + Self.pad("\(count(kind, [.done, .rendered, .printing]))", 10)
                         + Self.pad("\(count(kind, [.rendered, .printing]))", 13)
                         + Self.pad("\(count(kind, [.exception]))", 12) + "\(count(kind, [.pending, .claimed]))")
        }
        lines += ["", "Statutory deadlines (SI 2013/2356 reg. 89, within five months of the Scheme year's end):"]
        lines += deadlines.map { "  \($0.kind.rawValue): \($0.date.longUK), \($0.daysLeftText(on: today))" }
        lines += ["", "Exceptions: \(exceptions.count)"]
        lines += exceptions.map { "  record \($0.recordID) (\($0.kind)): \($0.message ?? "")" }
        return lines.joined(separator: "\n") + "\n"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
