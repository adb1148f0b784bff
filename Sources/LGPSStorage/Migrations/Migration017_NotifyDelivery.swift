import SQLKit

/// What happened to each email after it left the outbox (GOV.UK Notify delivery receipts, interfaces.md D3):
/// when it was handed over, Notify's latest status for it and when, when a retry may next be tried (back-off),
/// and whether a technical failure has already been resent once; plus the fund's record of email addresses
/// Notify reported as not working (`permanent-failure`: "remove it from your database"), for staff to see.
struct Migration017_NotifyDelivery: Migration {
    let number = 17
    let name = "notification delivery status and undeliverable email addresses"

    /// The columns added to `notifications`, all nullable so existing rows need no default.
    static let columns: [(name: String, type: SQLDataType)] = [
        ("sent_at_us", .bigint), ("delivery_status", .text), ("delivery_at_us", .bigint),
        ("retry_at_us", .bigint), ("technical_resends", .bigint),
    ]

    func prepare(on database: any SQLDatabase) async throws {
        for column in Self.columns {
            try await database.alter(table: "notifications").column(column.name, type: column.type).run()
        }
        try await database.createIndex("notifications_awaiting", on: "notifications", "status", "sent_at_us")
        try await database.create(table: "undeliverable_emails").fundColumn()
            .text("email_key")
            .text("email")
            .column("person_id", type: .bigint, .references("people", "id"))
            .column("notification_id", type: .bigint, .notNull, .references("notifications", "id"))
            .text("reason")
            .bigint("reported_at_us")
            .primaryKey("fund_id", "email_key")
            .run()
        try await database.createIndex("undeliverable_emails_person", on: "undeliverable_emails", "fund_id",
                                       "person_id")
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("undeliverable_emails")
        try await database.drop(index: "notifications_awaiting").run()
        for column in Self.columns.reversed() {
            try await database.alter(table: "notifications").dropColumn(column.name).run()
        }
    }
}
