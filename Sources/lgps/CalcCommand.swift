import ArgumentParser
import Foundation
import LGPSRules
import LGPSStorage

/// `lgps calc --record ID --as-at DATE [--retire DATE] [--json]`: a record's benefits built up to a date and
/// payable from a retirement date (normal pension age when not given), with the working.
struct CalcCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "calc",
                                                    abstract: "Calculate a record's benefits with the working.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var parameterOptions: ParameterOptions
    @Option(help: "Pension record id.") var record: Int64
    @Option(name: .customLong("as-at"), help: "Calculation date (YYYY-MM-DD).") var asAt: String
    @Option(help: "Retirement date (YYYY-MM-DD); normal pension age when not given.") var retire: String?
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() async throws {
        guard let calculationDate = CalendarDate(asAt) else { throw ValidationError("--as-at must be a date as YYYY-MM-DD") }
        let retirement = try retire.map { text -> CalendarDate in
            guard let date = CalendarDate(text) else { throw ValidationError("--retire must be a date as YYYY-MM-DD") }
            return date
        }
        let parameters = try parameterOptions.load()
        let estimate = try await withDatabase(database, logger: commandLogger()) { db in
            let (member, person) = try await RecordLookup.find(record, in: db)
            return try MemberCalculator(parameters: parameters)
                .estimate(member, facts: MemberFacts(person: person), calculationDate: calculationDate,
                          retirementDate: retirement)
        }
        print(json ? try JSONText.encode(estimate) : estimate.report)
    }
}

/// Finds a record (and its member) in whichever fund holds it: the command line is an administrator's tool.
enum RecordLookup {
    static func find(_ id: Int64, in db: Database) async throws -> (MemberRecord, Person) {
        for fund in try await db.repositories.funds.all() {
            if let member = try await db.repositories.records.get(fundID: fund.id, id: id),
               let person = try await db.repositories.people.get(fundID: fund.id, id: member.record.personID) {
                return (member, person)
            }
        }
        throw ValidationError("No pension record has id \(id)")
    }
}

/// Pretty, sorted JSON text.
enum JSONText {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
