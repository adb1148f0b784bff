import ArgumentParser
import LGPSStorage

/// `lgps migrate [--revert N]`: applies pending numbered migrations, or reverts the last N applied.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply or revert database migrations.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Revert the last N applied migrations instead of migrating forward.")
    var revert: Int?

    func run() async throws {
        let logger = commandLogger()
        let db = try await Database.open(database.location(), logger: logger)
        do {
            let migrator = Migrator(database: db)
            if let revert {
                let reverted = try await migrator.revert(count: revert)
                print(reverted.isEmpty ? "Nothing to revert" : "Reverted migrations \(reverted.map(String.init).joined(separator: ", "))")
            } else {
                let applied = try await migrator.migrate()
                print(applied.isEmpty ? "Database is up to date" : "Applied migrations \(applied.map(String.init).joined(separator: ", "))")
            }
            try await db.shutdown()
        } catch {
            try? await db.shutdown()
            throw error
        }
    }
}
