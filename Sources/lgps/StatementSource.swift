import LGPSRules
import LGPSStatementRun
import LGPSStatements
import LGPSStorage

/// Reads a fund's records in id order, a page at a time, and runs the statement extractor on each record due a
/// statement.
struct StatementSource {
    let database: Database
    let fundCode: String?

    /// What an extract run produced.
    struct Outcome: Sendable {
        var rows: [ExtractRow] = []
        var exceptions: [StatementException] = []
        /// Records due no statement for the year (pensioners, dependants, refunds ...).
        var notDue = 0
    }

    /// Records read per query.
    static let pageSize = 500

    func extract(year: SchemeYear, record: Int64?, limit: Int?, kind: StatementKind?,
                 with extractor: StatementExtractor) async throws -> Outcome {
        let repositories = database.repositories
        guard let fund = try await repositories.funds.chosen(fundCode) else {
            throw StatementRunError.noFund(fundCode)
        }
        let loader = try await SubjectLoader.make(database, fundID: fund.id)
        var outcome = Outcome()
        var examined = 0
        var after: Int64 = 0
        reading: while true {
            var ids = record.map { [$0] } ?? []
            if record == nil { ids = try await repositories.records.ids(fundID: fund.id, after: after, limit: Self.pageSize) }
            let subjects = try await loader.subjects(ids)
            if let record, subjects.isEmpty { throw StorageError.invalid("There is no record \(record) in \(fund.code)") }
            for subject in subjects {
                if let limit, examined >= limit { break reading }
                guard let due = StatementKind.eligibility(of: subject.member.record, for: year),
                      kind == nil || kind == due else {
                    outcome.notDue += 1
                    continue
                }
                examined += 1
                switch extractor.extract(subject, year: year) {
                case .success(let row): outcome.rows.append(row)
                case .failure(let exception): outcome.exceptions.append(exception)
                }
            }
            guard record == nil, let last = ids.last else { break }
            after = last
        }
        return outcome
    }
}
