import ArgumentParser
import Foundation
import LGPSRules
import LGPSStatementRun
import LGPSStorage

/// `lgps allowance publish --tax-year YYYY`: the fund's annual allowance history for the member portal.
struct AllowanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "allowance",
                                                    abstract: "Annual allowance history for the member portal.",
                                                    subcommands: [AllowancePublishCommand.self])
}

/// Works out the pension input amount of every record with active membership in the tax year and publishes it to
/// the member portal (shown when the fund's portal settings turn annual allowance history on). Running it again
/// replaces that year's figures.
struct AllowancePublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Work out and publish pension input amounts for a tax year (2025 is 6 April 2025 to 5 April 2026).")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var parameterOptions: ParameterOptions
    @Option(help: "Fund code (default: the first fund).") var fund: String?
    @Option(name: .customLong("tax-year"), help: "The calendar year the tax year starts in, e.g. 2025 for 2025-26.")
    var taxYear: Int
    @Option(help: "Only this pension record id (repeatable).") var record: [Int64] = []

    func run() async throws {
        let year = TaxYear(startYear: taxYear)
        let parameters = try parameterOptions.load()
        let outcome = try await withDatabase(database, logger: commandLogger()) { db in
            guard let chosen = try await db.repositories.funds.chosen(fund) else {
                throw ValidationError("No fund has the code \(fund ?? "")")
            }
            guard year.end < db.clock.today() else {
                throw ValidationError("The \(year) tax year ends on \(year.end.longUK): publish it after then")
            }
            let total = record.isEmpty
                ? try await db.repositories.records.ids(fundID: chosen.id, after: 0, limit: .max).count : record.count
            let bar = ProgressBar(total: total, unit: "records")
            defer { bar.finish() }
            return try await AnnualAllowancePublisher(database: db, parameters: parameters, clock: db.clock,
                                                      actor: .system("lgps allowance publish"))
                .publish(fundID: chosen.id, taxYear: year, recordIDs: record.isEmpty ? nil : record,
                         progress: { bar.update($0) })
        }
        print(AllowanceReport(taxYear: year, outcome: outcome).text)
    }
}
