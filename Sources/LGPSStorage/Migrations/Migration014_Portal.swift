import SQLKit

/// The member portal: accounts and their hashed recovery codes (AUTH-13), activation mailings and single-use keys
/// (AUTH-9), registrations in progress, each fund's portal settings and the notification outbox (REL-8, AUTH-18).
/// Staff users gain a sealed TOTP secret and the last accepted TOTP step (AUTH-11, AUTH-12); both are nullable
/// columns, which `ALTER TABLE ... ADD COLUMN` adds in place on SQLite and PostgreSQL, and SQLite (3.35 and later)
/// drops in place again on revert because neither column is indexed or constrained.
struct Migration014_Portal: Migration {
    let number = 14
    let name = "member portal accounts, activation keys, registrations, settings, notification outbox; staff TOTP"

    /// The id sequences this migration adds.
    static let sequences: [IDSequence] = [.portalAccount, .activationMailing, .activationKey, .portalRegistration,
                                          .notification]

    func prepare(on database: any SQLDatabase) async throws {
        try await createAccounts(on: database)
        try await createActivation(on: database)
        try await createRegistrationsAndSettings(on: database)
        try await createOutbox(on: database)
        // People without a portal account, in person order, read from the index alone (fund, person, status).
        try await database.createIndex("records_fund_person_status", on: "pension_records",
                                       "fund_id", "person_id", "current_status")
        try await database.alter(table: "staff_users").column("totp_secret_sealed", type: .text).run()
        try await database.alter(table: "staff_users").column("totp_last_step", type: .bigint).run()
        try await database.ensureSequences(Self.sequences)
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("notifications", "portal_settings", "portal_registrations", "activation_keys",
                                      "activation_mailings", "portal_recovery_codes", "portal_accounts")
        try await database.drop(index: "records_fund_person_status").run()
        for column in ["totp_last_step", "totp_secret_sealed"] {
            try await database.alter(table: "staff_users").dropColumn(column).run()
        }
        try await database.delete(from: "id_sequences").where("name", .in, Self.sequences.map(\.rawValue)).run()
    }

    /// Accounts (one per person in a fund; email unique across the instance) and their recovery codes.
    private func createAccounts(on database: any SQLDatabase) async throws {
        try await database.create(table: "portal_accounts").idColumn().fundColumn()
            .column("person_id", type: .bigint, .notNull, .references("people", "id"))
            .text("email").column("email_key", type: .text, .notNull, .unique)
            .text("password_hash").text("second_factor")
            .text("totp_secret_sealed", nullable: true).bigint("totp_last_step", nullable: true)
            .text("status").bigint("created_at_us").bigint("password_changed_at_us")
            .bigint("last_sign_in_at_us", nullable: true)
            .unique("fund_id", "person_id")
            .run()
        try await database.create(table: "portal_recovery_codes")
            .column("account_id", type: .bigint, .notNull, .references("portal_accounts", "id"))
            .text("code_hash").bigint("used_at_us", nullable: true)
            .primaryKey("account_id", "code_hash")
            .run()
    }

    /// Mailings (a bulk letter run) and the keys they, or staff one at a time, issue.
    private func createActivation(on database: any SQLDatabase) async throws {
        try await database.create(table: "activation_mailings").idColumn().fundColumn()
            .text("description").text("status_filter", nullable: true)
            .bigint("expires_at_us").bigint("created_at_us").text("created_by").bigint("key_count")
            .run()
        try await database.createIndex("activation_mailings_fund", on: "activation_mailings", "fund_id", "id")
        try await database.create(table: "activation_keys").idColumn().fundColumn()
            .column("person_id", type: .bigint, .notNull, .references("people", "id"))
            .column("mailing_id", type: .bigint, .references("activation_mailings", "id"))
            .column("key_hash", type: .text, .notNull, .unique)
            .bigint("expires_at_us").bigint("created_at_us")
            .bigint("used_at_us", nullable: true).bigint("revoked_at_us", nullable: true)
            .run()
        try await database.createIndex("activation_keys_person", on: "activation_keys", "fund_id", "person_id")
        try await database.createIndex("activation_keys_mailing", on: "activation_keys", "fund_id", "mailing_id")
    }

    /// Registrations (resumable by their token) and each fund's portal settings.
    private func createRegistrationsAndSettings(on database: any SQLDatabase) async throws {
        try await database.create(table: "portal_registrations").idColumn().fundColumn()
            .column("token_hash", type: .text, .notNull, .unique)
            .text("step")
            .column("activation_key_id", type: .bigint, .references("activation_keys", "id"))
            .column("person_id", type: .bigint, .references("people", "id"))
            .text("email", nullable: true)
            .bigint("started_at_us").bigint("updated_at_us").bigint("completed_at_us", nullable: true)
            .run()
        try await database.createIndex("portal_registrations_started", on: "portal_registrations",
                                       "fund_id", "started_at_us")
        try await database.create(table: "portal_settings")
            .column("fund_id", type: .bigint, .primaryKey(autoIncrement: false), .references("funds", "id"))
            .text("settings_json").bigint("updated_at_us").text("updated_by")
            .run()
    }

    /// The notification outbox: claimed by status, listed by fund and person, bounced by provider id.
    private func createOutbox(on database: any SQLDatabase) async throws {
        try await database.create(table: "notifications").idColumn().fundColumn()
            .column("person_id", type: .bigint, .references("people", "id"))
            .text("email").text("template").text("personalisation_json").text("status").bigint("attempts")
            .column("reference", type: .text, .unique)
            .text("provider_id", nullable: true)
            .bigint("created_at_us").bigint("updated_at_us").text("last_error", nullable: true)
            .run()
        try await database.createIndex("notifications_status", on: "notifications", "status", "id")
        try await database.createIndex("notifications_person", on: "notifications", "fund_id", "person_id", "id")
        try await database.createIndex("notifications_fund_status", on: "notifications", "fund_id", "status")
        try await database.createIndex("notifications_provider", on: "notifications", "provider_id")
    }
}
