import LGPSRules
import SQLKit

/// Staff users in SQL; email addresses are unique ignoring case (`email_key`).
struct SQLStaffUserRepository: StaffUserRepository {
    let database: Database
    static let columns = ["id", "fund_id", "email", "name", "password_hash", "role", "totp_secret_sealed",
                          "totp_last_step"]

    func create(_ user: StaffUser, actor: Actor) async throws -> StaffUser {
        let at = database.clock.now()
        let key = SearchKey.normalise(user.email)
        return try await database.transaction { db in
            guard try await db.select().column("id").from("staff_users").where("email_key", .equal, key).first() == nil
            else { throw StorageError.duplicateKey(user.email) }
            guard try await db.select().column("id").from("funds").where("id", .equal, user.fundID).first() != nil
            else { throw StorageError.notFound }
            var stored = user
            stored.id = try await IDAllocator.next(.staffUser, on: db)
            try await db.insert(into: "staff_users").columns(Self.columns + ["email_key"])
                .values(stored.id, stored.fundID, stored.email, stored.name, stored.passwordHash, stored.role.rawValue,
                        stored.totpSecretSealed, stored.totpLastStep, key).run()
            var after = AuditFields()
            after.add("email", stored.email)
            after.add("name", stored.name)
            after.add("role", stored.role.rawValue)
            try await AuditWriter.append([PendingAudit(fundID: stored.fundID, entity: "staff_user", entityID: stored.id,
                                                       action: "create", before: nil, after: after.json)],
                                         actor: actor, at: at, on: db)
            return stored
        }
    }

    func find(email: String) async throws -> StaffUser? {
        try await database.sql.select().columns(Self.columns).from("staff_users")
            .where("email_key", .equal, SearchKey.normalise(email)).first().map(Self.decode)
    }

    func get(id: Int64) async throws -> StaffUser? {
        try await database.sql.select().columns(Self.columns).from("staff_users").where("id", .equal, id)
            .first().map(Self.decode)
    }

    func setTOTP(userID: Int64, sealedSecret: String?, actor: Actor) async throws {
        let at = database.clock.now()
        try await database.transaction { db in
            guard let user = try await db.select().columns(Self.columns).from("staff_users")
                .where("id", .equal, userID).first().map(Self.decode) else { throw StorageError.notFound }
            try await db.update("staff_users").set("totp_secret_sealed", to: sealedSecret)
                .where("id", .equal, userID).run()
            var before = AuditFields(), after = AuditFields()
            before.add("totp", TOTPStep.auditState(user.totpSecretSealed))
            after.add("totp", TOTPStep.auditState(old: user.totpSecretSealed, new: sealedSecret))
            try await AuditWriter.append([PendingAudit(fundID: user.fundID, entity: "staff_user", entityID: userID,
                                                       action: "second_factor", before: before.json,
                                                       after: after.json)],
                                         actor: actor, at: at, on: db)
        }
    }

    func useTOTPStep(userID: Int64, step: Int64) async throws -> Bool {
        try await TOTPStep.use(table: "staff_users", id: userID, step: step, on: database.sql)
    }

    static func decode(_ row: any SQLRow) throws -> StaffUser {
        StaffUser(id: try row.int64("id"), fundID: try row.int64("fund_id"), email: try row.string("email"),
                  name: try row.string("name"), passwordHash: try row.string("password_hash"),
                  role: try row.code("role", as: StaffRole.self),
                  totpSecretSealed: try row.optionalString("totp_secret_sealed"),
                  totpLastStep: try row.optionalInt64("totp_last_step"))
    }
}
