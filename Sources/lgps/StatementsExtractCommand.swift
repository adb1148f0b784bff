import ArgumentParser
import Foundation
import LGPSRules
import LGPSStatements
import LGPSStorage

/// `lgps statements extract --year YYYY [--kind K] [--record ID] [--limit N] [--out DIR]`: the statement data
/// extract for the Scheme year YYYY/YY+1 (statement date 31 March YYYY+1): one CSV and one JSON file per kind
/// of statement with the LGA guide's item names as columns, and an exception report of the records that could
/// not be produced and why.
struct StatementsExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract",
                                                    abstract: "Write the statement data extract and exception report.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var parameterOptions: ParameterOptions
    @Option(help: "Scheme year by its first year: 2025 is 1 April 2025 to 31 March 2026.") var year: Int
    @Option(help: "Only this kind: active, deferred or pensionCredit.") var kind: StatementKind?
    @Option(help: "Only this pension record id.") var record: Int64?
    @Option(help: "At most this many records.") var limit: Int?
    @Option(help: "Fund code (default: the first fund).") var fund: String?
    @Option(help: "Directory for the files (default ./data/statements/YEAR).") var out: String?

    func validate() throws {
        guard (2014...2100).contains(year) else { throw ValidationError("--year must be a Scheme year from 2014") }
    }

    func run() async throws {
        let schemeYear = SchemeYear(startYear: year)
        let extractor = StatementExtractor(parameters: try parameterOptions.load(), settings: StatementSettings())
        let outcome = try await withDatabase(database, logger: commandLogger()) { db in
            try await StatementSource(database: db, fundCode: fund)
                .extract(year: schemeYear, record: record, limit: limit, kind: kind, with: extractor)
        }
        let directory = URL(fileURLWithPath: out ?? "./data/statements/\(year)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for statementKind in StatementKind.allCases where kind == nil || kind == statementKind {
            let table = ExtractTable(kind: statementKind, rows: outcome.rows)
            try Data(table.csv.utf8).write(to: directory.appendingPathComponent("extract-\(statementKind.rawValue).csv"))
            try Data(table.json.utf8).write(to: directory.appendingPathComponent("extract-\(statementKind.rawValue).json"))
            print("\(statementKind.rawValue): \(table.rows.count.grouped) rows")
        }
        try Data(ExceptionReport(outcome.exceptions).csv.utf8).write(to: directory.appendingPathComponent("exceptions.csv"))
        print("Exceptions: \(outcome.exceptions.count.grouped) (exceptions.csv); no statement due: \(outcome.notDue.grouped)")
        print("Extract for \(schemeYear) written to \(directory.path)")
    }
}

extension StatementKind: ExpressibleByArgument {}
