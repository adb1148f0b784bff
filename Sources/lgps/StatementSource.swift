import LGPSRules
import LGPSStatements
import LGPSStorage

/// Reads a fund's records in id order and runs the statement extractor on each record due a statement.
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
        let funds = try await repositories.funds.all()
        guard let fund = fundCode.map({ code in funds.first { $0.code == code } }) ?? funds.first else {
            throw StorageError.invalid(fundCode.map { "There is no fund \($0)" } ?? "The database has no fund")
        }
        let employers = Dictionary(try await repositories.employers.list(fundID: fund.id).map { ($0.id, $0.name) },
                                   uniquingKeysWith: { a, _ in a })
        var outcome = Outcome()
        var examined = 0
        var after: Int64 = 0
        reading: while true {
            let ids: [Int64]
            if let record { ids = [record] } else {
                ids = try await repositories.records.ids(fundID: fund.id, after: after, limit: Self.pageSize)
            }
            for id in ids {
                if let limit, examined >= limit { break reading }
                guard let member = try await repositories.records.get(fundID: fund.id, id: id) else {
                    throw StorageError.notFound
                }
                guard let due = StatementKind.eligibility(of: member.record, for: year), kind == nil || kind == due else {
                    outcome.notDue += 1
                    continue
                }
                examined += 1
                let subject = try await subject(for: member, fundID: fund.id, employers: employers)
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

    private func subject(for member: MemberRecord, fundID: Int64, employers: [Int64: String]) async throws
        -> StatementSubject {
        let repositories = database.repositories
        let personID = member.record.personID
        guard let person = try await repositories.people.get(fundID: fundID, id: personID) else {
            throw StorageError.notFound
        }
        var others: [MemberRecord] = []
        for summary in try await repositories.records.summaries(fundID: fundID, personID: personID)
            where summary.recordID != member.record.id {
            if let other = try await repositories.records.get(fundID: fundID, id: summary.recordID) { others.append(other) }
        }
        return StatementSubject(person: person, member: member, otherRecords: others,
                                nominations: try await repositories.people.nominations(fundID: fundID, personID: personID),
                                employerName: employers[member.record.employerID] ?? "")
    }
}
