import ArgumentParser
import Foundation
import LGPSPortal
import LGPSStorage
import LGPSWeb

/// `lgps payroll import --manifest FILE`: loads the pensioner payroll's P60s and payslips for the member portal.
struct PayrollCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "payroll",
                                                    abstract: "Load P60s and payslips from the pensioner payroll.",
                                                    subcommands: [PayrollImportCommand.self])
}

/// Checks every line of the manifest first (problems are listed with line and column, and nothing is stored),
/// then stores the PDFs beside the database (where the portal's uploads are kept) and the rows in one
/// transaction. Documents already held are skipped.
struct PayrollImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import P60s and payslips listed in a manifest CSV (member_number,kind,period,file).")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Fund code (default: the first fund).") var fund: String?
    @Option(help: "The manifest: a CSV with the header member_number,kind,period,file; files beside it.")
    var manifest: String
    @Option(help: "Where the PDFs are kept (default: uploads beside the SQLite database, as lgps serve uses).")
    var documents: String?

    func run() async throws {
        let outcome = try await withDatabase(database, logger: commandLogger()) { db in
            guard let chosen = try await db.repositories.funds.chosen(fund) else {
                throw ValidationError("No fund has the code \(fund ?? "")")
            }
            let files = documents.map { DocumentStore(directory: $0) } ?? DocumentStore(besideDatabase: db.location)
            do {
                return try await PayrollDocumentImporter(repositories: db.repositories, files: files)
                    .run(manifest: manifest, fundID: chosen.id, at: db.clock.now(), actor: .system("lgps payroll import"))
            } catch let problems as PayrollImportProblems {
                throw ValidationError("Nothing was imported. Put these right and run it again:\n\(problems)")
            }
        }
        print("Imported \(outcome.added) documents; \(outcome.alreadyHeld) were already held")
    }
}
