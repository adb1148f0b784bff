import ArgumentParser
import LGPSRules
import LGPSStorage

/// `lgps statements manifest --year YYYY`: one line per stored statement of the year — record id, kind, SHA-256
/// of its HTML and of its PDF (a dash when it has none) — in record id order, so two runs can be compared.
struct StatementsManifestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "manifest",
                                                    abstract: "Print the year's statements with their SHA-256s.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Scheme year by its first year.") var year: Int
    @Option(help: "Fund code (default: the first fund).") var fund: String?

    func run() async throws {
        try await withDatabase(database, logger: commandLogger()) { db in
            guard let chosen = try await db.repositories.funds.chosen(fund) else {
                throw ValidationError(fund.map { "There is no fund \($0)" } ?? "The database has no fund")
            }
            for line in try await db.repositories.statements.manifest(fundID: chosen.id,
                                                                      year: SchemeYear(startYear: year)) {
                print(line.text)
            }
        }
    }
}
