import LGPSRules
import SQLKit

/// People and their nominations in SQL; every read and write is scoped by fund.
struct SQLPersonRepository: PersonRepository {
    let database: Database

    func create(_ person: Person, actor: Actor) async throws -> Person {
        try validate(person)
        let at = database.clock.now()
        return try await database.transaction { db in
            guard try await db.select().column("id").from("funds").where("id", .equal, person.fundID).first() != nil
            else { throw StorageError.notFound }
            var stored = person
            stored.id = try await IDAllocator.next(.person, on: db)
            try await db.insert(into: "people").columns(PersonRow.columns).values(PersonRow.values(stored).map(\.sqlCell)).run()
            try await AuditWriter.append([PendingAudit(fundID: stored.fundID, entity: "person", entityID: stored.id,
                                                       action: "create", before: nil,
                                                       after: PersonRow.auditFields(stored).json)],
                                         actor: actor, at: at, on: db)
            return stored
        }
    }

    func get(fundID: Int64, id: Int64) async throws -> Person? {
        try await Self.get(fundID: fundID, id: id, on: database.sql)
    }

    static func get(fundID: Int64, id: Int64, on db: any SQLDatabase) async throws -> Person? {
        try await db.select().columns(PersonRow.columns).from("people")
            .where("fund_id", .equal, fundID).where("id", .equal, id).first().map(PersonRow.decode)
    }

    func getMany(fundID: Int64, ids: [Int64]) async throws -> [Person] {
        guard !ids.isEmpty else { return [] }
        let people = try await database.sql.select().columns(PersonRow.columns).from("people")
            .where("fund_id", .equal, fundID).where("id", .in, ids).all().map(PersonRow.decode)
        let byID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byID[$0] }
    }

    func nominations(fundID: Int64, personIDs: [Int64]) async throws -> [Int64: [Nomination]] {
        guard !personIDs.isEmpty else { return [:] }
        let rows = try await database.sql.select().column("*").from("nominations").where("fund_id", .equal, fundID)
            .where("person_id", .in, personIDs).orderBy("person_id").orderBy("position").all()
        var byPerson: [Int64: [Nomination]] = [:]
        for row in rows { byPerson[try row.int64("person_id"), default: []].append(try NominationRow.decode(row)) }
        return byPerson
    }

    func update(_ person: Person, actor: Actor) async throws -> Person? {
        try validate(person)
        let at = database.clock.now()
        return try await database.transaction { db in
            guard let old = try await Self.get(fundID: person.fundID, id: person.id, on: db) else { return nil }
            guard let changes = AuditFields.changes(from: PersonRow.auditFields(old),
                                                    to: PersonRow.auditFields(person)) else { return old }
            var update = db.update("people")
            for (column, value) in zip(PersonRow.columns, PersonRow.values(person).map(\.sqlCell)).dropFirst(2) {
                update = update.set(column, to: value)
            }
            try await update.where("fund_id", .equal, person.fundID).where("id", .equal, person.id).run()
            try await AuditWriter.append([PendingAudit(fundID: person.fundID, entity: "person", entityID: person.id,
                                                       action: "update", before: changes.before,
                                                       after: changes.after)],
                                         actor: actor, at: at, on: db)
            return person
        }
    }

    func nominations(fundID: Int64, personID: Int64) async throws -> [Nomination] {
        try await Self.nominations(fundID: fundID, personID: personID, on: database.sql)
    }

    static func nominations(fundID: Int64, personID: Int64, on db: any SQLDatabase) async throws -> [Nomination] {
        try await db.select().column("*").from("nominations").where("fund_id", .equal, fundID)
            .where("person_id", .equal, personID).orderBy("position").all().map(NominationRow.decode)
    }

    func replaceNominations(fundID: Int64, personID: Int64, _ nominations: [Nomination], actor: Actor)
        async throws {
        guard nominations.sharesAreComplete else {
            throw StorageError.invalid("Nomination shares must total 100%")
        }
        let at = database.clock.now()
        try await database.transaction { db in
            guard try await db.select().column("id").from("people").where("fund_id", .equal, fundID)
                .where("id", .equal, personID).first() != nil else { throw StorageError.notFound }
            let old = try await Self.nominations(fundID: fundID, personID: personID, on: db)
            guard old != nominations else { return }
            try await db.delete(from: "nominations").where("fund_id", .equal, fundID)
                .where("person_id", .equal, personID).run()
            var rows = InsertRows(table: "nominations", columns: NominationRow.columns)
            for (index, nomination) in nominations.enumerated() {
                rows.append(NominationRow.values(personID: personID, position: index, fundID: fundID, nomination))
            }
            try await rows.run(on: db)
            try await AuditWriter.append([PendingAudit(
                fundID: fundID, entity: "nomination", entityID: personID, action: "replace",
                before: auditJSONArray(old.map(NominationRow.auditFields)),
                after: auditJSONArray(nominations.map(NominationRow.auditFields)))], actor: actor, at: at, on: db)
        }
    }

    /// Refuses what storage cannot hold or what cannot be true (a birth date after today).
    private func validate(_ person: Person) throws {
        try PersonRow.validate(person)
        guard person.dateOfBirth <= database.clock.today() else {
            throw StorageError.invalid("The date of birth must be in the past")
        }
    }
}
