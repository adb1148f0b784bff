import ArgumentParser
import LGPSGenerate
import LGPSRules
import LGPSStorage

/// `lgps generate --members N --seed S [--fund NAME]`: writes a deterministic generated fund.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate",
                                                    abstract: "Generate a realistic fund of made-up members.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var generation: GenerationOptions

    func run() async throws {
        let summary = try await withDatabase(database, logger: commandLogger()) { db in
            try await generation.generate(into: db)
        }
        print(summary.report)
    }
}

/// Options shared by `generate`, `demo` and `bench generate`.
struct GenerationOptions: ParsableArguments {
    @Option(help: "Number of people to generate.") var members = 10_000
    @Option(help: "Seed: the same seed gives the same fund.") var seed: UInt64 = 2026
    @Option(help: "Fund name.") var fund = "Northshire Pension Fund"
    @Option(help: "Date the generated records are as at (YYYY-MM-DD).",
            transform: { text in
                guard let date = CalendarDate(text) else { throw ValidationError("Enter the date as YYYY-MM-DD") }
                return date
            })
    var asAt = GenerationOptions.defaultAsAt

    /// Generated funds are as at the end of the 2025/26 Scheme year unless asked otherwise.
    static let defaultAsAt = CalendarDate(2026, 3, 31)

    /// Generates into `database` with a progress bar on standard error.
    func generate(into database: Database, named name: String? = nil, people: Int? = nil) async throws -> GenerationSummary {
        let count = people ?? members
        let bar = ProgressBar(total: count, unit: "members")
        let repositories = database.repositories
        let generator = FundGenerator(seed: seed, asAt: asAt)
        let summary = try await generator.run(members: count, into: repositories.bulk, funds: repositories.funds,
                                              employers: repositories.employers, fundName: name ?? fund,
                                              progress: { bar.update($0.peopleDone) })
        bar.finish()
        try await database.refreshStatistics()
        return summary
    }
}

extension GenerationSummary {
    /// A few lines describing what was generated.
    var report: String {
        let statuses = MemberStatus.allCases.compactMap { status -> String? in
            let count = recordsByStatus[status] ?? 0
            return count == 0 ? nil : "\(status.label.lowercased()) \(count.grouped)"
        }
        return """
        Generated \(fund.name) (\(fund.code)): \(people.grouped) people, \(records.grouped) records, \
        \(employers.grouped) employers, \(rows.grouped) rows
        Records by status: \(statuses.joined(separator: ", "))
        """
    }
}
