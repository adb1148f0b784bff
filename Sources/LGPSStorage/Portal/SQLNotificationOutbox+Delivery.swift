import SQLKit

/// Delivery reports from the provider (interfaces.md D3): each one applied in a transaction that reads the
/// notification by provider id and writes it only while it is still `sent`, so a replayed report changes
/// nothing.
extension SQLNotificationOutbox {
    /// The table of addresses reported as not working.
    static let undeliverableTable = "undeliverable_emails"
    /// A technical failure at the provider is sent again this many times, then left as failed.
    static let technicalResendLimit = 1

    func recordDelivery(providerID: String, status: NotificationDeliveryStatus, reportedAt: Timestamp,
                        at: Timestamp) async throws -> NotificationDeliveryOutcome {
        try await database.transaction { db in
            guard let current = try await db.select().columns(Self.columns).from(Self.table)
                .where("provider_id", .equal, providerID).first().map(Self.decode) else { throw StorageError.notFound }
            guard current.status == .sent, current.deliveryStatus != status, current.deliveryStatus?.isFinal != true
            else { return .unchanged(current) }
            let change = Self.change(for: status, current: current)
            var update = db.update(Self.table).set("status", to: change.status.rawValue)
                .set("delivery_status", to: status.rawValue).set("delivery_at_us", to: reportedAt.microseconds)
                .set("updated_at_us", to: at.microseconds)
            if let error = change.error { update = update.set("last_error", to: error) }
            if change.status == .queued {
                update = update.set("retry_at_us", to: at.microseconds)
                    .set("technical_resends", to: Int64(current.technicalResends + 1))
            }
            try await update.where("id", .equal, current.id).where("status", .equal, NotificationStatus.sent.rawValue)
                .run()
            if status == .permanentFailure { try await Self.markUndeliverable(current, reportedAt: reportedAt, on: db) }
            guard let updated = try await db.select().columns(Self.columns).from(Self.table)
                .where("id", .equal, current.id).first().map(Self.decode) else { throw StorageError.notFound }
            return change.status == .queued ? .requeued(updated) : .recorded(updated)
        }
    }

    func undeliverableAddresses(fundID: Int64, personID: Int64?) async throws -> [UndeliverableNotificationAddress] {
        var query = database.sql.select().columns("fund_id", "email", "person_id", "notification_id", "reason",
                                                  "reported_at_us")
            .from(Self.undeliverableTable).where("fund_id", .equal, fundID)
        if let personID { query = query.where("person_id", .equal, personID) }
        return try await query.orderBy("reported_at_us", .descending).orderBy("email_key").all().map { row in
            UndeliverableNotificationAddress(
                fundID: try row.int64("fund_id"), email: try row.string("email"),
                personID: try row.optionalInt64("person_id"), notificationID: try row.int64("notification_id"),
                reason: try row.string("reason"), reportedAt: try row.timestamp("reported_at_us"))
        }
    }

    /// The outbox status a report leads to, and the error to record with it.
    static func change(for status: NotificationDeliveryStatus, current: OutboxNotification)
        -> (status: NotificationStatus, error: String?) {
        switch status {
        case .created, .sending, .pending: (.sent, nil)
        case .sent, .delivered: (.delivered, nil)
        case .permanentFailure: (.bounced, "Notify: permanent-failure (the email address does not work)")
        case .temporaryFailure: (.failed, "Notify: temporary-failure (not delivered within 72 hours)")
        case .technicalFailure:
            current.technicalResends < technicalResendLimit
                ? (.queued, "Notify: technical-failure (sending again)")
                : (.failed, "Notify: technical-failure (already sent again once)")
        }
    }

    /// Records the notification's address as not working, once per fund and address (the latest report wins).
    private static func markUndeliverable(_ n: OutboxNotification, reportedAt: Timestamp,
                                          on db: any SQLDatabase) async throws {
        let key = SearchKey.normalise(n.email)
        try await db.delete(from: undeliverableTable).where("fund_id", .equal, n.fundID)
            .where("email_key", .equal, key).run()
        try await db.insert(into: undeliverableTable)
            .columns("fund_id", "email_key", "email", "person_id", "notification_id", "reason", "reported_at_us")
            .values(SQLBind(n.fundID), SQLBind(key), SQLBind(n.email), SQLBind(n.personID), SQLBind(n.id),
                    SQLBind(NotificationDeliveryStatus.permanentFailure.rawValue), SQLBind(reportedAt.microseconds))
            .run()
    }
}
