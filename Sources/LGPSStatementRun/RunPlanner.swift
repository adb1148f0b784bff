import LGPSRules
import LGPSStatements
import LGPSStorage

/// Finds the run a request continues, or plans a new one: one item per record due the statement asked for, in
/// record id order, stored with the run in one transaction (a run is either planned whole or not at all).
public struct RunPlanner: Sendable {
    let store: any StatementStore
    let clock: any WallClock

    /// How many of the fund's latest runs are searched for one to continue.
    static let runsSearched = 100

    public init(store: any StatementStore, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    /// The run for `request`: the latest run for the same statements unless `fresh` is asked for, else a new one.
    public func plan(_ request: StatementRunRequest) async throws -> StatementRunRow {
        let wanted = StatementRunRow(
            id: 0, fundID: request.fundID, schemeYear: request.year, kind: request.kind?.rawValue,
            recordFilter: request.record, limit: request.limit, pdfMode: request.pdfs.rawValue,
            issuedOn: request.issuedOn ?? clock.today(), status: .running, startedBy: request.startedBy,
            createdAt: clock.now())
        if !request.fresh,
           let existing = try await store.runs(fundID: request.fundID, limit: Self.runsSearched)
               .first(where: { $0.covers(sameAs: wanted) }) {
            return existing
        }
        return try await store.create(wanted, items: try await items(for: request))
    }

    /// The records due a statement of the requested kind for the year, in record id order, at most `limit`.
    func items(for request: StatementRunRequest) async throws -> [(recordID: Int64, kind: String)] {
        var items: [(recordID: Int64, kind: String)] = []
        for history in try await store.statusHistories(fundID: request.fundID, record: request.record) {
            if let limit = request.limit, items.count >= limit { break }
            guard let due = StatementKind.eligibility(statusHistory: history.periods, for: request.year),
                  request.kind == nil || request.kind == due else { continue }
            items.append((history.recordID, due.rawValue))
        }
        return items
    }
}
