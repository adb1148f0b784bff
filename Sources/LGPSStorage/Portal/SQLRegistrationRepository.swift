import SQLKit

/// ``RegistrationRepository`` over SQLKit: registrations are found again by their token's hash, never the token.
struct SQLRegistrationRepository: RegistrationRepository {
    let database: Database

    static let table = "portal_registrations"
    static let columns = ["id", "fund_id", "token_hash", "step", "activation_key_id", "person_id", "email",
                          "started_at_us", "updated_at_us", "completed_at_us"]

    func start(fundID: Int64, tokenHash: String, at: Timestamp) async throws -> PortalRegistration {
        try await database.transaction { db in
            let registration = PortalRegistration(
                id: try await IDAllocator.next(.portalRegistration, on: db), fundID: fundID, tokenHash: tokenHash,
                step: PortalRegistration.firstStep, startedAt: at, updatedAt: at)
            var rows = InsertRows(table: Self.table, columns: Self.columns)
            rows.append([registration.id, fundID, tokenHash, registration.step, Int64?.none, Int64?.none,
                         String?.none, at.microseconds, at.microseconds, Int64?.none])
            try await UniqueViolation.mapped(to: "registration token") { try await rows.run(on: db) }
            return registration
        }
    }

    func find(tokenHash: String) async throws -> PortalRegistration? {
        try await database.sql.select().columns(Self.columns).from(Self.table).where("token_hash", .equal, tokenHash)
            .first().map(Self.decode)
    }

    func update(id: Int64, step: String, activationKeyID: Int64?, personID: Int64?, email: String?, at: Timestamp)
        async throws {
        let rows = try await database.sql.update(Self.table).set("step", to: step)
            .set("activation_key_id", to: activationKeyID).set("person_id", to: personID).set("email", to: email)
            .set("updated_at_us", to: at.microseconds)
            .where("id", .equal, id).where("completed_at_us", .is, SQLLiteral.null)
            .returning("id").all()
        guard !rows.isEmpty else { throw PortalStoreError.registrationUnavailable }
    }

    func counts(fundID: Int64, since: Timestamp) async throws -> RegistrationCounts {
        let rows = try await database.sql.select().column("step")
            .column(SQLFunction("count", args: SQLLiteral.all), as: "n")
            .column(SQLFunction("count", args: SQLIdentifier("completed_at_us")), as: "completed")
            .from(Self.table).where("fund_id", .equal, fundID)
            .where("started_at_us", .greaterThanOrEqual, since.microseconds)
            .groupBy("step").all()
        var counts = RegistrationCounts(started: 0, completed: 0, inProgressByStep: [:])
        for row in rows {
            let all = Int(try row.int64("n")), completed = Int(try row.int64("completed"))
            counts.started += all
            counts.completed += completed
            if all > completed { counts.inProgressByStep[try row.string("step")] = all - completed }
        }
        return counts
    }

    static func decode(_ row: any SQLRow) throws -> PortalRegistration {
        PortalRegistration(id: try row.int64("id"), fundID: try row.int64("fund_id"),
                           tokenHash: try row.string("token_hash"), step: try row.string("step"),
                           activationKeyID: try row.optionalInt64("activation_key_id"),
                           personID: try row.optionalInt64("person_id"), email: try row.optionalString("email"),
                           startedAt: try row.timestamp("started_at_us"), updatedAt: try row.timestamp("updated_at_us"),
                           completedAt: try row.optionalTimestamp("completed_at_us"))
    }
}
