import LGPSRules
import SQLKit

/// Bulk loading for the generator and imports: one transaction per batch, multi-row INSERTs, one chained audit
/// entry per person created.
struct SQLBulkLoader: BulkLoader {
    let database: Database

    func reserveIDs(table: IDSequence, count: Int) async throws -> Int64 {
        try await database.transaction { db in try await IDAllocator.reserve(table, count: count, on: db) }
    }

    func prepare(_ batch: LoadBatch) throws -> PreparedBatch {
        try Self.validate(batch)
        var people = InsertRows(table: "people", columns: PersonRow.columns)
        var audits: [PendingAudit] = []
        audits.reserveCapacity(batch.people.count)
        for person in batch.people {
            people.append(PersonRow.values(person))
            audits.append(PendingAudit(fundID: person.fundID, entity: "person", entityID: person.id,
                                       action: "create", before: nil, after: PersonRow.auditFields(person).json))
        }
        var fundOfPerson: [Int64: Int64] = [:]
        for person in batch.people { fundOfPerson[person.id] = person.fundID }
        var nominations = InsertRows(table: "nominations", columns: NominationRow.columns)
        var positions: [Int64: Int] = [:]
        for (personID, nomination) in batch.nominations {
            guard let fundID = fundOfPerson[personID] else {
                throw StorageError.invalid("Nomination for person \(personID), who is not in the batch")
            }
            let position = positions[personID, default: 0]
            positions[personID] = position + 1
            nominations.append(NominationRow.values(personID: personID, position: position, fundID: fundID, nomination))
        }
        var records = RecordRowSet()
        for record in batch.records { records.add(record) }
        return PreparedBatch(people: people, nominations: nominations, records: records, audits: audits)
    }

    func write(_ prepared: PreparedBatch, actor: Actor) async throws {
        let at = database.clock.now()
        try await database.bulkTransaction { session in
            try await prepared.people.run(on: session)
            try await prepared.nominations.run(on: session)
            try await prepared.records.run(on: session)
            try await AuditWriter.append(prepared.audits, actor: actor, at: at, on: session.sql, session: session)
        }
    }

    /// Refuses a batch the single-item paths would refuse: over-long addresses, leaving before joining,
    /// nominations that do not total 100%.
    static func validate(_ batch: LoadBatch) throws {
        for person in batch.people { try PersonRow.validate(person) }
        for record in batch.records { try RecordRowSet.validate(record.record) }
        var shares: [Int64: Int] = [:]
        for (personID, nomination) in batch.nominations { shares[personID, default: 0] += nomination.shareBasisPoints }
        if let person = shares.first(where: { $0.value != Nomination.wholeShare }) {
            throw StorageError.invalid("Nomination shares of person \(person.key) do not total 100%")
        }
    }
}
