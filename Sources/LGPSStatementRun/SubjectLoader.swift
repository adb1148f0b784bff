import LGPSRules
import LGPSStatements
import LGPSStorage

/// Reads what the statement of each of a batch of records needs — the record, the person, the person's other
/// records, their nominations and the employer's name — with one query per table for the whole batch.
public struct SubjectLoader: Sendable {
    let repositories: Repositories
    let fundID: Int64
    let employers: [Int64: String]

    /// A loader for `fundID`, holding its employers' names.
    public static func make(_ database: Database, fundID: Int64) async throws -> SubjectLoader {
        let repositories = database.repositories
        let names = try await repositories.employers.list(fundID: fundID).map { ($0.id, $0.name) }
        return SubjectLoader(repositories: repositories, fundID: fundID,
                             employers: Dictionary(names, uniquingKeysWith: { first, _ in first }))
    }

    /// The subjects for `recordIDs`, in that order (records not in the fund are left out).
    public func subjects(_ recordIDs: [Int64]) async throws -> [StatementSubject] {
        let members = try await repositories.records.getMany(fundID: fundID, ids: recordIDs)
        let personIDs = Array(Set(members.map(\.record.personID))).sorted()
        let people = Dictionary(try await repositories.people.getMany(fundID: fundID, ids: personIDs).map { ($0.id, $0) },
                                uniquingKeysWith: { first, _ in first })
        let nominations = try await repositories.people.nominations(fundID: fundID, personIDs: personIDs)
        let recordsByPerson = try await repositories.records.ids(fundID: fundID, personIDs: personIDs)
        let wanted = Set(recordIDs)
        let otherIDs = recordsByPerson.values.flatMap { $0 }.filter { !wanted.contains($0) }.sorted()
        var known = Dictionary(members.map { ($0.record.id, $0) }, uniquingKeysWith: { first, _ in first })
        for other in try await repositories.records.getMany(fundID: fundID, ids: otherIDs) {
            known[other.record.id] = other
        }
        return members.compactMap { member in
            let personID = member.record.personID
            guard let person = people[personID] else { return nil }
            let others = (recordsByPerson[personID] ?? []).filter { $0 != member.record.id }.compactMap { known[$0] }
            return StatementSubject(person: person, member: member, otherRecords: others,
                                    nominations: nominations[personID] ?? [],
                                    employerName: employers[member.record.employerID] ?? "")
        }
    }
}
