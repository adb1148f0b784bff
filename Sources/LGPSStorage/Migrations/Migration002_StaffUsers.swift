import SQLKit

/// Staff users; `email_key` is the lowercased email, unique across the instance.
struct Migration002_StaffUsers: Migration {
    let number = 2
    let name = "staff users"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "staff_users").idColumn().fundColumn()
            .text("email")
            .column("email_key", type: .text, .notNull, .unique)
            .text("name")
            .text("password_hash")
            .text("role")
            .run()
        try await database.createIndex("staff_users_fund", on: "staff_users", "fund_id")
    }

    func revert(on database: any SQLDatabase) async throws {
        try await database.dropTables("staff_users")
    }
}
