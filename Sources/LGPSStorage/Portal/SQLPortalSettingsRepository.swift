import Foundation
import SQLKit

/// ``PortalSettingsRepository`` over SQLKit: one row per fund, every change audited before and after (AUDIT-1).
struct SQLPortalSettingsRepository: PortalSettingsRepository {
    let database: Database

    static let table = "portal_settings"

    func settingsJSON(fundID: Int64) async throws -> String? {
        try await Self.settingsJSON(fundID: fundID, on: database.sql)
    }

    func save(fundID: Int64, json: String, actor: Actor) async throws {
        guard (try? JSONSerialization.jsonObject(with: Data(json.utf8))) is [String: Any] else {
            throw StorageError.invalid("Portal settings must be a JSON object")
        }
        let at = database.clock.now()
        try await database.transaction { db in
            guard try await db.select().column("id").from("funds").where("id", .equal, fundID).first() != nil
            else { throw StorageError.notFound }
            let old = try await Self.settingsJSON(fundID: fundID, on: db)
            guard old != json else { return }
            try await db.insert(into: Self.table).columns("fund_id", "settings_json", "updated_at_us", "updated_by")
                .values(SQLBind(fundID), SQLBind(json), SQLBind(at.microseconds), SQLBind(actor.id))
                .onConflict(with: ["fund_id"]) {
                    $0.set(excludedValueOf: "settings_json").set(excludedValueOf: "updated_at_us")
                        .set(excludedValueOf: "updated_by")
                }
                .run()
            try await AuditWriter.append([PendingAudit(fundID: fundID, entity: "portal_settings", entityID: fundID,
                                                       action: old == nil ? "create" : "update", before: old,
                                                       after: json)],
                                         actor: actor, at: at, on: db)
        }
    }

    static func settingsJSON(fundID: Int64, on db: any SQLDatabase) async throws -> String? {
        try await db.select().column("settings_json").from(table).where("fund_id", .equal, fundID).first()
            .map { try $0.string("settings_json") }
    }
}
