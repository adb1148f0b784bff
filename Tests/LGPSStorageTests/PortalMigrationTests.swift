import LGPSRules
import SQLKit
import Testing
@testable import LGPSStorage

@Suite("Portal migration")
struct PortalMigrationTests {
    static let tables = ["portal_accounts", "portal_recovery_codes", "activation_mailings", "activation_keys",
                         "portal_registrations", "portal_settings", "notifications"]

    /// Whether a query against `table` (and `column`) runs: a missing table or column makes it throw.
    static func readable(_ db: Database, _ table: String, column: String = "*") async -> Bool {
        (try? await db.sql.select().column(column).from(table).limit(1).all()) != nil
    }

    @Test("Migration 014 adds the portal tables and staff TOTP columns; reverting it removes them and keeps staff",
          arguments: Backend.all)
    func upAndDown(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db in
            let migrator = Migrator(database: db)
            // Migration 014 and every later one (which may build on it) are reverted and applied again.
            let fromPortal = try await migrator.applied().filter { $0 >= 14 }
            #expect(fromPortal.first == 14)
            for table in Self.tables { #expect(await Self.readable(db, table), "\(table)") }
            #expect(await Self.readable(db, "staff_users", column: "totp_secret_sealed"))
            let fund = try await Fixtures.fund(db)
            let user = try await db.repositories.staff.create(
                StaffUser(id: 0, fundID: fund.id, email: "pat@example.org", name: "Pat", passwordHash: "$2b$12$x",
                          role: .officer, totpSecretSealed: "sealed"), actor: .system("tests"))

            #expect(try await migrator.revert(count: fromPortal.count) == Array(fromPortal.reversed()))
            for table in Self.tables { #expect(await Self.readable(db, table) == false, "\(table)") }
            for column in ["totp_secret_sealed", "totp_last_step"] {
                #expect(await Self.readable(db, "staff_users", column: column) == false, "\(column)")
            }
            #expect(await Self.readable(db, "staff_users", column: "email"))
            let sequences = try await db.sql.select().column("name").from("id_sequences")
                .where("name", .in, Migration014_Portal.sequences.map(\.rawValue)).all()
            #expect(sequences.isEmpty)

            #expect(try await migrator.migrate() == fromPortal)
            #expect(try await db.repositories.staff.get(id: user.id)?.totpSecretSealed == nil)
            #expect(try await db.repositories.staff.get(id: user.id)?.email == "pat@example.org")
            let (_, people) = try await PortalFixtures.fund(db, code: "NEW", statuses: [.active])
            let newFund = try #require(try await db.repositories.funds.get(code: "NEW"))
            let account = try await PortalFixtures.register(db, fundID: newFund.id, personID: people[0],
                                                            email: "a@example.org")
            #expect(account.id == 1)
        }
    }
}
