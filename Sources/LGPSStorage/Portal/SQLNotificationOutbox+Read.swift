import Foundation
import SQLKit

/// Reading the outbox, and how a notification becomes a row and back.
extension SQLNotificationOutbox {
    func list(fundID: Int64, personID: Int64?, limit: Int) async throws -> [OutboxNotification] {
        var query = database.sql.select().columns(Self.columns).from(Self.table).where("fund_id", .equal, fundID)
        if let personID { query = query.where("person_id", .equal, personID) }
        return try await query.orderBy("id", .descending).limit(limit).all().map(Self.decode)
    }

    func counts(fundID: Int64) async throws -> [NotificationStatus: Int] {
        let rows = try await database.sql.select().column("status")
            .column(SQLFunction("count", args: SQLLiteral.all), as: "n")
            .from(Self.table).where("fund_id", .equal, fundID).groupBy("status").all()
        var counts: [NotificationStatus: Int] = [:]
        for row in rows { counts[try row.code("status", as: NotificationStatus.self)] = Int(try row.int64("n")) }
        return counts
    }

    func awaitingDelivery(sentSince: Timestamp, limit: Int) async throws -> [OutboxNotification] {
        guard limit > 0 else { return [] }
        let unfinished = NotificationDeliveryStatus.allCases.filter { !$0.isFinal }.map(\.rawValue)
        return try await database.sql.select().columns(Self.columns).from(Self.table)
            .where("status", .equal, NotificationStatus.sent.rawValue)
            .where("sent_at_us", .greaterThanOrEqual, sentSince.microseconds)
            .where(group: { $0.where("delivery_status", .is, SQLLiteral.null).orWhere("delivery_status", .in, unfinished) })
            .orderBy("sent_at_us").orderBy("id").limit(limit).all().map(Self.decode)
    }

    static func find(reference: String, on db: any SQLDatabase) async throws -> OutboxNotification? {
        try await db.select().columns(columns).from(table).where("reference", .equal, reference).first().map(decode)
    }

    /// The personalisation as compact JSON with sorted keys (the same values always store the same text).
    static func encode(_ personalisation: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(personalisation), as: UTF8.self)
    }

    static func values(_ n: OutboxNotification, json: String) -> [any SQLCellConvertible] {
        [n.id, n.fundID, n.personID, n.email, n.template, json, n.status.rawValue, Int64(n.attempts), n.reference,
         n.providerID, n.createdAt.microseconds, n.updatedAt.microseconds, n.lastError, n.sentAt?.microseconds,
         n.deliveryStatus?.rawValue, n.deliveryAt?.microseconds, n.retryAt?.microseconds, Int64(n.technicalResends)]
    }

    static func decode(_ row: any SQLRow) throws -> OutboxNotification {
        let json = try row.string("personalisation_json")
        guard let personalisation = try? JSONDecoder().decode([String: String].self, from: Data(json.utf8)) else {
            throw StorageError.invalid("personalisation_json holds '\(json)', not an object of strings")
        }
        return OutboxNotification(
            id: try row.int64("id"), fundID: try row.int64("fund_id"), personID: try row.optionalInt64("person_id"),
            email: try row.string("email"), template: try row.string("template"), personalisation: personalisation,
            status: try row.code("status", as: NotificationStatus.self), attempts: Int(try row.int64("attempts")),
            reference: try row.optionalString("reference"), providerID: try row.optionalString("provider_id"),
            createdAt: try row.timestamp("created_at_us"), updatedAt: try row.timestamp("updated_at_us"),
            lastError: try row.optionalString("last_error"), sentAt: try row.optionalTimestamp("sent_at_us"),
            deliveryStatus: try row.optionalCode("delivery_status", as: NotificationDeliveryStatus.self),
            deliveryAt: try row.optionalTimestamp("delivery_at_us"), retryAt: try row.optionalTimestamp("retry_at_us"),
            technicalResends: Int(try row.optionalInt64("technical_resends") ?? 0))
    }
}
