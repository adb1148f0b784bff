import SQLKit

/// ``NotificationOutbox`` over SQLKit (REL-8). A notification is committed before `enqueue` returns, and a
/// sender's claim is one guarded UPDATE that a concurrent claimer cannot repeat.
struct SQLNotificationOutbox: NotificationOutbox {
    let database: Database

    static let table = "notifications"
    static let columns = ["id", "fund_id", "person_id", "email", "template", "personalisation_json", "status",
                          "attempts", "reference", "provider_id", "created_at_us", "updated_at_us", "last_error",
                          "sent_at_us", "delivery_status", "delivery_at_us", "retry_at_us", "technical_resends"]
    /// The states a sender may still settle.
    static let unsettled = [NotificationStatus.queued, .sending].map(\.rawValue)

    func enqueue(fundID: Int64, personID: Int64?, email: String, template: String, personalisation: [String: String],
                 reference: String?, at: Timestamp) async throws -> OutboxNotification {
        let json = try Self.encode(personalisation)
        return try await database.transaction { db in
            if let reference, let existing = try await Self.find(reference: reference, on: db) { return existing }
            let notification = OutboxNotification(
                id: try await IDAllocator.next(.notification, on: db), fundID: fundID, personID: personID,
                email: email, template: template, personalisation: personalisation, status: .queued, attempts: 0,
                reference: reference, providerID: nil, createdAt: at, updatedAt: at, lastError: nil)
            // A concurrent enqueue with the same reference (PostgreSQL) inserts nothing and reads the winner's.
            let inserted = try await db.insert(into: Self.table).columns(Self.columns)
                .values(Self.values(notification, json: json).map(\.sqlCell))
                .ignoringConflicts(with: "reference").returning("id").all()
            guard inserted.isEmpty, let reference else { return notification }
            guard let existing = try await Self.find(reference: reference, on: db) else { throw StorageError.notFound }
            return existing
        }
    }

    /// One UPDATE of the oldest queued rows, guarded by their status: a concurrent claimer that chose the same
    /// rows finds them no longer queued (PostgreSQL re-checks after the row lock; SQLite runs one statement at
    /// a time) and gets only the rest.
    func claim(limit: Int, at: Timestamp) async throws -> [OutboxNotification] {
        guard limit > 0 else { return [] }
        let queued = NotificationStatus.queued.rawValue
        return try await database.sql.update(Self.table).set("status", to: NotificationStatus.sending.rawValue)
            .set(SQLIdentifier("attempts"), to: SQLBinaryExpression(SQLIdentifier("attempts"), .add, SQLBind(Int64(1))))
            .set("updated_at_us", to: at.microseconds)
            .where(SQLIdentifier("id"), .in, SQLSubquery.select { oldest in
                oldest.column("id").from(Self.table).where("status", .equal, queued)
                    .where(group: {
                        $0.where("retry_at_us", .is, SQLLiteral.null)
                            .orWhere("retry_at_us", .lessThanOrEqual, at.microseconds)
                    })
                    .orderBy("id").limit(limit)
            })
            .where("status", .equal, queued)
            .returning(Self.columns.map { SQLColumn($0) }).all().map(Self.decode).sorted { $0.id < $1.id }
    }

    func requeueAbandoned(claimedBefore: Timestamp, at: Timestamp) async throws -> Int {
        try await database.sql.update(Self.table).set("status", to: NotificationStatus.queued.rawValue)
            .set("updated_at_us", to: at.microseconds)
            .where("status", .equal, NotificationStatus.sending.rawValue)
            .where("updated_at_us", .lessThan, claimedBefore.microseconds)
            .returning("id").all().count
    }

    func markSent(id: Int64, providerID: String, at: Timestamp) async throws {
        try await settle(id: id, at: at) {
            $0.set("status", to: NotificationStatus.sent.rawValue).set("provider_id", to: providerID)
                .set("sent_at_us", to: at.microseconds).set("retry_at_us", to: SQLLiteral.null)
                .set("delivery_status", to: SQLLiteral.null).set("delivery_at_us", to: SQLLiteral.null)
        }
    }

    func markFailed(id: Int64, error: String, retry: Bool, at: Timestamp) async throws {
        try await markFailed(id: id, error: error, retryAt: retry ? at : nil, at: at)
    }

    func markFailed(id: Int64, error: String, retryAt: Timestamp?, at: Timestamp) async throws {
        let status = retryAt == nil ? NotificationStatus.failed : .queued
        try await settle(id: id, at: at) {
            $0.set("status", to: status.rawValue).set("last_error", to: error)
                .set("retry_at_us", to: retryAt.map { SQLBind($0.microseconds) as any SQLExpression } ?? SQLLiteral.null)
        }
    }

    func markBounced(providerID: String, error: String, at: Timestamp) async throws {
        let rows = try await database.sql.update(Self.table).set("status", to: NotificationStatus.bounced.rawValue)
            .set("last_error", to: error).set("updated_at_us", to: at.microseconds)
            .where("provider_id", .equal, providerID).returning("id").all()
        guard !rows.isEmpty else { throw StorageError.notFound }
    }

    /// Applies `change` to an unsettled notification in one UPDATE; a settled one is left alone, an unknown id is
    /// `notFound`.
    private func settle(id: Int64, at: Timestamp, _ change: (SQLUpdateBuilder) -> SQLUpdateBuilder) async throws {
        let rows = try await change(database.sql.update(Self.table)).set("updated_at_us", to: at.microseconds)
            .where("id", .equal, id).where("status", .in, Self.unsettled).returning("id").all()
        guard rows.isEmpty else { return }
        guard try await database.sql.select().column("id").from(Self.table).where("id", .equal, id).first() != nil
        else { throw StorageError.notFound }
    }
}
